package org.openbcf.core.year;

/**
 * The three purposes an improved Better Care Fund (iBCF) grant may be spent on, the 2017 grant
 * condition: "(a) Meeting social care needs (b) Reducing pressure on the NHS supporting people to be
 * discharged from hospital when they are ready (c) Ensuring that the local social care provider market
 * is stabilised" (norfolk-2017-2019-progress FR-05, seed 002 lines 143–146).
 *
 * @since 0.1.0
 */
public enum IbcfPurpose {
    /** (a) Meeting adult social care needs. */
    MEETING_SOCIAL_CARE_NEEDS("meeting social care needs"),
    /** (b) Reducing pressure on the NHS, supporting people to be discharged from hospital when ready. */
    REDUCING_NHS_PRESSURE("reducing pressure on the NHS, supporting people to be discharged from hospital when they are ready"),
    /** (c) Ensuring the local social care provider market is stabilised. */
    STABILISING_PROVIDER_MARKET("ensuring that the local social care provider market is stabilised");

    private final String label;

    IbcfPurpose(String label) {
        this.label = label;
    }

    /**
     * The purpose as the grant condition words it, e.g. "meeting social care needs".
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }
}

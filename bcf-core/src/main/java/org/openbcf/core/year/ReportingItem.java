package org.openbcf.core.year;

import org.openbcf.core.internal.Checks;

/**
 * One thing a Health and Wellbeing Board reports or agrees in a BCF year, and when, e.g. "2024-25
 * spending plans and metric targets to NHS England", "by 10 June 2024" (North Tyneside, bcf-2024-27
 * §1.2). This class is immutable and thread-safe.
 *
 * @param what  what is reported or agreed, not blank
 * @param when  when, as the source gives it (a date, "quarterly", "fortnightly"), not blank
 * @since 0.1.0
 */
public record ReportingItem(String what, String when) {

    /**
     * Checks the components.
     *
     * @param what what is reported or agreed
     * @param when when
     */
    public ReportingItem {
        Checks.notBlank(what, "reporting item");
        Checks.notBlank(when, "reporting item date");
    }

    /**
     * Readable text, e.g. {@code section 75 agreement for 2024-25 in place: by 30 September 2024}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return what + ": " + when;
    }
}

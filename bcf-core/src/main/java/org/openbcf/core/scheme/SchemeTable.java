package org.openbcf.core.scheme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openbcf.core.fund.SpendingCategory;
import org.openbcf.core.internal.Checks;
import org.openbcf.core.money.Gbp;

/**
 * Builds a scheme register from records of tab-separated fields, one record per line, the record
 * kind first (the file is read by the input layer of bcf-examples, {@code TextRows}):
 *
 * <pre>
 * scheme     HEADING-REF  PRINTED-REF  NAME  [FUNDING-SOURCE A-H]  [SPENDING-CATEGORY]
 * objective  REF  TEXT
 * line       REF  DESCRIPTION  AMOUNT-AS-PRINTED  [EFFICIENCIES-TEXT]
 * total      REF  STATED-TOTAL
 * efficiency REF  DESCRIPTION  AMOUNT-AS-PRINTED
 * metric     REF  CODE E|i
 * milestone  REF  ACTIVITY  [TIMESCALE]
 * risk       REF  RISK-REF
 * </pre>
 *
 * <p>A {@code scheme} record comes before
 * the other records for its reference. Printed references are normalised with
 * {@link SchemeRef#normalise(String, SchemeRef)}; amounts are read with {@link LineAmount#parse(String)}.
 * This class is a stateless utility and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1.0
 */
public final class SchemeTable {

    private SchemeTable() {
    }

    /**
     * An empty register to add records to, in file order.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects the records of one register; the input layer of the command line and the dataset
     * reader feed it one record at a time and name the row of a refused record. Not thread-safe.
     */
    public static final class Builder {
        private final Map<SchemeRef, SchemeBuilder> builders = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds one record: its fields, the record kind first, e.g.
         * {@code [line, NN1, Care Arranging Service, £1,000,000]}.
         *
         * @param fields the fields, not null
         * @return this builder
         * @throws IllegalArgumentException naming the field when the record is malformed
         */
        public Builder record(List<String> fields) {
            Checks.notNull(fields, "fields");
            try {
                SchemeTable.record(fields.toArray(new String[0]), builders);
            } catch (NullPointerException bad) {
                throw new IllegalArgumentException("record '" + String.join(" | ", fields) + "' is incomplete: "
                        + bad.getMessage(), bad);
            }
            return this;
        }

        /**
         * The register, schemes in the order of their {@code scheme} records.
         *
         * @return the register, never null
         */
        public SchemeRegister build() {
            List<Scheme> schemes = new ArrayList<>();
            builders.values().forEach(b -> schemes.add(b.build()));
            return SchemeRegister.of(schemes);
        }
    }

    private static void record(String[] cells, Map<SchemeRef, SchemeBuilder> builders) {
        String kind = cells[0].strip();
        if (kind.equals("scheme")) {
            need(cells, 4, "scheme HEADING-REF PRINTED-REF NAME");
            SchemeRef heading = SchemeRef.parse(cells[1]);
            if (builders.containsKey(heading)) {
                throw new IllegalArgumentException("scheme " + heading + " is declared twice");
            }
            SchemeBuilder b = Scheme.builder(SchemeRef.normalise(cells[2], heading), cells[3])
                    .printedRef(cells[2]);
            if (cells.length > 4 && !cells[4].isBlank()) {
                b.fundingSource(FundingSource.ofLetter(cells[4]));
            }
            if (cells.length > 5 && !cells[5].isBlank()) {
                b.spendingCategory(SpendingCategory.ofLabel(cells[5]));
            }
            builders.put(heading, b);
            return;
        }
        need(cells, 3, kind + " REF ...");
        SchemeRef ref = SchemeRef.parse(cells[1]);
        SchemeBuilder b = builders.get(ref);
        if (b == null) {
            throw new IllegalArgumentException(kind + " record for scheme " + ref + " comes before its scheme record");
        }
        switch (kind) {
            case "objective" -> b.objective(cells[2]);
            case "line" -> {
                need(cells, 4, "line REF DESCRIPTION AMOUNT");
                b.line(new InvestmentLine(cells[2], LineAmount.parse(cells[3]), cells.length > 4 ? cells[4] : ""));
            }
            case "total" -> b.statedTotal(Gbp.parse(cells[2]));
            case "efficiency" -> {
                need(cells, 4, "efficiency REF DESCRIPTION AMOUNT");
                b.efficiency(new Efficiency(cells[2], LineAmount.parse(cells[3])));
            }
            case "metric" -> b.metric(TargetedMetric.parse(cells[2]));
            case "milestone" -> b.milestone(new Milestone(cells[2], cells.length > 3 ? cells[3] : ""));
            case "risk" -> b.risk(cells[2]);
            default -> throw new IllegalArgumentException("record kind '" + kind + "' is not one of scheme, objective, "
                    + "line, total, efficiency, metric, milestone, risk");
        }
    }

    private static void need(String[] cells, int count, String form) {
        if (cells.length < count) {
            throw new IllegalArgumentException("'" + String.join(" | ", Arrays.asList(cells)) + "' has " + cells.length
                    + " fields; expected at least " + count + " (" + form + ")");
        }
    }
}

package org.openbcf.core.finding;

import java.util.StringJoiner;

import org.openbcf.core.time.FinancialYear;

/** Renders {@code RULES.md} from the {@link Rule} catalogue (test code: the library writes no files). */
final class RulesMarkdown {

    /** The BCF years openbcf knows (as {@code org.openbcf.core.year.BcfYear}, which this package must not depend on). */
    private static final int FIRST_YEAR = 2015;
    private static final int LAST_YEAR = 2026;

    private RulesMarkdown() {
    }

    static String render() {
        StringBuilder md = new StringBuilder()
                .append("# openbcf rules\n\n")
                .append("Every rule openbcf checks, one row each, generated from `org.openbcf.core.finding.Rule` by\n")
                .append("`RuleCatalogueTest` (do not edit by hand; regenerate with\n")
                .append("`mvn -B -q -pl bcf-core -am verify -Dpitest.skip=true -Dtest=RuleCatalogueTest ")
                .append("-Dsurefire.failIfNoSpecifiedTests=false -Dopenbcf.regenerateRules=true`).\n")
                .append("A breach is a `Finding` with the rule and its severity; sources are the files in `shared/spec/`.\n\n")
                .append("| Rule | Severity | Years | Statement | Source | Implemented by |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Rule rule : Rule.values()) {
            md.append("| `").append(rule.id()).append("` | ").append(rule.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ").append(rule.years()).append(" | ").append(escape(rule.statement()))
                    .append(" | ").append(escape(rule.source())).append(" | `")
                    .append(rule.implementedBy().substring(rule.implementedBy().lastIndexOf('.') + 1)).append("` (")
                    .append(rule.implementedBy(), 0, rule.implementedBy().lastIndexOf('.')).append(") |\n");
        }
        md.append("\n## Rules by year\n\n")
                .append("The rules that apply in each BCF year (`Rule.appliesIn`); a rule whose years have gaps, such as ")
                .append("`R-PC-2`, is absent from the years between.\n\n")
                .append("| Year | Rules |\n|---|---|\n");
        for (int start = FIRST_YEAR; start <= LAST_YEAR; start++) {
            FinancialYear year = FinancialYear.of(start);
            md.append("| ").append(year).append(" | ");
            StringJoiner ids = new StringJoiner(", ");
            for (Rule rule : Rule.values()) {
                if (rule.appliesIn(year)) {
                    ids.add("`" + rule.id() + "`");
                }
            }
            md.append(ids).append(" |\n");
        }
        return md.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}

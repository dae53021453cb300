package org.openbcf.core.finding;

/** Renders {@code RULES.md} from the {@link Rule} catalogue (test code: the library writes no files). */
final class RulesMarkdown {

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
        return md.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}

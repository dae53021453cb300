package org.openbcf.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openbcf.core.time.FinancialYear;

/**
 * The rule catalogue: ids unique and well formed, implementing classes exist, no rule id literal in
 * main code outside {@link Rule}, and {@code RULES.md} generated from it.
 */
class RuleCatalogueTest {

    /** Run with {@code -Dopenbcf.regenerateRules=true} to rewrite {@code RULES.md} from the catalogue. */
    private static final String REGENERATE = "openbcf.regenerateRules";
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path RULES_MD = ROOT.resolve("RULES.md");


    @Test
    void idsAreUniqueWellFormedAndFoundById() {
        assertThat(Arrays.stream(Rule.values()).map(Rule::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("R-[A-Z0-9]+-[0-9]+"));
        for (Rule rule : Rule.values()) {
            assertThat(Rule.ofId(rule.id())).isSameAs(rule);
            assertThat(rule.name()).isEqualTo(rule.id().replace('-', '_'));
            assertThat(rule).hasToString(rule.id());
            assertThat(rule.statement()).isNotBlank();
            assertThat(rule.source()).isNotBlank();
            assertThat(rule.appliesIn(rule.firstYear())).isTrue();
            assertThat(rule.appliesIn(rule.firstYear().previous())).isFalse();
            rule.lastYear().ifPresent(last -> assertThat(rule.appliesIn(last.next())).isFalse());
        }
        assertThat(Rule.values()).hasSizeGreaterThanOrEqualTo(33);
        assertThatThrownBy(() -> Rule.ofId("R-P4P-99")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("R-P4P-99").hasMessageContaining("RULES.md");
        assertThat(Rule.find("R-IE-4")).contains(Rule.R_IE_4);
        assertThat(Rule.R_P4P_14.years()).isEqualTo("2015/16");
        assertThat(Rule.R_IE_4.years()).isEqualTo("2015/16 to 2016/17");
        assertThat(Rule.R_PC_1.years()).isEqualTo("2022/23 onwards");
        // bcf-2017-2027-by-year L45-47, L138-139, L194 (condition 2), L169 (2020/21 not listed), L294 (2026/27 not found)
        assertThat(Rule.R_PC_2.years()).isEqualTo("2017/18 to 2019/20, 2021/22 to 2024/25");
        assertThat(Rule.R_PC_2.firstYear()).hasToString("2017/18");
        assertThat(Rule.R_PC_2.lastYear()).contains(FinancialYear.parse("2024/25"));
        assertThat(java.util.stream.IntStream.rangeClosed(2015, 2026).mapToObj(FinancialYear::of)
                .filter(Rule.R_PC_2::appliesIn).map(FinancialYear::toString)).containsExactly("2017/18", "2018/19", "2019/20", "2021/22", "2022/23",
                "2023/24", "2024/25");
        assertThat(Rule.R_PC_2.appliesIn(FinancialYear.parse("2016/17"))).isFalse();
        assertThat(Rule.R_25_1.appliesIn(FinancialYear.parse("2025/26"))).isTrue();
        assertThat(Rule.R_25_1.appliesIn(FinancialYear.parse("2026/27"))).isFalse();
    }

    @Test
    void everyImplementingClassExistsAndNamesItsRule() throws Exception {
        for (Rule rule : Rule.values()) {
            String type = rule.implementedBy();
            if (type.startsWith("org.openbcf.core.")) {
                Class.forName(type);
            }
            // a class of bcf-metrics is not on bcf-core's class path: its source file must exist
            String file = Files.readString(source(type), StandardCharsets.UTF_8);
            assertThat(file).as(rule + " in " + type)
                    .containsAnyOf("Rule." + rule.name(), "\"" + rule.id() + "\"");
        }
    }

    @Test
    void noMainFileOutsideTheCatalogueSpellsARuleId() throws IOException {
        Pattern literal = Pattern.compile("\"R-[A-Z0-9]+-[0-9]+\"");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(ROOT)) {
            offenders = files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src" + java.io.File.separator + "main"))
                    .filter(p -> !p.getFileName().toString().equals("Rule.java"))
                    .filter(p -> {
                        try {
                            Matcher m = literal.matcher(Files.readString(p, StandardCharsets.UTF_8));
                            return m.find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(p -> ROOT.relativize(p).toString()).collect(Collectors.toList());
        }
        assertThat(offenders).as("rule ids belong in org.openbcf.core.finding.Rule").isEmpty();
    }

    @Test
    void rulesMdIsGeneratedFromTheCatalogue() throws IOException {
        String expected = RulesMarkdown.render();
        if (Boolean.getBoolean(REGENERATE)) {
            Files.writeString(RULES_MD, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(RULES_MD) ? Files.readString(RULES_MD, StandardCharsets.UTF_8) : "";
        assertThat(actual).as("RULES.md is stale: regenerate it with mvn -pl bcf-core -am verify -Dpitest.skip=true "
                + "-Dtest=RuleCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE + "=true").isEqualTo(expected);
        for (Rule rule : Rule.values()) {
            assertThat(actual).contains("| `" + rule.id() + "` |");
        }
        // each year's row lists the rules of that year: R-PC-2 in 2019/20 and 2021/22, not in 2020/21 or 2025/26
        assertThat(row(actual, "2019/20")).contains("`R-PC-2`");
        assertThat(row(actual, "2021/22")).contains("`R-PC-2`");
        assertThat(row(actual, "2020/21")).doesNotContain("`R-PC-2`");
        assertThat(row(actual, "2025/26")).doesNotContain("`R-PC-2`").contains("`R-25-1`");
    }

    private static String row(String markdown, String year) {
        return markdown.lines().filter(line -> line.startsWith("| " + year + " |")).findFirst().orElse("");
    }

    private static Path source(String type) {
        String module = type.startsWith("org.openbcf.core") ? "bcf-core"
                : type.startsWith("org.openbcf.examples.dataset") ? "bcf-examples/io" : "bcf-metrics";
        return ROOT.resolve(module).resolve("src/main/java").resolve(type.replace('.', '/') + ".java");
    }
}

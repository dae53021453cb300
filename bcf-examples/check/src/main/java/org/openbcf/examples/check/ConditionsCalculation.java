package org.openbcf.examples.check;

import static org.openbcf.examples.check.CalculationCells.at;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DateUtil;
import org.openbcf.core.condition.ConditionAnswer;
import org.openbcf.core.condition.ConditionResponse;
import org.openbcf.core.condition.ConditionSet;
import org.openbcf.core.condition.NationalCondition;
import org.openbcf.core.finding.Finding;
import org.openbcf.core.finding.Findings;
import org.openbcf.core.finding.Rule;
import org.openbcf.core.finding.Severity;
import org.openbcf.core.year.BcfYear;

/**
 * {@code calculation = conditions}: a national conditions sheet, its answers checked with the year's
 * {@link ConditionSet} ({@link BcfYear#conditionSet()}): every question answered (R-NC-6), an answer
 * the era allows (R-NC-2), a No with its comment and, where the era asks, its target date (R-NC-3), No -
 * In Progress met by the year end (R-NC-4). For a year whose conditions openbcf knows but whose
 * template it lacks (2025/26), {@link ConditionSet#checkAnswers} and a note that the answers allowed
 * are not checked; for a year whose conditions openbcf does not have, a note. Norfolk Q3 2015/16:
 * conditions 3 and 5 answered No - In Progress without a comment (R-NC-3 twice), condition 3 by
 * 30/04/2017, after the year end (R-NC-4).
 *
 * <p>{@code met} is a yes/no cell ({@link Field.Kind#YES_NO}): 1 for a condition answered Yes and 0
 * for a kind of No, and the cell may save 1 or 0, TRUE or FALSE, or the words Yes or No;
 * {@code conditionsMet} counts the Yes answers. A date cell is a date the
 * workbook saved (a day number) or text {@code DD/MM/YYYY} or {@code YYYY-MM-DD}.
 */
final class ConditionsCalculation implements SheetCalculation {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public String name() {
        return "conditions";
    }

    @Override
    public List<Field> parameters() {
        return List.of(Field.parameter("year", "the financial year reported on, e.g. 2015/16"));
    }

    @Override
    public List<Field> inputs() {
        return List.of(
                Field.text("condition", Field.ROWS, "the question's id as the template numbers it (1, 4ii, ...), one per row"),
                Field.text("answer", Field.ROWS, "the answer: Yes, No or No - In Progress, one per row"),
                Field.text("date", Field.ROWS, "the date a No will be met (a date cell, DD/MM/YYYY or YYYY-MM-DD), blank when none"),
                Field.text("comment", Field.ROWS, "the comment or explanation, blank when none"));
    }

    @Override
    public List<String> optionalInputs() {
        return List.of("date", "comment");
    }

    @Override
    public List<Field> outputs() {
        return List.of(
                Field.yesNo("met", Field.ROWS, "Yes (1) when the condition is answered Yes, No (0) for a kind of No, one per row"),
                Field.number("conditionsMet", 1, "how many conditions are answered Yes"));
    }

    @Override
    public Computed compute(CheckInputs inputs) {
        BcfYear year = BcfYear.parse(inputs.parameter("year"));
        List<ConditionResponse> responses = responses(inputs);
        Map<String, List<BigDecimal>> outputs = new LinkedHashMap<>();
        List<BigDecimal> met = responses.stream().map(r -> CalculationCells.flag(!r.answer().isNo())).toList();
        outputs.put("met", met);
        outputs.put("conditionsMet", List.of(BigDecimal.valueOf(met.stream().filter(CalculationCells.YES::equals).count())));
        // a condition's findings at its answer's cell, or at its date's or comment's when the mapping names them
        Map<String, String> places = new LinkedHashMap<>();
        // a finding about the set (a condition not answered) at the answers' cells
        CalculationCells.placeAll(places, "nationalConditions", inputs, "answer");
        for (int i = 0; i < responses.size(); i++) {
            String path = "nationalConditions." + responses.get(i).questionId();
            CalculationCells.place(places, path, inputs, "answer", i);
            CalculationCells.place(places, path + ".date", inputs, "date", i);
            CalculationCells.place(places, path + ".comment", inputs, "comment", i);
        }
        return new Computed(outputs, check(year, responses), places);
    }

    private static Findings check(BcfYear year, List<ConditionResponse> responses) {
        Optional<ConditionSet> set = year.conditionSet();
        if (set.isPresent()) {
            return set.get().check(year.year(), responses);
        }
        Optional<List<NationalCondition>> questions = year.conditions().value();
        if (questions.isEmpty()) {
            return Findings.of(Finding.of(Rule.R_NC_6, Severity.INFO, "conditions", "the " + year
                    + " national conditions are not in openbcf's sources, so the answers are not checked"));
        }
        return ConditionSet.checkAnswers(questions.get(), responses).and(Findings.of(Finding.of(Rule.R_NC_2, Severity.INFO,
                "conditions", "the answers the " + year + " template allows are not in openbcf's sources, so they are not checked")));
    }

    private static List<ConditionResponse> responses(CheckInputs inputs) {
        List<String> ids = inputs.texts("condition");
        List<String> answers = inputs.texts("answer");
        List<String> dates = inputs.texts("date");
        List<String> comments = inputs.texts("comment");
        List<ConditionResponse> responses = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int row = i;
            ConditionAnswer answer = at(inputs, "answer", row, () -> ConditionAnswer.parse(answers.get(row)));
            LocalDate date = row < dates.size() && !dates.get(row).isBlank()
                    ? at(inputs, "date", row, () -> date(dates.get(row).strip())) : null;
            String comment = row < comments.size() ? comments.get(row) : "";
            responses.add(at(inputs, "condition", row, () -> ConditionResponse.of(ids.get(row), answer, date, comment)));
        }
        return responses;
    }

    /** A date as a workbook saves it (a day number, read as its plain digits) or as text. */
    static LocalDate date(String text) {
        if (text.matches("[0-9]{1,7}(\\.[0-9]+)?")) {
            double day = Double.parseDouble(text);
            if (DateUtil.isValidExcelDate(day)) {
                return DateUtil.getLocalDateTime(day).toLocalDate();
            }
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + text + "' is not a date (a date cell, DD/MM/YYYY or YYYY-MM-DD)", e);
        }
    }
}

package org.openbcf.examples.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbcf.core.condition.ConditionAnswer;
import org.openbcf.core.discharge.DischargeSchemeType;
import org.openbcf.core.expenditure.AreaOfSpend;
import org.openbcf.core.expenditure.Commissioner;
import org.openbcf.core.fund.FundingStream;
import org.openbcf.core.fund.PartnerType;
import org.openbcf.core.year.BcfYear;
import org.openbcf.metrics.catalogue.MetricCatalogue;
import org.openbcf.metrics.catalogue.YearMetric;
import org.openbcf.review.Dataset;

/** The workbook template of {@code bcf init --xlsx}, read back with POI. */
class DatasetTemplateWorkbookTest {

    private static final BcfYear LEWISHAM_YEAR = BcfYear.parse("2025/26");

    @TempDir
    Path tmp;

    private XSSFWorkbook template(BcfYear year) throws IOException {
        Path xlsx = tmp.resolve("template-" + year.toString().replace('/', '-') + ".xlsx");
        DatasetTemplate.writeWorkbook(year, xlsx);
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> visibleSheets(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                names.add(workbook.getSheetName(i));
            }
        }
        return names;
    }

    @Test
    void theFirstSheetIsTheReadmeOfTheFolderTemplateThenOneSheetPerFile() throws IOException {
        Path folder = tmp.resolve("folder");
        DatasetTemplate.writeFolder(LEWISHAM_YEAR, folder);
        List<String> expectedTables = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
                    .forEach(n -> expectedTables.add(n.substring(0, n.length() - 4)));
        }
        List<String> readmeLines = Files.readString(folder.resolve("README.md")).lines().toList();
        try (XSSFWorkbook workbook = template(LEWISHAM_YEAR)) {
            List<String> sheets = visibleSheets(workbook);
            assertThat(sheets.get(0)).isEqualTo("README");
            assertThat(workbook.getSheetIndex("README")).isZero();
            assertThat(sheets.subList(1, sheets.size())).containsExactlyInAnyOrderElementsOf(expectedTables);
            Sheet readme = workbook.getSheet("README");
            List<String> lines = new ArrayList<>();
            for (int r = 0; r <= readme.getLastRowNum(); r++) {
                Row row = readme.getRow(r);
                lines.add(row == null || row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue());
            }
            // the folder's README, then a blank line and why the sheets are protected
            assertThat(lines.subList(0, readmeLines.size())).containsExactlyElementsOf(readmeLines);
            assertThat(lines.subList(readmeLines.size(), lines.size())).hasSize(2).first().isEqualTo("");
            assertThat(lines.get(lines.size() - 1)).contains("protected without a password", "input cells", "Unprotect Sheet");
            assertThat(readme.getColumnWidth(0)).isGreaterThanOrEqualTo(80 * 256);
        }
    }

    @Test
    void headerRowsAreBoldAndFrozenAndColumnsFitTheirHeaders() throws IOException {
        try (XSSFWorkbook workbook = template(LEWISHAM_YEAR)) {
            for (String name : visibleSheets(workbook).subList(1, visibleSheets(workbook).size())) {
                Sheet sheet = workbook.getSheet(name);
                assertThat(sheet.getPaneInformation()).as(name).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).as(name).isZero();
                for (Cell cell : sheet.getRow(0)) {
                    String header = cell.getStringCellValue();
                    assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).as(name + " " + header).isTrue();
                    assertThat(sheet.getColumnWidth(cell.getColumnIndex())).as(name + " " + header)
                            .isGreaterThanOrEqualTo((header.length() + 1) * 256).isLessThanOrEqualTo(61 * 256);
                }
            }
        }
    }

    private static boolean isInputStyle(CellStyle style) {
        return style.getFillPattern() == FillPatternType.SOLID_FOREGROUND && ((XSSFCellStyle) style).getFillForegroundXSSFColor() != null
                && style.getBorderTop() == BorderStyle.THIN && style.getBorderBottom() == BorderStyle.THIN
                && style.getBorderLeft() == BorderStyle.THIN && style.getBorderRight() == BorderStyle.THIN
                && !style.getLocked();
    }

    @Test
    void theCellsToFillAreStyledAsInputsAndTheLabelsAreNot() throws IOException {
        try (XSSFWorkbook workbook = template(LEWISHAM_YEAR)) {
            Sheet board = workbook.getSheet("board");
            for (int r = 1; r <= board.getLastRowNum(); r++) {
                Row row = board.getRow(r);
                String field = row.getCell(0).getStringCellValue();
                assertThat(isInputStyle(row.getCell(1).getCellStyle())).as("board value of " + field).isTrue();
                assertThat(isInputStyle(row.getCell(0).getCellStyle())).as("board field " + field).isFalse();
                assertThat(isInputStyle(row.getCell(2).getCellStyle())).as("board description " + field).isFalse();
            }
            Sheet contributions = workbook.getSheet("contributions");
            int columns = contributions.getRow(0).getLastCellNum();
            assertThat(contributions.getLastRowNum()).isGreaterThanOrEqualTo(50);
            for (int r = 1; r <= contributions.getLastRowNum(); r++) {
                for (int c = 0; c < columns; c++) {
                    Cell cell = contributions.getRow(r).getCell(c);
                    assertThat(cell).as("contributions " + new CellReference(r, c).formatAsString()).isNotNull();
                    assertThat(isInputStyle(cell.getCellStyle())).as("contributions " + new CellReference(r, c).formatAsString()).isTrue();
                }
            }
            Sheet conditions = workbook.getSheet("conditions");
            for (int r = 1; r <= LEWISHAM_YEAR.conditions().require().size(); r++) {
                assertThat(isInputStyle(conditions.getRow(r).getCell(0).getCellStyle())).as("condition id").isFalse();
                assertThat(isInputStyle(conditions.getRow(r).getCell(1).getCellStyle())).as("condition answer").isTrue();
            }
            for (Cell header : board.getRow(0)) {
                assertThat(isInputStyle(header.getCellStyle())).isFalse();
            }
        }
    }

    @Test
    void everySheetIsProtectedWithoutAPasswordSoOnlyTheInputCellsCanBeChanged() throws IOException {
        try (XSSFWorkbook workbook = template(LEWISHAM_YEAR)) {
            for (Sheet s : workbook) {
                XSSFSheet sheet = (XSSFSheet) s;
                String name = sheet.getSheetName();
                assertThat(sheet.getProtect()).as(name + " protected").isTrue();
                var protection = sheet.getCTWorksheet().getSheetProtection();
                assertThat(protection.isSetPassword() || protection.isSetHashValue() || protection.isSetAlgorithmName())
                        .as(name + ": no password").isFalse();
                assertThat(sheet.isFormatColumnsLocked()).as(name + ": columns can be widened").isFalse();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String where = name + " " + new CellReference(row.getRowNum(), cell.getColumnIndex()).formatAsString();
                        boolean input = isInputStyle(cell.getCellStyle());
                        // an input cell is unlocked; every other cell (a header, a label, a list value, the README) is locked
                        assertThat(cell.getCellStyle().getLocked()).as(where + (input ? " (input)" : "")).isEqualTo(!input);
                        if (row.getRowNum() == 0 && !name.equals("README") && !name.equals("Lists")) {
                            assertThat(input).as(where + ": a header").isFalse();
                        }
                    }
                }
            }
            Sheet board = workbook.getSheet("board");
            assertThat(board.getRow(1).getCell(0).getCellStyle().getLocked()).as("board field label").isTrue();
            assertThat(board.getRow(1).getCell(1).getCellStyle().getLocked()).as("board value").isFalse();
            Sheet conditions = workbook.getSheet("conditions");
            assertThat(conditions.getRow(1).getCell(0).getCellStyle().getLocked()).as("condition id").isTrue();
            assertThat(conditions.getRow(1).getCell(1).getCellStyle().getLocked()).as("condition answer").isFalse();
            // the drop-down lists are still there on the protected sheets
            assertThat(workbook.getSheet("contributions").getDataValidations()).isNotEmpty();
        }
    }

    /** Every drop-down list of a sheet: the column header it covers, its values (an explicit list or a range resolved). */
    private static Map<String, List<String>> lists(XSSFWorkbook workbook, Sheet sheet, int[] firstRow, int[] lastRow) {
        Map<String, List<String>> lists = new HashMap<>();
        for (DataValidation validation : sheet.getDataValidations()) {
            assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(validation.getShowErrorBox()).isTrue();
            CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
            assertThat(range.getFirstColumn()).isEqualTo(range.getLastColumn());
            String header = sheet.getRow(0).getCell(range.getFirstColumn()).getStringCellValue();
            String[] explicit = validation.getValidationConstraint().getExplicitListValues();
            List<String> values = new ArrayList<>();
            if (explicit != null) {
                // Excel refuses an explicit list over 255 characters
                assertThat(String.join(",", explicit).length()).isLessThanOrEqualTo(255);
                values.addAll(List.of(explicit));
            } else {
                AreaReference area = new AreaReference(validation.getValidationConstraint().getFormula1(),
                        workbook.getSpreadsheetVersion());
                Sheet listSheet = workbook.getSheet(area.getFirstCell().getSheetName());
                assertThat(workbook.isSheetHidden(workbook.getSheetIndex(listSheet))).isTrue();
                for (CellReference cell : area.getAllReferencedCells()) {
                    values.add(listSheet.getRow(cell.getRow()).getCell(cell.getCol()).getStringCellValue());
                }
            }
            lists.put(header, values);
            firstRow[0] = range.getFirstRow();
            lastRow[0] = range.getLastRow();
        }
        return lists;
    }

    @Test
    void dropDownListsHoldTheLibrarysValuesEveryYear() throws IOException {
        for (BcfYear year : BcfYear.all()) {
            try (XSSFWorkbook workbook = template(year)) {
                int[] first = new int[1];
                int[] last = new int[1];
                List<String> streams = year.streams().require().stream().map(FundingStream::label).toList();
                Map<String, List<String>> contributions = lists(workbook, workbook.getSheet("contributions"), first, last);
                assertThat(contributions.get("partner_type")).as(year.toString())
                        .containsExactlyElementsOf(Stream.of(PartnerType.values()).map(PartnerType::label).toList());
                assertThat(contributions.get("stream")).as(year.toString()).containsExactlyElementsOf(streams);
                assertThat(contributions.get("basis")).containsExactly("plan", "actual");

                Map<String, List<String>> expenditure = lists(workbook, workbook.getSheet("expenditure"), first, last);
                assertThat(expenditure.get("area_of_spend"))
                        .containsExactlyElementsOf(Stream.of(AreaOfSpend.values()).map(AreaOfSpend::label).toList());
                assertThat(expenditure.get("commissioner"))
                        .containsExactlyElementsOf(Stream.of(Commissioner.values()).map(Commissioner::label).toList());
                assertThat(expenditure.get("source_of_funding")).containsExactlyElementsOf(streams);
                assertThat(first[0]).isEqualTo(1);
                assertThat(last[0]).isGreaterThanOrEqualTo(50);

                Map<String, List<String>> conditions = lists(workbook, workbook.getSheet("conditions"), first, last);
                EnumSet<ConditionAnswer> allowed = year.allowedAnswers().value().filter(a -> !a.isEmpty())
                        .map(EnumSet::copyOf).orElse(EnumSet.allOf(ConditionAnswer.class));
                assertThat(conditions.get("answer")).as(year.toString())
                        .containsExactlyElementsOf(allowed.stream().map(ConditionAnswer::toString).toList());

                Map<String, List<String>> metrics = lists(workbook, workbook.getSheet("metrics"), first, last);
                List<String> metricIds = MetricCatalogue.forYear(year.year()).value().orElse(List.of()).stream()
                        .map(YearMetric::id).toList();
                if (metricIds.isEmpty()) {
                    assertThat(metrics).doesNotContainKey("metric");
                } else {
                    assertThat(metrics.get("metric")).as(year.toString()).containsExactlyElementsOf(metricIds);
                }

                if (workbook.getSheet("discharge-fund") != null) {
                    assertThat(lists(workbook, workbook.getSheet("discharge-fund"), first, last).get("scheme_type"))
                            .containsExactlyElementsOf(Stream.of(DischargeSchemeType.values()).map(DischargeSchemeType::label).toList());
                }
                Sheet boardSheet = workbook.getSheet("board");
                Map<String, List<String>> board = lists(workbook, boardSheet, first, last);
                assertThat(board.get("value")).containsExactly("yes", "no");
                assertThat(first[0]).isEqualTo(last[0]);
                assertThat(boardSheet.getRow(first[0]).getCell(0).getStringCellValue()).isEqualTo("section_75");
            }
        }
    }

    @Test
    void theTemplateIsReadBackWithoutNotesAndAFilledTemplateIsReadAsTheFolder() throws IOException {
        Path empty = tmp.resolve("empty.xlsx");
        DatasetTemplate.writeWorkbook(LEWISHAM_YEAR, empty);
        Path filled = tmp.resolve("filled.xlsx");
        DatasetTemplate.writeWorkbook(LEWISHAM_YEAR, filled);
        Path folder = Datasets.lewisham(tmp.resolve("lewisham"));
        Datasets.fillTemplate(filled, folder);
        try (InputStream in = Files.newInputStream(filled); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            // the test filled valid values: every value in a column with a list is in its list (ignoring case, as
            // Excel's list check and the reader do: Lewisham's "Additional LA contribution" for "additional LA contribution")
            DataFormatter formatter = new DataFormatter();
            for (String name : List.of("board", "contributions", "expenditure", "conditions", "metrics")) {
                Sheet sheet = workbook.getSheet(name);
                for (DataValidation validation : sheet.getDataValidations()) {
                    CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
                    String header = sheet.getRow(0).getCell(range.getFirstColumn()).getStringCellValue();
                    List<String> values = lists(workbook, sheet, new int[1], new int[1]).get(header);
                    for (int r = range.getFirstRow(); r <= Math.min(range.getLastRow(), sheet.getLastRowNum()); r++) {
                        Row row = sheet.getRow(r);
                        String value = row == null ? "" : formatter.formatCellValue(row.getCell(range.getFirstColumn()));
                        if (!value.isEmpty()) {
                            assertThat(values).as(name + " " + header + " row " + (r + 1)).anyMatch(value::equalsIgnoreCase);
                        }
                    }
                }
            }
        }
        Dataset fromWorkbook = DatasetReader.read(filled);
        Dataset fromFolder = DatasetReader.read(folder);
        assertThat(fromWorkbook.notes()).isEmpty();
        assertThat(fromWorkbook.board()).isEqualTo(fromFolder.board());
        assertThat(fromWorkbook.plannedFund().orElseThrow().contributions())
                .isEqualTo(fromFolder.plannedFund().orElseThrow().contributions());
        assertThat(fromWorkbook.plannedFund().orElseThrow().total().getNumber().numberValueExact(java.math.BigDecimal.class))
                .isEqualByComparingTo("45650000");
        assertThat(fromWorkbook.expenditure()).isEqualTo(fromFolder.expenditure());
        assertThat(fromWorkbook.conditions()).isEqualTo(fromFolder.conditions());
        assertThat(fromWorkbook.metrics()).isEqualTo(fromFolder.metrics());
        assertThat(DatasetReader.read(empty).notes()).isEmpty();
        // 2022/23 has the Discharge Fund tab, whose scheme types need the hidden Lists sheet: not a stray sheet either
        Path discharge = tmp.resolve("discharge.xlsx");
        DatasetTemplate.writeWorkbook(BcfYear.parse("2022/23"), discharge);
        try (InputStream in = Files.newInputStream(discharge); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Lists")).isNotNull();
        }
        assertThat(DatasetReader.read(discharge).notes()).isEmpty();
    }
}

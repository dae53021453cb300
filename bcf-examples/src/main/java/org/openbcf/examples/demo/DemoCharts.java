package org.openbcf.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openbcf.core.ledger.FlowLedger;
import org.openbcf.core.ledger.QuarterlyAmounts;
import org.openbcf.core.ledger.QuarterlyLedger;
import org.openbcf.core.money.Gbp;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.examples.chart.Charts;

/**
 * The demo's charts, {@code bcf demo --charts <dir>}: PNG files drawn from the figures the library
 * computes from Norfolk's embedded data.
 */
public final class DemoCharts {

    private DemoCharts() {
    }

    /**
     * Writes every chart into a directory, creating it when needed.
     *
     * @param dir the directory, not null
     * @return the files written, in order, never null
     * @throws UncheckedIOException when the directory or a file cannot be written
     */
    public static List<Path> write(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create chart directory " + dir + ": " + e.getMessage(), e);
        }
        List<Path> files = new ArrayList<>();
        files.add(incomeAndExpenditure(dir.resolve("income-and-expenditure-2015-16.png")));
        return files;
    }

    private static Path incomeAndExpenditure(Path file) {
        FinancialYear year = FinancialYear.parse("2015/16");
        QuarterlyLedger ledger = NorfolkData.ledger(year);
        List<String> quarters = year.quarters().stream().map(FinancialQuarter::toString).toList();
        FlowLedger income = ledger.income();
        FlowLedger expenditure = ledger.expenditure();
        return Charts.writePng(Charts.barsAndLines("Norfolk income and expenditure " + year + " by quarter", "£", quarters, List.of(
                Charts.Series.of("Income actual", pounds(year, income.actual())),
                Charts.Series.of("Income plan", pounds(year, income.plan())),
                Charts.Series.of("Income forecast", pounds(year, income.forecast())),
                Charts.Series.of("Expenditure forecast", pounds(year, expenditure.forecast())))), file);
    }

    /** Pounds per quarter, zero where a quarter is not reported (Q4 actual in a Q3 return). */
    private static List<BigDecimal> pounds(FinancialYear year, QuarterlyAmounts amounts) {
        return year.quarters().stream().map(q -> amounts.amount(q).map(Gbp::pounds).orElse(BigDecimal.ZERO)).toList();
    }
}

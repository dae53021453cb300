package org.openbcf.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.openbcf.core.money.Gbp;
import org.openbcf.core.p4p.AdmissionsSeries;
import org.openbcf.core.p4p.PaymentForPerformance;
import org.openbcf.core.p4p.PerformanceResult;
import org.openbcf.core.p4p.PerformanceTerms;
import org.openbcf.examples.format.P4pCsv;
import org.openbcf.examples.format.P4pTables;

/**
 * The demo's payment-for-performance table: Norfolk's 2015/16 P4P year (Q4 2014/15 to Q3 2015/16)
 * from the embedded 2015/16 dataset ({@code p4p.csv} and the terms in its {@code board.csv}).
 *
 * @since 0.1.0
 */
public final class PaymentForPerformanceSection implements DemoSection {

    /** The embedded input, also an example file for {@code bcf p4p}. */
    public static final String RESOURCE = NorfolkData.DATASETS + "norfolk-2015-16/p4p.csv";

    /**
     * Norfolk's 2015/16 P4P terms, from the 2015/16 dataset's {@code board.csv}: £1,490 per
     * non-elective admission (seed line 1797) and £16,295,000 of performance and ring-fenced funds
     * (seed line 1895).
     */
    public static final PerformanceTerms NORFOLK_TERMS = NorfolkData.paymentForPerformanceTerms();

    /**
     * Norfolk's 2015/16 series, from the 2015/16 dataset.
     *
     * @return the series, never null
     */
    public static AdmissionsSeries norfolkSeries() {
        return NorfolkData.paymentForPerformance();
    }

    @Override
    public String title() {
        return "Payment for performance 2015/16 (non-elective admissions)";
    }

    @Override
    public void print(PrintWriter out) {
        PerformanceResult result = PaymentForPerformance.calculate(norfolkSeries(), NORFOLK_TERMS);
        out.println(P4pTables.quarters(result));
        out.println(result.findings().isEmpty() ? "Validations: passed (no findings)" : result.findings().toString());
    }
}

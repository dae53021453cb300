package org.openbcf.examples.demo;

import java.io.PrintWriter;
import java.util.List;

/**
 * The Norfolk demo report: one section per area of the library, in the order a reader of a BCF
 * return meets them.
 */
public final class NorfolkDemo {

    private NorfolkDemo() {
    }

    /**
     * The sections, in order.
     *
     * @return the sections, never null
     */
    public static List<DemoSection> sections() {
        return List.of(
                new PooledFundSection(),
                new LedgerSection(),
                new PaymentForPerformanceSection(),
                new RiskSection(),
                new MetricsSection(),
                new SchemeSection(),
                new ComplianceSection()
        );
    }

    /**
     * Prints the whole report.
     *
     * @param out where to print, not null
     */
    public static void print(PrintWriter out) {
        out.println("openbcf demo: Norfolk Health and Wellbeing Board, Better Care Fund");
        out.println("Figures are computed by openbcf from Norfolk's published returns, embedded in this jar.");
        for (DemoSection section : sections()) {
            out.println();
            out.println(section.title());
            out.println("=".repeat(section.title().length()));
            section.print(out);
        }
    }
}

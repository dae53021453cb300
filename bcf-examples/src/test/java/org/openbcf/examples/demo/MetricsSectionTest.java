package org.openbcf.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class MetricsSectionTest {

    private static String print() {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            new MetricsSection().print(out);
        }
        return text.toString().replace("\r\n", "\n");
    }

    @Test
    void showsThe2016To17TargetsOfG16ToG18() {
        String text = print();
        assertThat(text).contains("residential-admissions", "maximum 1308")
                .contains("delayed-transfers-of-care", "maximum 27252.48")
                .contains("reablement", "minimum 90");
    }

    @Test
    void showsTheWorkingDayProfileOfG22() {
        String text = print();
        assertThat(text).containsPattern("2016-04 +21 +108\n").containsPattern("2017-03 +23 +118\n")
                .containsPattern("total +255 +1308\n")
                .contains("quarters: Q1 2016/17 323; Q2 2016/17 334; Q3 2016/17 323; Q4 2016/17 328");
    }

    @Test
    void showsThe2022To23AssessmentsOfG8AllOnTrack() {
        String text = print();
        assertThat(text).containsPattern("avoidable-admissions +maximum 728.3 +677.4 +-50.9 +-6.99% +On track")
                .containsPattern("discharge-to-usual-residence +minimum 92.2 +92.7 +0.5 +0.54% +On track")
                .containsPattern("residential-admissions +maximum 607 +538 +-69 +-11.37% +On track")
                .containsPattern("reablement +minimum 86.5 +86.5 +0.0 +0.00% +On track")
                .doesNotContain("Not on track");
    }

    @Test
    void isPartOfTheDemo() {
        assertThat(NorfolkDemo.sections()).anyMatch(section -> section instanceof MetricsSection);
    }
}

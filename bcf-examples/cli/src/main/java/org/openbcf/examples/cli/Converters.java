package org.openbcf.examples.cli;

import java.math.BigDecimal;
import java.util.Locale;

import org.openbcf.core.money.Gbp;
import org.openbcf.core.number.Numbers;
import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.core.time.FinancialQuarter;
import org.openbcf.core.time.FinancialYear;
import org.openbcf.core.year.BcfYear;
import org.openbcf.examples.io.InputFile;
import org.openbcf.examples.io.Row;
import org.openbcf.metrics.catalogue.Direction;
import org.openbcf.metrics.funnel.FunnelStatistic;
import org.openbcf.metrics.stats.ConfidenceLevel;
import org.openbcf.metrics.target.TargetRounding;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The picocli converters of option values, one for each kind of value a command reads, each the one
 * place that kind is read from the command line: a decimal ({@code 28,388.5}), a count
 * ({@code 882,569}), money in pounds ({@code £16,295,000}), a percentage ({@code 5%} or {@code 5}), a
 * confidence level ({@code 0.95} or {@code 99.8%}), a financial year ({@code 2016/17}) and quarter
 * ({@code Q3 2015/16}), a BCF year ({@code 2025/26}), a target rounding ({@code half-up}), a funnel's
 * statistic ({@code crude-rate}), a risk matrix ({@code 5x5}) and a file or {@code -} for standard input.
 * Every number is read in the one number grammar of {@link Numbers}.
 *
 * <p>A refused value is an {@link OptionValueException} whose message reads after the option's name,
 * so {@link BcfCommand} prints it as one line such as {@code rate: --count ('x') is not a whole
 * number: …} or {@code profile: --year: financial year '2016' …} (exit 2).
 */
final class Converters {

    private Converters() {
    }

    /**
     * Registers the converters chosen by type on a command line and on its subcommands added so far;
     * money and percentages (decimals too) are chosen on their options ({@code converter = Money.class}).
     *
     * @param commandLine the command line, not null
     * @return the command line
     */
    static CommandLine register(CommandLine commandLine) {
        return commandLine.registerConverter(BigDecimal.class, new Decimal())
                .registerConverter(Long.class, new Count())
                .registerConverter(long.class, new Count())
                .registerConverter(ConfidenceLevel.class, new Confidence())
                .registerConverter(FinancialYear.class, new Year())
                .registerConverter(FinancialQuarter.class, new Quarter())
                .registerConverter(BcfYear.class, new BcfYears())
                .registerConverter(TargetRounding.class, new Rounding())
                .registerConverter(FunnelStatistic.class, new Statistic())
                .registerConverter(Direction.class, new Better())
                .registerConverter(InputFile.class, new File());
    }

    /**
     * A refused option value, with a message that reads after the option's name, e.g.
     * {@code  ('lots') is not a number: …} or {@code : financial year '2016' …}.
     */
    static final class OptionValueException extends TypeConversionException {
        private static final long serialVersionUID = 1L;

        OptionValueException(String message) {
            super(message);
        }
    }

    // Each converter is a class that calls its factory, with no lambda or method reference: the
    // class-data archive of JDK 17 to 23 leaves out picocli's converter interface (a Java 5 class file)
    // when a lambda implements it, and a method reference adapted at run time is spun on every start.

    /** A financial year such as {@code 2016/17}. */
    static final class Year implements ITypeConverter<FinancialYear> {
        @Override
        public FinancialYear convert(String text) {
            try {
                return FinancialYear.parse(text);
            } catch (IllegalArgumentException e) {
                throw library(e);
            }
        }
    }

    /** A financial quarter such as {@code Q3 2015/16}. */
    static final class Quarter implements ITypeConverter<FinancialQuarter> {
        @Override
        public FinancialQuarter convert(String text) {
            try {
                return FinancialQuarter.parse(text);
            } catch (IllegalArgumentException e) {
                throw library(e);
            }
        }
    }

    /** A BCF year such as {@code 2025/26}, one whose rules openbcf holds. */
    static final class BcfYears implements ITypeConverter<BcfYear> {
        @Override
        public BcfYear convert(String text) {
            try {
                return BcfYear.parse(text);
            } catch (IllegalArgumentException e) {
                throw library(e);
            }
        }
    }

    /** A target's rounding such as {@code half-up}. */
    static final class Rounding implements ITypeConverter<TargetRounding> {
        @Override
        public TargetRounding convert(String text) {
            try {
                return TargetRounding.parse(text);
            } catch (IllegalArgumentException e) {
                throw library(e);
            }
        }
    }

    /** What a funnel plots, such as {@code crude-rate}. */
    static final class Statistic implements ITypeConverter<FunnelStatistic> {
        @Override
        public FunnelStatistic convert(String text) {
            try {
                return FunnelStatistic.parse(text);
            } catch (IllegalArgumentException e) {
                throw library(e);
            }
        }
    }

    /** A file, or {@code -} for standard input. */
    static final class File implements ITypeConverter<InputFile> {
        @Override
        public InputFile convert(String text) {
            return InputFile.of(text);
        }
    }

    /** Which direction is better: {@code higher-is-better} or {@code lower-is-better}, ignoring case and surrounding spaces. */
    static final class Better implements ITypeConverter<Direction> {
        @Override
        public Direction convert(String text) {
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            for (Direction d : Direction.values()) {
                if (d.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(wanted)) {
                    return d;
                }
            }
            throw new OptionValueException(" (" + Row.quote(text) + ") must be higher-is-better or lower-is-better");
        }
    }

    /**
     * A risk matrix, {@code 4x4} or {@code 5x5} ({@link RiskMatrix#preset(String)}), refused with the
     * library's message as picocli words a conversion error.
     */
    static final class Matrix implements ITypeConverter<RiskMatrix> {
        @Override
        public RiskMatrix convert(String value) {
            try {
                return RiskMatrix.preset(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A decimal such as {@code 1377} or {@code 28,388.5}. */
    static final class Decimal implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String text) {
            try {
                return Numbers.parseDecimal(text, "");
            } catch (IllegalArgumentException e) {
                throw number(e);
            }
        }
    }

    /** A whole number such as {@code 882,569} (a command checks its range: a count from 0, a population from 1). */
    static final class Count implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            try {
                return Numbers.parseWhole(text, "");
            } catch (IllegalArgumentException e) {
                throw number(e);
            }
        }
    }

    /** Money in pounds such as {@code 1490}, {@code 1,490.00} or {@code £16,295,000}, exactly. */
    static final class Money implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String text) {
            try {
                return Gbp.parsePounds(text);
            } catch (IllegalArgumentException e) {
                throw library(e);
            }
        }
    }

    /** A percentage such as {@code 5%} or {@code 5}, as the number of percent (5). */
    static final class Percent implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String text) {
            try {
                return Numbers.parsePercent(text, "");
            } catch (IllegalArgumentException e) {
                throw number(e);
            }
        }
    }

    /** A confidence level such as {@code 0.95} or {@code 99.8%}. */
    static final class Confidence implements ITypeConverter<ConfidenceLevel> {
        @Override
        public ConfidenceLevel convert(String text) {
            BigDecimal level = text.strip().endsWith("%") ? new Percent().convert(text).movePointLeft(2)
                    : new Decimal().convert(text);
            try {
                return ConfidenceLevel.of(level.doubleValue());
            } catch (IllegalArgumentException e) {
                throw library(e);
            }
        }
    }

    /** A refusal by {@link Numbers}, read with an empty field name: its message starts where the option's name ends. */
    private static OptionValueException number(IllegalArgumentException e) {
        return new OptionValueException(e.getMessage());
    }

    /** A refusal by a library factory, whose message names the value and the rule. */
    private static OptionValueException library(IllegalArgumentException e) {
        return new OptionValueException(": " + e.getMessage());
    }
}

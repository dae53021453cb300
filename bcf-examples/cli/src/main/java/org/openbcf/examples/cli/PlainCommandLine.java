package org.openbcf.examples.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

import org.openbcf.core.risk.RiskMatrix;
import org.openbcf.examples.io.Format;

/**
 * Command lines in the plain form, read without building picocli's model: building it costs more than
 * a hello-world JVM's whole start-up (its first {@code CommandLine} is about 100 ms of reflection,
 * annotation proxies and interpreted code, measured on JDK 17 with the class-data archive), and
 * scripts start {@code bcf rate}, {@code bcf dsr} and the like many times (issue 16). It reads every
 * command but {@code review} and {@code init} (which read or write whole datasets, so picocli's model
 * is a small part of their run) and {@code p4p}.
 *
 * <p>The plain form of a command: its name, then its positional parameter (at most one) and its
 * options as {@code --name value} or {@code --name=value} ({@code -o value} for the short
 * {@code --output}), in any order, each at most once ({@code --confidence} may repeat), flags without
 * a value, with no value that is empty or starts with {@code -} (other than a lone {@code -}, standard
 * input) or {@code @}, every value that picocli converts (a format, a matrix, a path) one it converts
 * without complaint, and every required option and parameter given. Anything else (help, an unknown
 * or repeated option, {@code --}, an argument file, a value picocli would refuse) returns null and goes
 * to picocli, which reads it or explains what is wrong. So a plain command line means the same to
 * both: the fields set here are the fields picocli sets, and {@code PlainCommandLineProperties} checks
 * on generated command lines that both print the same and exit the same.
 *
 * <p>{@code p4p} keeps its own plain form ({@link P4pCommand#plain}). Not thread-safe: one parse a call.
 */
final class PlainCommandLine {

    /** {@code check --tolerance}'s default, as its annotation declares it ({@code defaultValue = "0"}). */
    private static final String CHECK_TOLERANCE = "0";

    private final Subcommand command;
    private final Set<String> seen = new HashSet<>();
    private boolean positional;

    private PlainCommandLine(Subcommand command) {
        this.command = command;
    }

    /**
     * The command for a command line in the plain form, its fields set as picocli would set them.
     *
     * @param args the whole command line, not null
     * @return the command, or null when the command line is not in the plain form
     */
    static Subcommand parse(String... args) {
        if (args.length == 0) {
            return null;
        }
        Subcommand command = switch (args[0]) {
            case "risk" -> new RiskCommand();
            case "proportion" -> new ProportionCommand();
            case "rate" -> new RateCommand();
            case "dsr" -> new DsrCommand();
            case "isr" -> new IsrCommand();
            case "profile" -> new ProfileCommand();
            case "target" -> new TargetCommand();
            case "compare" -> new CompareCommand();
            case "funnel" -> new FunnelCommand();
            case "delays" -> new DelaysCommand();
            case "check" -> new CheckCommand();
            case "demo" -> new DemoCommand();
            default -> null;
        };
        return command == null ? null : new PlainCommandLine(command).read(args);
    }

    private Subcommand read(String... args) {
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-") && !arg.equals("-")) {
                int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
                String name = equals < 0 ? arg : arg.substring(0, equals);
                if (isFlag(name)) {
                    if (equals >= 0 || !once(name) || !flag(name)) {
                        return null;
                    }
                    continue;
                }
                String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[++i] : null;
                String canonical = name.equals("-o") ? "--output" : name;
                if (!plainValue(value) || !(canonical.equals("--confidence") || once(canonical)) || !option(canonical, value)) {
                    return null;
                }
            } else if (!positional && (arg.equals("-") || plainValue(arg))) {
                positional = true;
                if (!positional(arg)) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return complete() ? command : null;
    }

    private static boolean plainValue(String value) {
        return value != null && !value.isEmpty() && value.charAt(0) != '-' && value.charAt(0) != '@';
    }

    private boolean once(String name) {
        return seen.add(name);
    }

    private boolean isFlag(String name) {
        return command instanceof ProfileCommand && name.equals("--integer");
    }

    private boolean flag(String name) {
        ((ProfileCommand) command).integer = true;
        return true;
    }

    /** Sets the option on the command; false when the command has no such option or picocli would refuse the value. */
    private boolean option(String name, String value) {
        if (command instanceof RiskCommand risk) {
            return switch (name) {
                case "--matrix" -> (risk.matrix = matrix(value)) != null;
                default -> output(risk.output, name, value);
            };
        }
        if (command instanceof ProportionCommand proportion) {
            switch (name) {
                case "--numerator" -> proportion.numerator = value;
                case "--denominator" -> proportion.denominator = value;
                case "--multiplier" -> proportion.multiplier = value;
                case "--confidence" -> confidence(proportion.confidence, value);
                default -> {
                    return output(proportion.output, name, value);
                }
            }
            return true;
        }
        if (command instanceof RateCommand rate) {
            switch (name) {
                case "--count" -> rate.count = value;
                case "--population" -> rate.population = value;
                case "--multiplier" -> rate.multiplier = value;
                case "--confidence" -> confidence(rate.confidence, value);
                default -> {
                    return output(rate.output, name, value);
                }
            }
            return true;
        }
        if (command instanceof DsrCommand dsr) {
            switch (name) {
                case "--multiplier" -> dsr.multiplier = value;
                case "--confidence" -> confidence(dsr.confidence, value);
                default -> {
                    return output(dsr.output, name, value);
                }
            }
            return true;
        }
        if (command instanceof IsrCommand isr) {
            switch (name) {
                case "--multiplier" -> isr.multiplier = value;
                case "--reference-rate" -> isr.referenceRate = value;
                case "--confidence" -> confidence(isr.confidence, value);
                default -> {
                    return output(isr.output, name, value);
                }
            }
            return true;
        }
        if (command instanceof ProfileCommand profile) {
            switch (name) {
                case "--annual" -> profile.annual = value;
                case "--year" -> profile.year = value;
                default -> {
                    return output(profile.output, name, value);
                }
            }
            return true;
        }
        if (command instanceof TargetCommand target) {
            switch (name) {
                case "--base" -> target.base = value;
                case "--reduction" -> target.reduction = value;
                case "--increase" -> target.increase = value;
                case "--rounding" -> target.rounding = value;
                default -> {
                    return output(target.output, name, value);
                }
            }
            return true;
        }
        if (command instanceof CompareCommand compare) {
            switch (name) {
                case "--value" -> compare.value = value;
                case "--lower" -> compare.lower = value;
                case "--upper" -> compare.upper = value;
                case "--lower-95" -> compare.lower95 = value;
                case "--upper-95" -> compare.upper95 = value;
                case "--lower-99-8" -> compare.lower998 = value;
                case "--upper-99-8" -> compare.upper998 = value;
                case "--benchmark" -> compare.benchmark = value;
                case "--direction" -> compare.direction = value;
                default -> {
                    return output(compare.output, name, value);
                }
            }
            return true;
        }
        if (command instanceof FunnelCommand funnel) {
            switch (name) {
                case "--statistic" -> funnel.statistic = value;
                case "--target" -> funnel.target = value;
                case "--multiplier" -> funnel.multiplier = value;
                case "--chart" -> {
                    return (funnel.chart = path(value)) != null;
                }
                case "--title" -> funnel.title = value;
                default -> {
                    return output(funnel.output, name, value);
                }
            }
            return true;
        }
        if (command instanceof DelaysCommand delays) {
            if (name.equals("--confidence")) {
                if (delays.confidence == null) {
                    delays.confidence = new ArrayList<>();
                }
                delays.confidence.add(value);
                return true;
            }
            return output(delays.output, name, value);
        }
        if (command instanceof CheckCommand check) {
            switch (name) {
                case "--map" -> {
                    return (check.mapping = path(value)) != null;
                }
                case "--tolerance" -> check.tolerance = value;
                case "--format" -> check.format = value;
                case "--output" -> check.outputFile = value;
                default -> {
                    return false;
                }
            }
            return true;
        }
        DemoCommand demo = (DemoCommand) command;
        switch (name) {
            case "--charts" -> {
                return (demo.charts = path(value)) != null;
            }
            case "--export" -> {
                return (demo.export = path(value)) != null;
            }
            case "--output" -> demo.output = value;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The options of {@link OutputOptions}; a format only in the words {@code Format.parse} reads. */
    private static boolean output(OutputOptions output, String name, String value) {
        switch (name) {
            case "--format" -> {
                if (!(value.equals("csv") || value.equals("table") || value.equals("json"))) {
                    return false;
                }
                output.format = Format.parse(value);
            }
            case "--output" -> output.output = value;
            default -> {
                return false;
            }
        }
        return true;
    }

    private static void confidence(ConfidenceOptions options, String value) {
        if (options.confidence == null) {
            options.confidence = new ArrayList<>();
        }
        options.confidence.add(value);
    }

    /** The preset matrix, or null for anything picocli's {@code MatrixConverter} might refuse. */
    private static RiskMatrix matrix(String value) {
        return value.equals("4x4") || value.equals("5x5") ? RiskMatrix.preset(value) : null;
    }

    /** The path as picocli's built-in converter makes it ({@code Paths.get}), or null when that would fail. */
    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private boolean positional(String arg) {
        if (command instanceof RiskCommand risk) {
            risk.file = arg;
        } else if (command instanceof ProportionCommand proportion) {
            proportion.file = arg;
        } else if (command instanceof RateCommand rate) {
            rate.file = arg;
        } else if (command instanceof DsrCommand dsr) {
            dsr.file = arg;
        } else if (command instanceof IsrCommand isr) {
            isr.file = arg;
        } else if (command instanceof ProfileCommand profile) {
            profile.file = arg;
        } else if (command instanceof TargetCommand target) {
            target.file = arg;
        } else if (command instanceof CompareCommand compare) {
            compare.file = arg;
        } else if (command instanceof FunnelCommand funnel) {
            funnel.file = arg;
        } else if (command instanceof DelaysCommand delays) {
            delays.file = arg;
        } else if (command instanceof CheckCommand check) {
            check.workbook = arg;
        } else {
            return false;
        }
        return true;
    }

    /** Whether every required option and parameter is given (picocli explains a missing one). */
    private boolean complete() {
        if (command instanceof RiskCommand risk) {
            return risk.matrix != null && risk.file != null;
        }
        if (command instanceof CheckCommand check) {
            if (check.tolerance == null) {
                check.tolerance = CHECK_TOLERANCE;
            }
            return positional;
        }
        if (command instanceof FunnelCommand funnel) {
            return funnel.statistic != null && positional;
        }
        return positional || !(command instanceof DsrCommand || command instanceof IsrCommand
                || command instanceof DelaysCommand);
    }
}

package org.openbcf.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Each command class holds its option declarations and one call into the code that does the work
 * (issue 27): no helper method, no lambda, no constant, no loop of its own. Checked on every command
 * {@link BcfCommand#subcommands()} registers, by reflection (what a class declares) and on its class
 * file (what {@code call()} calls).
 */
class CommandShapeTest {

    /** The annotations of a field picocli fills from the command line or the run. */
    private static final List<Class<? extends Annotation>> OPTIONS = List.of(Option.class, Parameters.class,
            Mixin.class, ArgGroup.class, ParentCommand.class, Spec.class);

    @Test
    void aCommandDeclaresOnlyItsOptionsAndCall() {
        Map<String, List<String>> extra = new TreeMap<>();
        for (Class<?> command : BcfCommand.subcommands()) {
            List<String> members = new ArrayList<>(methods(command));
            members.remove("call");
            members.addAll(nonOptionFields(command));
            for (Class<?> nested : command.getDeclaredClasses()) {
                // a nested class is an option group (@ArgGroup): options only, no behaviour
                methods(nested).forEach(m -> members.add(nested.getSimpleName() + "." + m));
                nonOptionFields(nested).forEach(f -> members.add(nested.getSimpleName() + "." + f));
            }
            if (!members.isEmpty()) {
                extra.put(command.getSimpleName(), members);
            }
        }
        assertThat(extra).as("the members of each command class besides call() and its options").isEmpty();
    }

    @Test
    void aCommandsCallMakesOneCall() {
        JavaClasses classes = new ClassFileImporter().importClasses(BcfCommand.subcommands().toArray(Class<?>[]::new));
        Map<String, Set<String>> more = new TreeMap<>();
        for (Class<?> command : BcfCommand.subcommands()) {
            Set<String> calls = calls(classes, command);
            if (calls.size() != 1) {
                more.put(command.getSimpleName(), calls);
            }
        }
        assertThat(more).as("what call() calls, for each command that makes more than one call").isEmpty();
    }

    @Test
    void theChecksSeeEveryCommandAndALambdaAConstantAndASecondCall() {
        assertThat(BcfCommand.subcommands()).contains(CompareCommand.class, DsrCommand.class, IsrCommand.class,
                FunnelCommand.class, DelaysCommand.class, ProfileCommand.class, MeanCommand.class);
        // what the checks look at: a lambda or a constant is a declared member of the class
        assertThat(methods(WithLogic.class)).contains("call", "helper").anyMatch(m -> m.startsWith("lambda$"));
        assertThat(nonOptionFields(WithLogic.class)).containsExactly("COLUMNS");
        // and the calls of call(), its lambdas' included
        assertThat(calls(new ClassFileImporter().importClasses(WithLogic.class), WithLogic.class))
                .containsExactlyInAnyOrder(Runnable.class.getName() + ".run", List.class.getName() + ".size",
                        WithLogic.class.getName() + ".helper");
    }

    /** A command with the logic this test refuses. */
    static final class WithLogic implements java.util.concurrent.Callable<Integer> {
        static final List<String> COLUMNS = List.of("value");

        @Option(names = "--value")
        String value;

        @Override
        public Integer call() {
            Runnable r = () -> helper();
            r.run();
            return COLUMNS.size();
        }

        private void helper() {
        }
    }

    /** What a class's {@code call()} calls, but boxing the exit code and the run's streams from Subcommand. */
    private static Set<String> calls(JavaClasses classes, Class<?> command) {
        Set<String> calls = new TreeSet<>();
        for (JavaMethodCall call : classes.get(command).getMethod("call").getMethodCallsFromSelf()) {
            String target = call.getTarget().getOwner().getName() + "." + call.getTarget().getName();
            if (!target.equals(Integer.class.getName() + ".valueOf") && !call.getTarget().getName().equals("streams")) {
                calls.add(target);
            }
        }
        return calls;
    }

    /** The methods a class declares in its source: not the compiler's bridges, but its lambdas. */
    private static List<String> methods(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (!method.isBridge()) {
                names.add(method.getName());
            }
        }
        names.sort(null);
        return names;
    }

    private static List<String> nonOptionFields(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            boolean option = OPTIONS.stream().anyMatch(field::isAnnotationPresent);
            // the reference to the enclosing instance of an inner class is the compiler's
            if (!option && !(field.isSynthetic() && field.getName().startsWith("this$"))) {
                names.add(field.getName());
            }
        }
        return names;
    }
}

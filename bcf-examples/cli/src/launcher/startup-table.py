#!/usr/bin/env python3
"""Start-up of every bcf command against a hello world, paired: the start-up table of docs/performance.md.

    python3 bcf-examples/cli/src/launcher/startup-table.py [--rounds N] [--jdk JAVA_HOME] [--hello DIR]

Runs, from src/launcher/training/, each command of COMMANDS once per round in turn (hello world first in
each round, then `java -jar target/bcf.jar ...`, then `target/bcf ...`), after three rounds of warm-up,
so that every command sees the same load from other processes; prints one Markdown row a command with
the medians and each median's ratio to hello world's, of the wall-clock time and of the CPU time (user
and system, of the process and what it waited for: the figure to read when other builds share the
machine, as wall-clock time then also measures their load). Round-robin pairing is why this is not hyperfine,
which runs each command's runs one after another. The JDK is --jdk (default: java.home of `java` on
the PATH); the build's launcher uses its archive only with the JDK that made it. Hello world is a
`Hello.class` in --hello (default: compiled into a temporary directory by that JDK's javac).
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
TRAINING = os.path.join(HERE, "training")
TARGET = os.path.normpath(os.path.join(HERE, "..", "..", "..", "target"))  # bcf-cli builds into bcf-examples/target
NORFOLK = "../../main/resources/norfolk-data/datasets/"

# (label, arguments, files or folders to delete before each run)
COMMANDS = [
    ("`bcf --version`", ["--version"], []),
    ("`demo`", ["demo"], []),
    ("`p4p` (Norfolk CSV)", ["p4p", "--cost-per-admission", "1490", "--local-share", "16295000",
                             NORFOLK + "norfolk-2015-16/p4p.csv"], []),
    ("`risk --matrix 5x5` (2016 risks)", ["risk", "--matrix", "5x5", NORFOLK + "norfolk-2016-17/risks.csv"], []),
    ("`proportion` 65/100", ["proportion", "--numerator", "65", "--denominator", "100"], []),
    ("`rate` 108/882,569", ["rate", "--count", "108", "--population", "882569", "--multiplier", "100000"], []),
    ("`dsr` (G10 falls)", ["dsr", "falls-65-plus.csv"], []),
    ("`isr` (two bands)", ["isr", "admissions-by-age.csv"], []),
    ("`compare` 1,980 (1,789.8–2,185) vs 1,933", ["compare", "--value", "1980", "--lower", "1789.8", "--upper", "2185",
                                                "--benchmark", "1933"], []),
    ("`funnel` (eight areas)", ["funnel", "--statistic", "proportion", "--target", "92.2%", "funnel-areas.csv"], []),
    ("`delays` (two months)", ["delays", "drd.csv"], []),
    ("`profile --year 2016/17 --annual 1308 --integer`", ["profile", "--year", "2016/17", "--annual", "1308", "--integer"], []),
    ("`target --base 1377 --reduction 5%`", ["target", "--base", "1377", "--reduction", "5%"], []),
    ("`check` (7-output I&E sheet)", ["check", "income-and-expenditure.xlsx", "--map", "income-and-expenditure.properties"], []),
    ("`review` (Norfolk 2022-23)", ["review", NORFOLK + "norfolk-2022-23"], []),
    ("`init --year 2025/26`", ["init", "--year", "2025/26", "{tmp}/init"], ["{tmp}/init"]),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--jdk", default=None)
    parser.add_argument("--hello", default=None)
    parser.add_argument("--only", default=None, help="run only the commands whose label contains this")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="bcf-startup-")
    jdk = args.jdk or os.path.dirname(os.path.dirname(os.path.realpath(shutil.which("java"))))
    java = os.path.join(jdk, "bin", "java")
    hello = args.hello
    if hello is None:
        hello = os.path.join(tmp, "hello")
        os.makedirs(hello)
        with open(os.path.join(hello, "Hello.java"), "w") as f:
            f.write('public class Hello { public static void main(String[] a) { System.out.println("Hello"); } }\n')
        subprocess.run([os.path.join(jdk, "bin", "javac"), "-d", hello, os.path.join(hello, "Hello.java")], check=True)
    env = dict(os.environ, JAVA_HOME=jdk)
    for name in ("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"):
        env.pop(name, None)
    chosen = [c for c in COMMANDS if args.only is None or args.only in c[0]]
    runs = [("hello", [java, "-cp", hello, "Hello"], [])]
    for label, argv, clean in chosen:
        argv = [a.replace("{tmp}", tmp) for a in argv]
        clean = [c.replace("{tmp}", tmp) for c in clean]
        runs.append((label + " jar", [java, "-jar", os.path.join(TARGET, "bcf.jar")] + argv, clean))
        runs.append((label + " launcher", [os.path.join(TARGET, "bcf")] + argv, clean))
    times = {name: [] for name, _, _ in runs}
    cpu = {name: [] for name, _, _ in runs}
    codes = {}
    with open(os.devnull, "w") as null:
        for r in range(args.rounds + 3):
            for name, argv, clean in runs:
                for c in clean:
                    shutil.rmtree(c, ignore_errors=True)
                start = time.perf_counter()
                process = subprocess.Popen(argv, cwd=TRAINING, env=env, stdout=null, stderr=null)
                _, status, usage = os.wait4(process.pid, 0)
                process.returncode = os.waitstatus_to_exitcode(status)
                elapsed = time.perf_counter() - start
                codes.setdefault(name, set()).add(process.returncode)
                if r >= 3:
                    times[name].append(elapsed)
                    cpu[name].append(usage.ru_utime + usage.ru_stime)
    shutil.rmtree(tmp, ignore_errors=True)
    hello_ms = statistics.median(times["hello"]) * 1000
    hello_cpu = statistics.median(cpu["hello"]) * 1000
    print("JDK %s, %d rounds, load average %s" % (jdk, args.rounds, " ".join("%.2f" % l for l in os.getloadavg())))
    print("| Command | `java -jar bcf.jar` | `target/bcf` | `java -jar bcf.jar`, CPU | `target/bcf`, CPU |")
    print("|---|---|---|---|---|")
    print("| hello world (`java -cp hello Hello`) | %.0f ms | | %.0f ms | |" % (hello_ms, hello_cpu))
    for label, _, _ in chosen:
        cells = []
        for measured, hello in ((times, hello_ms), (cpu, hello_cpu)):
            for kind in ("jar", "launcher"):
                ms = statistics.median(measured[label + " " + kind]) * 1000
                cells.append("%.2f× (%.0f ms)" % (ms / hello, ms))
        exits = sorted(codes[label + " jar"] | codes[label + " launcher"])
        print("| %s | %s |%s" % (label, " | ".join(cells), "" if exits in ([0], [1]) else " exit %s" % exits))
    return 0


if __name__ == "__main__":
    sys.exit(main())

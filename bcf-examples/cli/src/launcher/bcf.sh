#!/bin/sh
# bcf: runs the openbcf command line, starting from the class-data archive the build made when the
# running JDK made it (JDK 17 to 23: a CDS archive, bcf.jsa, and bcf-short.jsa for the short commands;
# JDK 24 and later: an AOT cache, bcf.aot, and bcf-short.aot for the short commands).
# Otherwise, or when the jars have changed since, it runs without one: same output, same exit code,
# nothing more on standard error. The JDK is $JAVA_HOME/bin/java when JAVA_HOME is set, else java on
# the PATH. Made from bcf-examples/cli/src/launcher/bcf.sh by make-archive.sh; see docs/performance.md,
# "Start-up: the launcher".
# java -jar bcf.jar runs the same program from one self-contained jar.

# Every step below uses the shell's own built-ins where it can (no dirname, grep, tr or cat): each
# program the script starts costs about a millisecond, a tenth of what the launcher saves.

# parent_of PATH: sets parent to PATH's directory, as dirname prints it
parent_of() {
    case $1 in
        */*) parent=${1%/*}; [ -n "$parent" ] || parent=/ ;;
        *) parent=. ;;
    esac
}

# cd below must not look in CDPATH (nor print the directory it found there)
unset CDPATH

# the directory of this script, with symbolic links resolved (the archive records absolute paths); in
# a subshell, the one the script starts (about a millisecond), so that the working directory is never
# left, even one that has been removed or can no longer be entered
self=$0
while [ -h "$self" ]; do
    link=$(readlink "$self") || break
    case $link in
        /*) self=$link ;;
        *) parent_of "$self"; self=$parent/$link ;;
    esac
done
parent_of "$self"
dir=$(cd -P -- "$parent" && pwd -P) || exit 3

java=
if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java=$JAVA_HOME/bin/java
else
    # the first java on the PATH, as command -v finds it, without a subshell
    rest=${PATH-}:
    while [ -n "$rest" ]; do
        entry=${rest%%:*}
        rest=${rest#*:}
        if [ -f "${entry:-.}/java" ] && [ -x "${entry:-.}/java" ]; then
            java=${entry:-.}/java
            break
        fi
    done
    [ -n "$java" ] || { echo "bcf: no java on the PATH and JAVA_HOME not set" >&2; exit 3; }
fi

# the class path the archive was made with: the thin jar first, then its libraries (lib/)
classpath=
for entry in @CLASS_PATH@; do
    classpath=$classpath${classpath:+:}$dir/$entry
done

# bcf-archive.jdk names the JDK that made the archives: its first line is that JDK's release file's
# IMPLEMENTOR and JAVA_RUNTIME_VERSION lines, in its order, each followed by a space; its second line
# is that JDK's home. The archives are for that JDK only: the java found above must be its bin/java
# (the same file, -ef, through any symbolic links) and its release file must still say the same (a
# JDK updated in place is another JDK). No JVM is started to ask.
recorded=
made_by=
if [ -r "$dir/bcf-archive.jdk" ]; then
    { IFS= read -r recorded && IFS= read -r made_by; } < "$dir/bcf-archive.jdk"
fi
jdk=
if [ -n "$made_by" ] && [ "$java" -ef "$made_by/bin/java" ] && [ -r "$made_by/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        case $line in
            IMPLEMENTOR=* | JAVA_RUNTIME_VERSION=*) jdk="$jdk$line " ;;
        esac
    done < "$made_by/release"
fi

# Two archives, made by the same training run with and without the commands that load thousands of
# classes: demo, check, review and init get the full one, every other command the short one.
# JDK 24+: an AOT cache's classes are all loaded and linked at start-up, whichever the command; measured
# on JDK 25 against no cache, in hello worlds: p4p 5.8x with none, 7.9x with bcf.aot, 3.6x with
# bcf-short.aot; demo 38.8x with none, 18.1x with bcf.aot. JDK 17-23: a static archive is mapped, and
# relocated at start-up (the JVM maps it at a random address), which costs in proportion to its size:
# p4p 2.02x hello world with bcf.jsa (28 MB), 1.79x with bcf-short.jsa (19 MB), 2026-12-01, measured with
# the second parser (one parser: docs/performance.md, "Start-up").
case ${1-} in
    demo | check | review | init) aot=$dir/bcf.aot jsa=$dir/bcf.jsa ;;
    *) aot=$dir/bcf-short.aot jsa=$dir/bcf-short.jsa ;;
esac

archive=
if [ -n "$jdk" ] && [ "$jdk" = "$recorded" ]; then
    # a jar rebuilt after the archive would make the JVM refuse it: skip the archive instead
    for candidate in "$aot" "$jsa"; do
        [ -r "$candidate" ] || continue
        archive=$candidate
        for jar in "$dir"/lib/*.jar; do
            if [ "$jar" -nt "$candidate" ]; then
                archive=
            fi
        done
        break
    done
fi

# Only the first JIT tier (C1): the C2 compiler threads compete with a run that is over before their
# code pays (measured on this 2-core machine, hello worlds: demo 12.6x -> 8.5x, check of a small sheet
# 10.4x -> 6.1x, p4p on Norfolk 2.10x -> 1.93x; review of one board 7.4x -> 5.5x and of 150 boards
# 34.5x -> 20.5x, 2026-12-01). Every command runs so unless a file it is given is 1 MiB or more or it
# reads standard input: a large batch, workbook or register keeps C2's throughput.
# And C1 four times later (-XX:CompileThresholdScaling=4) for a run on no folder and no file of 16 KiB
# or more: most of a short run's code runs a few times, and compiling it costs more CPU than it saves
# (CPU time paired with a hello world, 2026-12-07: JDK 17 p4p on Norfolk -14%, rate -13%, demo -11%,
# check of a small sheet -13%, JDK 25 p4p -26%; but a p4p batch of 64 KB +5%, of 900 KB +10%, review of
# 150 boards +8%). A file that cannot be read is left to the command to report.
jit=-XX:TieredStopAtLevel=1
later=-XX:CompileThresholdScaling=4
for arg in "$@"; do
    if [ "$arg" = - ]; then
        jit=
    elif [ -d "$arg" ]; then
        later=
    elif [ -f "$arg" ] && [ -r "$arg" ]; then
        size=$(wc -c < "$arg") || size=0
        if [ "$size" -ge 1048576 ]; then
            jit=
        fi
        if [ "$size" -ge 16384 ]; then
            later=
        fi
    fi
done
[ -n "$jit" ] || later=

case $archive in
    *.aot) exec "$java" "-XX:AOTCache=$archive" -Xlog:aot*=off -Xlog:cds*=off -Xlog:class+path=off $jit $later \
        -cp "$classpath" org.openbcf.examples.cli.BcfCommand "$@" ;;
    *.jsa) exec "$java" "-XX:SharedArchiveFile=$archive" -Xlog:cds*=off -Xlog:class+path=off $jit $later \
        -cp "$classpath" org.openbcf.examples.cli.BcfCommand "$@" ;;
    *) exec "$java" $jit $later -cp "$classpath" org.openbcf.examples.cli.BcfCommand "$@" ;;
esac

#!/bin/sh
# bcf: runs the openbcf command line, starting from the class-data archive the build made when the
# running JDK made it (JDK 17 to 23: a CDS archive, bcf.jsa; JDK 24 and later: an AOT cache, bcf.aot,
# and bcf-short.aot for the short commands).
# Otherwise, or when the jars have changed since, it runs without one: same output, same exit code,
# nothing more on standard error. The JDK is $JAVA_HOME/bin/java when JAVA_HOME is set, else java on
# the PATH. Made from bcf-examples/src/launcher/bcf.sh by make-archive.sh; see README "Start-up".
# java -jar bcf.jar runs the same program from one self-contained jar.

# the directory of this script, with symbolic links resolved (the archive records absolute paths)
self=$0
while [ -h "$self" ]; do
    link=$(readlink "$self") || break
    case $link in
        /*) self=$link ;;
        *) self=$(dirname "$self")/$link ;;
    esac
done
dir=$(cd "$(dirname "$self")" && pwd -P) || exit 3

if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    java=$JAVA_HOME/bin/java
else
    java=$(command -v java) || { echo "bcf: no java on the PATH and JAVA_HOME not set" >&2; exit 3; }
fi

# the class path the archive was made with: the thin jar first, then its libraries (lib/)
classpath=
for entry in @CLASS_PATH@; do
    classpath=$classpath${classpath:+:}$dir/$entry
done

# which JDK this is, from its release file (no JVM started to ask)
home=$java
while [ -h "$home" ]; do
    link=$(readlink "$home") || break
    case $link in
        /*) home=$link ;;
        *) home=$(dirname "$home")/$link ;;
    esac
done
home=$(dirname "$(dirname "$home")")
jdk=
if [ -r "$home/release" ]; then
    jdk=$(grep -E '^(IMPLEMENTOR|JAVA_RUNTIME_VERSION)=' "$home/release" | tr -d '\r' | tr '\n' ' ')
fi

# JDK 24+: an AOT cache's classes are all loaded and linked at start-up, whichever the command, so
# the commands that load thousands of classes (demo, check, review, init) get the cache trained on
# everything, bcf.aot, and the others a cache trained on them only, bcf-short.aot. Measured on JDK 25
# against no cache, in hello worlds: p4p 5.8x with none, 7.9x with bcf.aot, 3.6x with bcf-short.aot;
# demo 38.8x with none, 18.1x with bcf.aot.
case ${1-} in
    demo | check | review | init) aot=$dir/bcf.aot ;;
    *) aot=$dir/bcf-short.aot ;;
esac

archive=
if [ -n "$jdk" ] && [ -r "$dir/bcf-archive.jdk" ] && [ "$jdk" = "$(cat "$dir/bcf-archive.jdk")" ]; then
    # a jar rebuilt after the archive would make the JVM refuse it: skip the archive instead
    for candidate in "$aot" "$dir/bcf.jsa"; do
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

# Commands whose whole run is short get only the first JIT tier (C1): on a loaded 2-core machine the
# C2 compiler threads compete with the run itself (measured: demo 12.6x -> 8.5x hello world, check of
# a small sheet 10.4x -> 6.1x). demo's input is fixed (the embedded Norfolk data); check gets it only
# when every file it is given is under 1 MiB, so a large workbook keeps C2's throughput.
jit=
case ${1-} in
    demo) jit=-XX:TieredStopAtLevel=1 ;;
    check)
        jit=-XX:TieredStopAtLevel=1
        for arg in "$@"; do
            if [ -f "$arg" ] && [ "$(wc -c < "$arg")" -ge 1048576 ]; then
                jit=
            fi
        done ;;
esac

case $archive in
    *.aot) exec "$java" "-XX:AOTCache=$archive" -Xlog:aot*=off -Xlog:cds*=off -Xlog:class+path=off $jit \
        -cp "$classpath" org.openbcf.examples.cli.BcfCommand "$@" ;;
    *.jsa) exec "$java" "-XX:SharedArchiveFile=$archive" -Xlog:cds*=off -Xlog:class+path=off $jit \
        -cp "$classpath" org.openbcf.examples.cli.BcfCommand "$@" ;;
    *) exec "$java" $jit -cp "$classpath" org.openbcf.examples.cli.BcfCommand "$@" ;;
esac

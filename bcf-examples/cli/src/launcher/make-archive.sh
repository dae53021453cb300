#!/bin/sh
# Run by the build at package (bcf-examples/pom.xml, execution "launcher-and-archive"):
#   make-archive.sh JAVA_HOME TARGET_DIR LAUNCHER_DIR THIN_JAR CLASS_PATH_FILE PICOCLI_SOURCES_JAR
# Makes TARGET_DIR/bcf (the launcher, from LAUNCHER_DIR/bcf.sh), TARGET_DIR/lib (the thin jar and its
# run-time libraries, the launcher's class path) and, from one training run of the command lines in
# LAUNCHER_DIR/training/training.txt, the class-data archive of the JDK at JAVA_HOME:
#   JDK 17 to 23: a static CDS archive, TARGET_DIR/bcf.jsa (-XX:DumpLoadedClassList, then -Xshare:dump;
#                 a static archive also holds picocli's Java 5 class files, which a dynamic one skips),
#                 and one of the short commands only, TARGET_DIR/bcf-short.jsa
#   JDK 24 and later: an AOT cache, TARGET_DIR/bcf.aot (-XX:AOTMode=record, then create), and one of
#                 the short commands only, TARGET_DIR/bcf-short.aot
# The short commands' training is the same run without the lines of demo, check, review and init (the
# launcher passes the full archive to those) and without the help lines (help builds every command's
# model and picocli's help classes, which a short command never loads).
# The training run's driver, org.openbcf.build.TrainingRun, is a build step, not part of the product:
# its source is LAUNCHER_DIR/java, compiled here into TARGET_DIR/training-classes. JDK 17-23: that
# folder is on the training run's class path after the jars, and the archive is dumped with the jars'
# class path only, the launcher's. JDK 24+: an AOT cache needs the run's class path to start with the
# training run's and refuses a folder, so the class goes into TARGET_DIR/lib/bcf-training.jar, last on
# the launcher's class path too (nothing at run time looks for a class there).
# and TARGET_DIR/bcf-archive.jdk, which names the JDK that made it (a line of its release file's
# IMPLEMENTOR and JAVA_RUNTIME_VERSION, a line of its home), so that the launcher passes the archive to
# that JDK only.
# picocli on the launcher's class path is compiled here from its published sources jar (the same
# version as its jar: PICOCLI_SOURCES_JAR) into Java 17 class files, lib/picocli-VERSION-java17.jar, in
# place of picocli's jar, whose Java 5 class files a JDK 17 to 23 verifies at every start (the old
# verifier, even from the archive) and a JDK 24 or later leaves out of its AOT cache. bcf.jar and the
# published artifacts keep picocli's own jar. The build fails unless the compiled jar holds exactly the
# named classes of picocli's jar.
set -eu

java_home=$1
target=$(cd "$2" && pwd -P)
launcher=$(cd "$3" && pwd -P)
thin=$4
class_path_file=$5
picocli_sources=$6
java=$java_home/bin/java
log=$target/bcf-archive.log

# picocli_java17 JAR: compiles the sources of picocli's JAR into TARGET_DIR/lib/picocli-VERSION-java17.jar
# and sets compiled to its name (string concatenation compiled as StringBuilder calls, as openbcf's
# own: an invokedynamic bootstrap costs tens of milliseconds on first use)
picocli_java17() {
    compiled=$(basename "$1" .jar)-java17.jar
    work=$target/picocli-java17
    rm -rf "$work"
    mkdir -p "$work/src" "$work/classes"
    (cd "$work/src" && "$java_home/bin/jar" --extract --file "$picocli_sources" \
        && "$java_home/bin/javac" -nowarn --release 17 -encoding UTF-8 -XDstringConcat=inline -d ../classes picocli/*.java)
    "$java_home/bin/jar" --create --file "$target/lib/$compiled" -C "$work/classes" .
    # the named classes (a javac numbers anonymous classes and switch maps its own way)
    "$java_home/bin/jar" --list --file "$1" | grep '\.class$' | grep -v '^META-INF/' | grep -v '\$[0-9]' \
        | sort > "$work/published.txt"
    "$java_home/bin/jar" --list --file "$target/lib/$compiled" | grep '\.class$' | grep -v '\$[0-9]' \
        | sort > "$work/compiled.txt"
    if ! cmp -s "$work/published.txt" "$work/compiled.txt"; then
        echo "make-archive.sh: $picocli_sources does not compile into the named classes of $1:" >&2
        diff "$work/published.txt" "$work/compiled.txt" >&2 || true
        exit 1
    fi
    rm -rf "$work"
}

# lib/ is the launcher's class path and nothing else (no jar of an earlier build, such as picocli's own)
rm -rf "$target/lib"
mkdir -p "$target/lib"
cp "$thin" "$target/lib/"
entries=lib/$(basename "$thin")
for jar in $(tr ':' ' ' < "$class_path_file"); do
    case $(basename "$jar") in
        picocli-[0-9]*.jar)
            [ "$(basename "$picocli_sources")" = "$(basename "$jar" .jar)-sources.jar" ] || {
                echo "make-archive.sh: $picocli_sources is not the sources of $jar" >&2
                exit 1
            }
            picocli_java17 "$jar"
            entries="$entries lib/$compiled" ;;
        *)
            cp "$jar" "$target/lib/"
            entries="$entries lib/$(basename "$jar")" ;;
    esac
done
classpath=
for entry in $entries; do
    classpath=$classpath${classpath:+:}$target/$entry
done

rm -f "$target/bcf.jsa" "$target/bcf-short.jsa" "$target/bcf.aot" "$target/bcf-short.aot" "$target/bcf-archive.jdk" "$target/bcf.classlist" "$target/bcf.aotconf" "$target/lib/bcf-training.jar"
jdk=$(grep -E '^(IMPLEMENTOR|JAVA_RUNTIME_VERSION)=' "$java_home/release" | tr '\n' ' ')
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$java_home/release")
main=org.openbcf.build.TrainingRun
training=$target/training-classes
rm -rf "$training"
"$java_home/bin/javac" -nowarn -d "$training" -cp "$classpath" "$launcher/java/org/openbcf/build/TrainingRun.java"
if [ "$major" -ge 24 ]; then
    "$java_home/bin/jar" --create --file "$target/lib/bcf-training.jar" -C "$training" .
    entries="$entries lib/bcf-training.jar"
    classpath=$classpath:$target/lib/bcf-training.jar
    training_path=$classpath
else
    training_path=$classpath:$training
fi

sed "s|@CLASS_PATH@|$entries|" "$launcher/bcf.sh" > "$target/bcf"
chmod 755 "$target/bcf"

cd "$launcher/training"
# the short commands' training: the same lines without the commands that load thousands of classes
# and without help, so that a short command maps (JDK 17-23) or loads and links (JDK 24+) at start-up
# only what it uses
short=$target/training-short.txt
grep -vE '^[0-9]+ (demo|check|review|init)( |$)' training.txt | grep -vE '(^[0-9]+ help( |$)| --help( |$)| -h( |$))' > "$short"

# archive TRAINING_FILE ARCHIVE: trains on the lines of TRAINING_FILE and writes ARCHIVE
archive() {
    if [ "$major" -ge 24 ]; then
        "$java" -XX:AOTMode=record "-XX:AOTConfiguration=$target/bcf.aotconf" -cp "$training_path" $main "$1" >> "$log" 2>&1 \
            && "$java" -XX:AOTMode=create "-XX:AOTConfiguration=$target/bcf.aotconf" "-XX:AOTCache=$2" \
                -cp "$classpath" >> "$log" 2>&1
    else
        "$java" "-XX:DumpLoadedClassList=$target/bcf.classlist" -cp "$training_path" $main "$1" >> "$log" 2>&1 \
            && "$java" -Xshare:dump "-XX:SharedClassListFile=$target/bcf.classlist" "-XX:SharedArchiveFile=$2" \
                -cp "$classpath" >> "$log" 2>&1
    fi
}
if [ "$major" -ge 24 ]; then
    full=$target/bcf.aot
    brief=$target/bcf-short.aot
else
    full=$target/bcf.jsa
    brief=$target/bcf-short.jsa
fi
: > "$log"
if ! archive training.txt "$full" || ! archive "$short" "$brief"; then
    cat "$log" >&2
    exit 1
fi
rm -rf "$target/bcf.aotconf" "$target/bcf.classlist" "$short" "$training"
printf '%s\n%s\n' "$jdk" "$(cd "$java_home" && pwd -P)" > "$target/bcf-archive.jdk"

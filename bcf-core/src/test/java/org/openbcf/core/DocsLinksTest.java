package org.openbcf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No relative link in README.md or the manual in docs/ is dead: every Markdown link
 * {@code [text](target)}, reference definition {@code [id]: target} and HTML {@code href}/{@code src}
 * that is not an address with a scheme ({@code https:}, {@code mailto:}, ...) names a file or folder
 * inside the repository, and a {@code #fragment} on a Markdown file names one of its headings by its
 * GitHub anchor. Links inside code (fenced blocks and inline code) are not links. The checker is tested
 * on folders of its own with a dead file, a dead anchor and a link out of the repository.
 */
class DocsLinksTest {

    @Test
    void theReadmeAndTheManualHaveNoDeadRelativeLink() {
        Path root = DocsLinks.repositoryRoot(Path.of("").toAbsolutePath());
        assertThat(DocsLinks.documents(root)).as("README.md and docs/*.md").hasSizeGreaterThan(1);
        assertThat(DocsLinks.deadLinks(root)).as("dead relative links in README.md and docs/").isEmpty();
    }

    @Test
    void theRootIsFoundFromAFolderBelowIt(@TempDir Path dir) throws IOException {
        Path root = repository(dir, "# Project\n");
        Path module = Files.createDirectories(root.resolve("bcf-core/src"));
        assertThat(DocsLinks.repositoryRoot(module)).isEqualTo(root);
        assertThatThrownBy(() -> DocsLinks.repositoryRoot(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("README.md").hasMessageContaining("docs");
    }

    @Test
    void liveLinksExternalAddressesAndCodePass(@TempDir Path dir) throws IOException {
        Path root = repository(dir, """
                # Project

                ## Quick start

                See [the guide](docs/guide.md), [its second part](docs/guide.md#part-two-the-end),
                [the folder](docs/), [above](#quick-start), [a title](docs/guide.md "The guide") and
                <a href="docs/guide.md#the-launcher-targetbcf">the launcher</a>.
                [External](https://example.org/no/such/page), [mail](mailto:someone@example.org).
                Code is not a link: `[x](missing.md)` and ``[y](gone.md#nowhere)``.

                ```md
                [z](missing.md)
                ```

                [ref]: docs/guide.md#part-two-the-end
                """);
        Files.writeString(root.resolve("docs/guide.md"), """
                # Guide

                ## Part two: the end

                ### The launcher `target/bcf`
                """, StandardCharsets.UTF_8);
        assertThat(DocsLinks.deadLinks(root)).isEmpty();
    }

    @Test
    void aLinkToAMissingFileIsDead(@TempDir Path dir) throws IOException {
        Path root = repository(dir, "# Project\n\nSee [the guide](docs/missing.md).\n");
        assertThat(DocsLinks.deadLinks(root)).containsExactly("README.md line 3: docs/missing.md: no such file");
    }

    @Test
    void aLinkToAMissingHeadingIsDead(@TempDir Path dir) throws IOException {
        Path root = repository(dir, "# Project\n");
        Files.writeString(root.resolve("docs/guide.md"), """
                # Guide

                ## Install

                Read [the install section](#install), then [the next one](#configure).
                """, StandardCharsets.UTF_8);
        Files.writeString(root.resolve("docs/other.md"), "# Other\n\n[back](guide.md#instal)\n", StandardCharsets.UTF_8);
        assertThat(DocsLinks.deadLinks(root)).containsExactly(
                "docs/guide.md line 5: #configure: no heading with the anchor 'configure' in docs/guide.md",
                "docs/other.md line 3: guide.md#instal: no heading with the anchor 'instal' in docs/guide.md");
    }

    @Test
    void aLinkOutOfTheRepositoryAndADeadHrefAreDead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("spec.md"), "# Spec\n", StandardCharsets.UTF_8);
        Path root = repository(dir, """
                # Project

                The rules are in [the spec](../spec.md).
                <a href="docs/gone.md">gone</a>
                """);
        assertThat(DocsLinks.deadLinks(root)).containsExactly(
                "README.md line 3: ../spec.md: leaves the repository",
                "README.md line 4: docs/gone.md: no such file");
    }

    @Test
    void anchorsAreGitHubSlugs() {
        assertThat(DocsLinks.slug("Start-up: the launcher `target/bcf` and its class-data archives"))
                .isEqualTo("start-up-the-launcher-targetbcf-and-its-class-data-archives");
        assertThat(DocsLinks.slug("Any board's data: the BCF dataset, `bcf init` and `bcf review`"))
                .isEqualTo("any-boards-data-the-bcf-dataset-bcf-init-and-bcf-review");
        assertThat(DocsLinks.slug("`rate`, `proportion` and `dsr`: a statistic cell with its limits"))
                .isEqualTo("rate-proportion-and-dsr-a-statistic-cell-with-its-limits");
        assertThat(DocsLinks.slug("Money, time and findings (bcf-core)")).isEqualTo("money-time-and-findings-bcf-core");
        assertThat(DocsLinks.slug("2017/18 – 2018/19 × [link](x.md)")).isEqualTo("201718--201819--link");
        assertThat(DocsLinks.anchors("# A\n## Notes\n```\n## Not a heading\n```\n### Notes\n#### Notes ##\n"))
                .containsExactly("a", "notes", "notes-1", "notes-2");
    }

    private static Path repository(Path dir, String readme) throws IOException {
        Path root = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("README.md"), readme, StandardCharsets.UTF_8);
        return root;
    }

    /** The checker: finds the documents, their links and their headings' anchors. */
    static final class DocsLinks {

        private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+)");
        private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
        private static final Pattern INLINE = Pattern.compile("\\]\\(\\s*(<[^>]*>|[^\\s)]+)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
        private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+)");
        private static final Pattern HTML = Pattern.compile("<(?:a|img)\\s[^>]*?(?:href|src)\\s*=\\s*[\"']([^\"']*)[\"']",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
        private static final Pattern SCHEME = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*:|//)");

        private DocsLinks() {
        }

        /** The nearest folder at or above {@code start} that holds README.md and a docs folder. */
        static Path repositoryRoot(Path start) {
            for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))) {
                    return dir;
                }
            }
            throw new IllegalStateException("no folder holding README.md and docs/ at or above " + start);
        }

        /** README.md and every Markdown file under docs/, in a stable order. */
        static List<Path> documents(Path root) {
            List<Path> documents = new ArrayList<>();
            documents.add(root.resolve("README.md"));
            try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
                files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return documents;
        }

        /** One line per dead link: {@code FILE line N: TARGET: why}, FILE relative to the root. */
        static List<String> deadLinks(Path root) {
            Path top = root.toAbsolutePath().normalize();
            Map<Path, Set<String>> anchorsByFile = new HashMap<>();
            List<String> dead = new ArrayList<>();
            for (Path document : documents(top)) {
                String name = top.relativize(document).toString().replace('\\', '/');
                List<String> lines = read(document).lines().toList();
                boolean fenced = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (FENCE.matcher(line).find()) {
                        fenced = !fenced;
                        continue;
                    }
                    if (fenced) {
                        continue;
                    }
                    for (String target : targets(line)) {
                        String why = problem(top, document, target, anchorsByFile);
                        if (why != null) {
                            dead.add(name + " line " + (i + 1) + ": " + target + ": " + why);
                        }
                    }
                }
            }
            return dead;
        }

        /** The relative link targets of one line outside a fenced block, code spans left out. */
        static List<String> targets(String line) {
            Matcher code = CODE_SPAN.matcher(line);
            StringBuilder text = new StringBuilder();
            while (code.find()) {
                code.appendReplacement(text, "x".repeat(code.group().length()));
            }
            code.appendTail(text);
            List<String> targets = new ArrayList<>();
            for (Pattern pattern : List.of(INLINE, REFERENCE, HTML)) {
                Matcher link = pattern.matcher(text);
                while (link.find()) {
                    String target = link.group(1).strip();
                    if (target.startsWith("<") && target.endsWith(">")) {
                        target = target.substring(1, target.length() - 1);
                    }
                    if (!target.isEmpty() && !SCHEME.matcher(target).find()) {
                        targets.add(target);
                    }
                }
            }
            return targets;
        }

        private static String problem(Path root, Path document, String target, Map<Path, Set<String>> anchorsByFile) {
            int hash = target.indexOf('#');
            String path = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
            String fragment = hash < 0 ? "" : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
            Path file = path.isEmpty() ? document : document.getParent().resolve(path).normalize();
            if (!file.startsWith(root)) {
                return "leaves the repository";
            }
            if (!Files.exists(file)) {
                return "no such file";
            }
            if (fragment.isEmpty() || !file.toString().endsWith(".md")) {
                return null;
            }
            Set<String> anchors = anchorsByFile.computeIfAbsent(file, f -> anchors(read(f)));
            return anchors.contains(fragment) ? null
                    : "no heading with the anchor '" + fragment + "' in " + root.relativize(file).toString().replace('\\', '/');
        }

        /** The GitHub anchors of a Markdown text's headings, in order; a repeated slug gets -1, -2, ... */
        static Set<String> anchors(String markdown) {
            Set<String> anchors = new LinkedHashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            boolean fenced = false;
            for (String line : markdown.lines().toList()) {
                if (FENCE.matcher(line).find()) {
                    fenced = !fenced;
                    continue;
                }
                Matcher heading = HEADING.matcher(line);
                if (fenced || !heading.matches()) {
                    continue;
                }
                String slug = slug(heading.group(1) == null ? "" : heading.group(1));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
            return anchors;
        }

        /**
         * A heading's anchor as GitHub makes it: the text as shown (links by their text, no markup),
         * lower case, every character but letters, marks, digits, {@code _}, {@code -} and spaces
         * dropped, spaces turned into hyphens.
         */
        static String slug(String heading) {
            String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "")
                    .strip().toLowerCase(Locale.ROOT);
            StringBuilder slug = new StringBuilder();
            text.codePoints().forEach(c -> {
                int type = Character.getType(c);
                if (Character.isLetterOrDigit(c) || c == '_' || c == '-'
                        || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                    slug.appendCodePoint(c);
                } else if (c == ' ') {
                    slug.append('-');
                }
            });
            return slug.toString();
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

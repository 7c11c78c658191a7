package dev.statuskit.it.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of README.md and of the guides under docs/ leads somewhere: to a file that exists and, for
 * an {@code #anchor} into a markdown file, to one of its headings (named as GitHub names them).
 */
class DocumentLinksTest {
    static final Path ROOT = Paths.get("..");
    static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    /** README.md and docs/*.md, by their paths from the repository's root. */
    static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>();
        documents.add(ROOT.resolve("README.md"));
        try (Stream<Path> guides = Files.list(ROOT.resolve("docs"))) {
            guides.filter(path -> path.getFileName().toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** The text outside fenced code blocks and code spans, where a link is a link. */
    static String prose(String markdown) {
        StringBuilder prose = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                prose.append(line.replaceAll("`[^`]*`", "")).append('\n');
            }
        }
        return prose.toString();
    }

    /** The link targets of a markdown text, in order. */
    static List<String> links(String markdown) {
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(prose(markdown));
        while (link.find()) {
            links.add(link.group(1));
        }
        return links;
    }

    /** The anchors GitHub gives the headings of a markdown text: lower case, punctuation dropped, spaces as hyphens. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && line.matches("#{1,6} .*")) {
                String slug = line.replaceFirst("#+ ", "").strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "").replace(' ', '-');
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
        }
        return anchors;
    }

    /** The links of a document that lead nowhere, each with the reason. */
    static List<String> deadLinks(Path document, String markdown) throws IOException {
        List<String> dead = new ArrayList<>();
        for (String link : links(markdown)) {
            if (SCHEME.matcher(link).matches()) {
                continue;
            }
            int hash = link.indexOf('#');
            String file = hash < 0 ? link : link.substring(0, hash);
            String anchor = hash < 0 ? "" : link.substring(hash + 1);
            Path target = file.isEmpty() ? document : document.resolveSibling(file).normalize();
            if (!Files.exists(target)) {
                dead.add(link + ": no file " + target);
            } else if (!anchor.isEmpty() && target.toString().endsWith(".md")
                    && !anchors(file.isEmpty() ? markdown : Files.readString(target, StandardCharsets.UTF_8)).contains(anchor)) {
                dead.add(link + ": no heading #" + anchor + " in " + target);
            }
        }
        return dead;
    }

    @Test
    void everyRelativeLinkOfTheReadmeAndTheGuidesLeadsToAFileAndAHeading() throws IOException {
        List<Path> documents = documents();
        assertThat(documents).as("README.md and the guides").hasSizeGreaterThan(5);
        int checked = 0;
        for (Path document : documents) {
            String markdown = Files.readString(document, StandardCharsets.UTF_8);
            checked += links(markdown).size();
            assertThat(deadLinks(document, markdown)).as("dead links in %s", document).isEmpty();
        }
        assertThat(checked).as("links checked").isGreaterThan(10);
    }

    @Test
    void theReadmeLinksToEveryGuide() throws IOException {
        List<String> links = links(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
        for (Path guide : documents().subList(1, documents().size())) {
            assertThat(links).as("README.md links to %s", guide).contains("docs/" + guide.getFileName());
        }
    }

    @Test
    void aMissingFileAndAMissingHeadingAreFound() throws IOException {
        String markdown = """
                # A heading, with `code`

                ## A heading, with code

                [ok](#a-heading-with-code) [ok too](#a-heading-with-code-1) [no](#no-such-heading)
                ![ok](docs/explorer-zh-CN.png) [gone](docs/gone.md) [no heading](docs/http.md#nowhere)
                [ok](docs/http.md#problem-types) [web](https://example.com/x) `[in code](nowhere.md)`

                ```java
                [in a block](nowhere.md)
                ```
                """;

        assertThat(deadLinks(ROOT.resolve("README.md"), markdown)).containsExactly(
                "#no-such-heading: no heading #no-such-heading in " + ROOT.resolve("README.md"),
                "docs/gone.md: no file " + ROOT.resolve("docs/gone.md").normalize(),
                "docs/http.md#nowhere: no heading #nowhere in " + ROOT.resolve("docs/http.md").normalize());
    }
}

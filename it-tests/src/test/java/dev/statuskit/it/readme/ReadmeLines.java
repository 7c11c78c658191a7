package dev.statuskit.it.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the first java block of a section of the documentation (README.md, the front door, or a guide under
 * docs/) shows lines of a test's source, line for line.
 */
public final class ReadmeLines {
    /** The front door: the demo, the modules, and the short "Use it" section. */
    public static final String README = "README.md";
    /** The HTTP guide: filter, feature, options, container modules, responder, problem types, validation, RESTEasy. */
    public static final String HTTP_GUIDE = "docs/http.md";
    /** The Micrometer guide. */
    public static final String METRICS_GUIDE = "docs/metrics.md";

    private ReadmeLines() {
    }

    /** The source of a test, by its path under {@code dev/statuskit/it/}. */
    public static String source(String path) throws IOException {
        return Files.readString(Paths.get("src/test/java/dev/statuskit/it/" + path), StandardCharsets.UTF_8);
    }

    /** A documentation file, by its path from the repository's root (such as {@link #README}). */
    public static String document(String file) throws IOException {
        return Files.readString(Paths.get("..", file), StandardCharsets.UTF_8);
    }

    /**
     * The section of a documentation file that starts with this heading line (such as {@code "## Problem types"}):
     * from the heading to the next heading of the same or a higher level, outside code blocks.
     */
    public static String section(String file, String heading) throws IOException {
        String document = document(file);
        String[] lines = document.split("\n", -1);
        int level = heading.indexOf(' ');
        assertThat(level).as("a heading: %s", heading).isPositive();
        assertThat(heading.substring(0, level)).as("a heading: %s", heading).matches("#+");
        StringBuilder section = null;
        boolean fenced = false;
        for (String line : lines) {
            boolean headingLine = !fenced && line.startsWith("#");
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            if (section == null) {
                if (headingLine && line.equals(heading)) {
                    section = new StringBuilder();
                }
            } else if (headingLine && line.matches("#{1," + level + "} .*")) {
                break;
            }
            if (section != null) {
                section.append(line).append('\n');
            }
        }
        assertThat(section).as("the section %s of %s", heading, file).isNotNull();
        return section.toString();
    }

    /** The non-blank lines, stripped, of the first java block of a section. */
    public static List<String> firstJavaBlock(String file, String heading) throws IOException {
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(section(file, heading));
        assertThat(block.find()).as("a java block in %s of %s", heading, file).isTrue();
        List<String> lines = new ArrayList<>();
        for (String line : block.group(1).split("\\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /**
     * Asserts that the section's first java block has more than {@code atLeast} non-blank lines, each of them
     * (stripped) in the source.
     */
    public static void assertShown(String file, String heading, String source, int atLeast) throws IOException {
        List<String> lines = firstJavaBlock(file, heading);
        assertThat(lines).as("the java block of %s in %s", heading, file).hasSizeGreaterThan(atLeast);
        for (String line : lines) {
            assertThat(source).as("%s line %s", file, line).contains(line);
        }
    }
}

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

/** Checks that the first java block of a README section shows lines of a test's source, line for line. */
public final class ReadmeLines {
    private ReadmeLines() {
    }

    /** The source of a test, by its path under {@code dev/statuskit/it/}. */
    public static String source(String path) throws IOException {
        return Files.readString(Paths.get("src/test/java/dev/statuskit/it/" + path), StandardCharsets.UTF_8);
    }

    /**
     * Asserts that the section's first java block has more than {@code atLeast} non-blank lines, each of them
     * (stripped) in the source.
     */
    public static void assertShown(String heading, String source, int atLeast) throws IOException {
        String readme = Files.readString(Paths.get("..", "README.md"), StandardCharsets.UTF_8);
        int at = readme.indexOf(heading + "\n");
        assertThat(at).as("the README section %s", heading).isNotNegative();
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(at));
        assertThat(block.find()).as("the first java block of %s", heading).isTrue();
        List<String> lines = new ArrayList<>();
        for (String line : block.group(1).split("\\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        assertThat(lines).hasSizeGreaterThan(atLeast);
        for (String line : lines) {
            assertThat(source).as("README line %s", line).contains(line);
        }
    }
}

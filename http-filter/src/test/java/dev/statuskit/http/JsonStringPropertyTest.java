package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Map;
import dev.statuskit.testing.Gen;
import dev.statuskit.testing.RandomCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every string survives problem+json: written by StatusKit, read back by Parsson, unchanged. */
class JsonStringPropertyTest {

    private static final Gen<String> PIECES = Gen.of("\"", "\\", "/", "\u2028", "\u2029", "\uD83D\uDE00", "\uD800",
            "\uDBFF", "\uDC00", "\uDFFF", "\u0000", "\u0001", "\n", "\r", "\t", "\u001F", "\u007F", "a", "é", "中", "\uFFFF",
            "\uFEFF").joined("", 12);
    private static final Gen<String> SURROGATES = Gen.oneOf(Gen.charRange('\uD800', '\uDFFF', 10),
            Gen.chars("x\"\uD800\uDBFF\uDC00\uDFFF\uD83D\uDE00", 10));
    private static final Gen<String> AWKWARD = Gen.oneOf(PIECES, Gen.anyUtf16(40), SURROGATES);

    @Test
    void everyStringRoundTripsThroughAJsonParser() {
        RandomCases.check(2000, AWKWARD, JsonStringPropertyTest::roundTrips);
    }

    /** The edge cases that random search and shrinking found, pinned as cases of their own. */
    @ParameterizedTest
    @ValueSource(strings = {"", "\uD800", "\uDC00", "\uDFFF\uD800", "\uD83D", "x\uDE00", "\u2028", "\u2029", "\u2028\u2029",
            "\u0000", "\u007F", "\\u2028", "</script>", "\uFEFF"})
    void edgeCasesRoundTrip(String s) throws CharacterCodingException {
        roundTrips(s);
    }

    private static void roundTrips(String s) throws CharacterCodingException {
        Problem problem = Problem.builder().status(400).title(s).detail(s)
                .with("values", List.of(s, List.of(s))).with("byKey", Map.of("key", s)).build();

        byte[] bytes = JsonRendererTest.render(problem);
        JsonRendererTest.strictUtf8(bytes); // valid UTF-8, or this throws
        JsonObject json = JsonRendererTest.parse(bytes);

        // A lone surrogate cannot be encoded in UTF-8; the renderer escapes it, and a parser reads back the same unit.
        assertThat(json.getString("title")).isEqualTo(s);
        assertThat(json.getString("detail").toCharArray()).containsExactly(s.toCharArray());
        assertThat(json.getJsonArray("values").getString(0)).isEqualTo(s);
        assertThat(json.getJsonArray("values").getJsonArray(1).getString(0)).isEqualTo(s);
        assertThat(json.getJsonObject("byKey").getString("key")).isEqualTo(s);
    }
}

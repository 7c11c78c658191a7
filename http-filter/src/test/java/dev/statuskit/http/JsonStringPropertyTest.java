package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every string survives problem+json: written by StatusKit, read back by Parsson, unchanged. */
class JsonStringPropertyTest {

    @Property(tries = 2000)
    void everyStringRoundTripsThroughAJsonParser(@ForAll("awkwardStrings") String s) throws CharacterCodingException {
        Problem problem = Problem.builder().status(400).title(s).detail(s)
                .with("values", List.of(s, List.of(s))).with("byKey", Map.of("key", s)).build();

        byte[] bytes = JsonRendererTest.render(problem);
        JsonRendererTest.strictUtf8(bytes); // valid UTF-8, or this throws
        JsonObject json = JsonRendererTest.parse(bytes);

        assertThat(json.getString("title")).isEqualTo(s);
        assertThat(json.getString("detail").toCharArray()).containsExactly(s.toCharArray());
        assertThat(json.getJsonArray("values").getString(0)).isEqualTo(s);
        assertThat(json.getJsonArray("values").getJsonArray(1).getString(0)).isEqualTo(s);
        assertThat(json.getJsonObject("byKey").getString("key")).isEqualTo(s);
    }

    @Provide
    Arbitrary<String> awkwardStrings() {
        Arbitrary<String> pieces = Arbitraries.of("\"", "\\", "/", "\u2028", "\u2029", "\uD83D\uDE00", "\uD800", "\uDBFF",
                "\uDC00", "\uDFFF", "\u0000", "\u0001", "\n", "\r", "\t", "\u001F", "\u007F", "a", "é", "中", "\uFFFF", "\uFEFF")
                .list().ofMaxSize(12).map(list -> String.join("", list));
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> surrogates = Arbitraries.strings().withCharRange('\uD800', '\uDFFF').withChars('x', '"')
                .ofMaxLength(10);
        return Arbitraries.oneOf(pieces, anyChars, surrogates);
    }
}

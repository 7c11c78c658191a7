package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An answer's headers are made once per format and language, in the documented order, and the table is bounded. */
class AnswerHeadersTest {

    @ParameterizedTest
    @EnumSource(ProblemFormat.class)
    void theHeadersOfAFormatAndLanguageAreTheDocumentedFiveInOrderAndUnmodifiable(ProblemFormat format) {
        Map<String, String> headers = new AnswerHeaders().of(format, Locale.forLanguageTag("zh-CN"));

        assertThat(List.copyOf(headers.entrySet())).containsExactly(
                Map.entry("Content-Type", format.contentType()),
                Map.entry("Content-Language", "zh-CN"),
                Map.entry("Vary", "Accept, Accept-Language"),
                Map.entry("Cache-Control", "no-store"),
                Map.entry("X-Content-Type-Options", "nosniff"));
        assertThatThrownBy(() -> headers.put("Vary", "*")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void answersOfOneFormatAndLanguageShareOneMapAndOthersGetTheirOwn() {
        AnswerHeaders headers = new AnswerHeaders();
        Map<String, String> first = headers.of(ProblemFormat.JSON, Locale.GERMAN);

        assertThat(headers.of(ProblemFormat.JSON, Locale.forLanguageTag("de"))).isSameAs(first);
        assertThat(headers.of(ProblemFormat.XML, Locale.GERMAN)).isNotSameAs(first)
                .containsEntry("Content-Type", "application/problem+xml;charset=utf-8");
        assertThat(headers.of(ProblemFormat.JSON, Locale.FRENCH)).containsEntry("Content-Language", "fr");
        assertThat(headers.keptCount()).isEqualTo(3);
    }

    @Test
    void pastTheBoundEachAnswerStillGetsItsOwnCorrectHeadersAndNothingMoreIsKept() {
        AnswerHeaders headers = new AnswerHeaders();
        for (int i = 0; i < AnswerHeaders.MAX_LANGUAGES; i++) {
            headers.of(ProblemFormat.JSON, Locale.forLanguageTag("x-lang" + i));
        }
        assertThat(headers.keptCount()).isEqualTo(AnswerHeaders.MAX_LANGUAGES);

        Locale late = Locale.forLanguageTag("pt-BR");
        Map<String, String> first = headers.of(ProblemFormat.JSON, late);
        Map<String, String> second = headers.of(ProblemFormat.JSON, late);

        assertThat(first).isEqualTo(second).isNotSameAs(second).containsEntry("Content-Language", "pt-BR");
        assertThat(headers.keptCount()).isEqualTo(AnswerHeaders.MAX_LANGUAGES);
        // Another format has a bound of its own.
        assertThat(headers.of(ProblemFormat.HTML, late)).isSameAs(headers.of(ProblemFormat.HTML, late));
    }

    @Test
    void aResponderGivesTwoAnswersInOneFormatAndLanguageTheSameHeadersAndNoneToA204() {
        ProblemResponder responder = ProblemResponder.builder().build();
        RequestInfo request = new RequestInfo("GET", "/x", ProblemFormat.JSON.mediaType(), "ko");

        ErrorAnswer first = responder.answer(404, null, null, request).orElseThrow();
        ErrorAnswer second = responder.answer(409, null, null, request).orElseThrow();

        assertThat(second.headers()).isSameAs(first.headers()).containsEntry("Content-Language", "ko");
        assertThat(responder.answer(204, null, null, request).orElseThrow().headers()).isEmpty();
    }
}

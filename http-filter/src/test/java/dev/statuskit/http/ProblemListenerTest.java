package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testing.LogCapture;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

class ProblemListenerTest {

    @Test
    void everyListenerIsToldOfEveryAnswerInOrderWithTheAnswerAndTheRequest() {
        List<String> seen = new CopyOnWriteArrayList<>();
        ProblemResponder responder = ProblemResponder.builder()
                .listener(((ProblemListener) (answer, request) -> seen.add("first " + answer.status() + " "
                        + answer.format() + " " + answer.locale().toLanguageTag() + " " + request.path()))
                        .andThen((answer, request) -> seen.add("second " + answer.status())))
                .build();

        responder.answer(404, null, null, new RequestInfo("GET", "/a", "text/html", "ja"));
        responder.answer(503, null, null, new RequestInfo("HEAD", "/b", null, "de"));

        assertThat(seen).containsExactly("first 404 HTML ja /a", "second 404", "first 503 JSON de /b", "second 503");
    }

    @Test
    void aListenerThatThrowsIsLoggedAndTheAnswerGoesOutAllTheSame() {
        ProblemResponder responder = ProblemResponder.builder()
                .listener((answer, request) -> {
                    throw new IllegalStateException("metrics backend down");
                }).build();
        try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
            ErrorAnswer answer = responder.answer(404, null, null, new RequestInfo("GET", "/c", null, "fr")).orElseThrow();

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.locale()).isEqualTo(Locale.FRENCH);
            assertThat(log.at(Level.WARNING)).singleElement()
                    .satisfies(r -> assertThat(r.getThrown()).hasMessage("metrics backend down"));
        }
    }

    @Test
    void noListenerIsTheDefault() {
        assertThat(ProblemResponder.builder().build().listener()).isSameAs(ProblemListener.none());
    }
}

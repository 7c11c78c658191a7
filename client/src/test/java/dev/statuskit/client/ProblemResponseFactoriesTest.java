package dev.statuskit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.statuskit.http.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two public steps of every adapter: which response is a problem, and the exception it becomes. */
class ProblemResponseFactoriesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "400, application/problem+json, true",
        "599, application/problem+xml; charset=utf-8, true",
        "404, APPLICATION/PROBLEM+JSON, true",
        "399, application/problem+json, false",
        "600, application/problem+json, false",
        "200, application/problem+json, false",
        "404, application/json, false",
        "404, NULL, false",
    })
    void onlyAnErrorWithAProblemContentTypeIsAProblemResponse(int status, String contentType, boolean problem) {
        assertThat(ProblemReader.forResponse(status, contentType).isPresent()).isEqualTo(problem);
        if (problem) {
            assertThat(ProblemReader.forResponse(status, contentType)).isEqualTo(ProblemReader.forContentType(contentType));
        }
    }

    @Test
    void aReadableBodyGivesItsProblemTheResponseStatusAndRetryAfter() {
        ProblemResponseException e = ProblemResponseException.fromResponse(ProblemReader.json(), 503,
                utf8("{\"title\":\"Busy\",\"status\":503}"), " 120 ");

        assertThat(e.status()).isEqualTo(503);
        assertThat(e.problem()).isEqualTo(Problem.builder().status(503).title("Busy").build());
        assertThat(e.retryAfter()).contains(RetryAfter.ofDelay(Duration.ofSeconds(120)));
        assertThat(e.getCause()).isNull();
        assertThat(e).hasMessage("HTTP 503 Busy");
    }

    @Test
    void anUnreadableBodyGivesAStatusOnlyProblemWithTheParseErrorAsCause() {
        ProblemResponseException e = ProblemResponseException.fromResponse(ProblemReader.xml(), 500,
                utf8("<problem xmlns=\"urn:ietf:rfc:7807\"><title>Cut"), "soon");

        assertThat(e.problem()).isEqualTo(Problem.builder().status(500).build());
        assertThat(e.getCause()).isInstanceOf(ProblemParseException.class);
        assertThat(e.retryAfter()).as("'soon' is no Retry-After").isEmpty();
    }

    @Test
    void aBodyOverTheLimitIsUnreadableAsTheJdkHandlerCutsItOff() {
        byte[] huge = new byte[ProblemReader.MAX_BYTES + 1];

        ProblemResponseException read = ProblemResponseException.fromResponse(ProblemReader.json(), 502, huge, null);
        ProblemResponseException cut = ProblemResponseException.tooLarge(502, null);

        assertThat(read.getCause()).isInstanceOf(ProblemParseException.class)
                .hasMessage("A problem document of more than 1048576 bytes is not read (the limit) at offset 1048576")
                .hasMessage(cut.getCause().getMessage());
        assertThat(read.problem()).isEqualTo(cut.problem());
    }

    @Test
    void aStatusNoResponseHasIsRefused() {
        assertThatThrownBy(() -> ProblemResponseException.fromResponse(ProblemReader.json(), 99, utf8("{}"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aParseErrorKeepsTheRuleTheOffsetAndWhereTheParserFoundIt() {
        ProblemParseException e = catchThrowableOfType(ProblemParseException.class,
                () -> ProblemReader.json().read(utf8("{\"title\" 1}"), 400));

        assertThat(e.rule()).isEqualTo("Expected ':' after member name \"title\", found '1'");
        assertThat(e.offset()).isEqualTo(9);
        assertThat(e).hasMessage("Expected ':' after member name \"title\", found '1' at offset 9");
        assertThat(e.getStackTrace()[0].getClassName()).isEqualTo("dev.statuskit.client.internal.JsonParser");
    }
}

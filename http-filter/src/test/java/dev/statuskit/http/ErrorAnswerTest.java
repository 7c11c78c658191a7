package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An answer as every adapter applies it: its body, its headers, and which application headers survive. */
class ErrorAnswerTest {
    private static final ProblemResponder RESPONDER = ProblemResponder.builder().build();

    private static ErrorAnswer answer(String method, int status, ProblemFormat format) {
        return RESPONDER.answer(status, null, null, new RequestInfo(method, "/x", format.mediaType(), "en")).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(ProblemFormat.class)
    void givesEqualBytesOnEachCallAndAFreshCopyEachTime(ProblemFormat format) {
        ErrorAnswer answer = answer("GET", 404, format);

        byte[] first = answer.body();
        byte[] second = answer.body();
        assertThat(first).isEqualTo(second).isNotSameAs(second).isNotEmpty();

        byte[] original = first.clone();
        first[0] = (byte) ~first[0];
        first[first.length - 1] = 0;
        assertThat(answer.body()).isEqualTo(original);
    }

    @ParameterizedTest
    @EnumSource(ProblemFormat.class)
    void measuresTheBodyForContentLengthAndWritesTheSameBytes(ProblemFormat format) throws Exception {
        ErrorAnswer answer = answer("GET", 503, format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        answer.writeBody(out);

        assertThat(answer.bodyLength()).isEqualTo(answer.body().length).isEqualTo(out.size()).isPositive();
        assertThat(out.toByteArray()).isEqualTo(answer.body());
        assertThat(new String(answer.body(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(answer.body());
    }

    @Test
    void leavesTheStreamItWritesToOpen() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        answer("GET", 404, ProblemFormat.TEXT).writeBody(out);

        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isPositive();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"HEAD, 404", "HEAD, 500", "HEAD, 204", "GET, 204", "GET, 304", "POST, 304", "GET, 100", "GET, 103"})
    void hasNoBodyForHeadRequestsAnd1xx204And304(String method, int status) throws Exception {
        ErrorAnswer answer = answer(method, status, ProblemFormat.HTML);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        answer.writeBody(out);

        assertThat(answer.hasBody()).isFalse();
        assertThat(answer.body()).isEmpty();
        assertThat(answer.bodyLength()).isZero();
        assertThat(out.size()).isZero();
        assertThat(answer.status()).isEqualTo(status);
    }

    @Test
    void givesAHeadAnswerTheHeadersOfTheBodyItWouldHaveHad() {
        ErrorAnswer head = answer("HEAD", 404, ProblemFormat.XML);

        assertThat(head.headers()).isEqualTo(answer("GET", 404, ProblemFormat.XML).headers());
        assertThat(head.headers()).containsEntry("Content-Type", "application/problem+xml;charset=utf-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"head", "Head", "hEAD"})
    void takesAMethodNamedHeadInAnotherCaseForTheOtherMethodItIsAndGivesItItsBody(String method) {
        ErrorAnswer answer = answer(method, 405, ProblemFormat.JSON);

        assertThat(answer.hasBody()).isTrue();
        assertThat(answer.contentLength()).hasValue(answer.bodyLength());
        assertThat(answer.bodyLength()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(ProblemFormat.class)
    void givesAHeadAnswerTheContentLengthOfTheBodyAGetGets(ProblemFormat format) {
        ErrorAnswer get = answer("GET", 404, format);
        ErrorAnswer head = answer("HEAD", 404, format);

        assertThat(get.contentLength()).hasValue(get.bodyLength());
        assertThat(head.contentLength()).hasValue(get.bodyLength());
        assertThat(head.bodyLength()).isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"GET, 100", "GET, 103", "GET, 204", "HEAD, 204", "GET, 304", "HEAD, 304"})
    void givesNoContentLengthToAStatusThatCannotCarryContent(String method, int status) {
        assertThat(answer(method, status, ProblemFormat.JSON).contentLength()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 204, 304})
    void setsNoHeadersForAStatusThatCannotCarryContent(int status) {
        assertThat(answer("GET", status, ProblemFormat.JSON).headers()).isEmpty();
    }

    @Test
    void describesItselfAndItsDecisions() {
        ErrorAnswer answer = answer("GET", 404, ProblemFormat.TEXT);

        assertThat(answer.format()).isEqualTo(ProblemFormat.TEXT);
        assertThat(answer.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(answer.problem().status()).isEqualTo(404);
        assertThat(answer).hasToString("ErrorAnswer[404 TEXT en, " + answer.bodyLength() + " bytes]");
        assertThat(answer("HEAD", 404, ProblemFormat.TEXT)).hasToString("ErrorAnswer[404 TEXT en, no body]");
    }

    @Test
    void hasHeadersThatCannotBeChanged() {
        ErrorAnswer answer = answer("GET", 404, ProblemFormat.JSON);

        assertThatThrownBy(() -> answer.headers().put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answer.headers().remove("Content-Type"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Content-Type", "content-length", "CONTENT-ENCODING", "Content-Language", "Content-Range",
            "Content-Disposition", "Content-Location", "Transfer-Encoding", "ETag", "etag", "Last-Modified",
            "LAST-MODIFIED"})
    void dropsTheHeadersOfTheReplacedRepresentationWhateverTheirCase(String name) {
        assertThat(ErrorAnswer.keepsApplicationHeader(name)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Allow", "Retry-After", "WWW-Authenticate", "Set-Cookie", "Access-Control-Allow-Origin",
            "Location", "Content-Security-Policy", "Content-Types", "X-Content-Type-Options", "Vary", "Cache-Control",
            "Link", "ETag2", " ETag", "", "Trailer", "Date", "Content\rType", "Content-Dısposition", "Tranſfer-Encoding",
            "Content_Type"})
    void keepsEveryOtherHeader(String name) {
        assertThat(ErrorAnswer.keepsApplicationHeader(name)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Content-Range", "content-range", "CONTENT-RANGE"})
    void aRangeNotSatisfiableKeepsItsContentRangeAndOnlyThat(String name) {
        ErrorAnswer rangeNotSatisfiable = answer("GET", 416, ProblemFormat.JSON);
        assertThat(rangeNotSatisfiable.keepsHeader(name)).isTrue();
        assertThat(rangeNotSatisfiable.keepsHeader("Content-Type")).isFalse();
        assertThat(rangeNotSatisfiable.keepsHeader("Content-Length")).isFalse();
        assertThat(rangeNotSatisfiable.keepsHeader("Content-Rang")).isTrue(); // not a representation header at all
        assertThat(rangeNotSatisfiable.keepsHeader("Allow")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {400, 404, 413, 417, 500})
    void anyOtherStatusDropsContentRangeAsTheReplacedRepresentations(int status) {
        ErrorAnswer answer = answer("GET", status, ProblemFormat.JSON);
        assertThat(answer.keepsHeader("Content-Range")).isFalse();
        assertThat(answer.keepsHeader("Retry-After")).isTrue();
    }
}

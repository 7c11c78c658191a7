package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.eclipse.jetty.http.HttpException;
import org.junit.jupiter.api.Test;

/**
 * Jetty's exceptions with a status, as its servlet API throws them into the application (Jetty 12.1 ee11:
 * {@code getParameter} on a form over {@code maxFormContentSize}, {@code getParts} over a multipart limit). Tomcat's
 * {@code InvalidParameterException} is checked on a real Tomcat in the it-tests' {@code BodyLimitsTest}.
 */
class ContainerStatusesTest {
    static final RequestInfo REQUEST = new RequestInfo("POST", "/upload", null, "de");
    static final ProblemResponder RESPONDER = ProblemResponder.create(ProblemOptions.defaults());

    /** As Jetty throws it from getParameter for a form over its limit. */
    static RuntimeException formTooLarge() {
        return new HttpException.IllegalStateException(400, "Unable to parse form content",
                new HttpException.IllegalStateException(413, "form too large > 200000"));
    }

    /** As Jetty throws it from getParts for a part over maxFileSize. */
    static RuntimeException partTooLarge() {
        return new HttpException.IllegalStateException(400, "bad multipart",
                new java.util.concurrent.CompletionException(new IllegalStateException("max file size exceeded: 1024")));
    }

    @Test
    void jettysFormOverItsLimitIsTheInner413() {
        assertThat(ContainerStatuses.of(formTooLarge())).isEqualTo(413);
        ErrorAnswer answer = RESPONDER.answer(500, formTooLarge(), null, REQUEST).orElseThrow();
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.problem().detail()).isEqualTo(RESPONDER.catalog().http(413, Locale.GERMAN).description());
        assertThat(answer.problem().extensions()).doesNotContainKey(ProblemResponder.ERROR_ID);
    }

    @Test
    void jettysMultipartOverItsLimitIsItsOwn400() {
        assertThat(ContainerStatuses.of(partTooLarge())).isEqualTo(400);
        assertThat(RESPONDER.answer(500, partTooLarge(), null, REQUEST).orElseThrow().status()).isEqualTo(400);
    }

    @Test
    void aStatusWrappedByTheApplicationIsFoundAmongTheCauses() {
        RuntimeException wrapped = new RuntimeException("could not read the form", new HttpException.RuntimeException(431, "too many fields"));
        assertThat(ContainerStatuses.of(wrapped)).isEqualTo(431);
    }

    @Test
    void aServerErrorStatusIsNotTheClientsSoTheAnswerStays500() {
        RuntimeException failure = new HttpException.RuntimeException(503, "no thread");
        assertThat(ContainerStatuses.of(failure)).isZero();
        ErrorAnswer answer = RESPONDER.answer(500, failure, null, REQUEST).orElseThrow();
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.problem().extensions()).containsKey(ProblemResponder.ERROR_ID);
    }

    @Test
    void exceptionsOfNoContainerCarryNoStatus() {
        assertThat(ContainerStatuses.of(null)).isZero();
        assertThat(ContainerStatuses.of(new IllegalStateException("max file size exceeded: 1024"))).isZero();
        assertThat(RESPONDER.answer(500, new IllegalStateException("x"), null, REQUEST).orElseThrow().status()).isEqualTo(500);
    }

    @Test
    void aStatusDeeperThanTheCauseBoundIsNotLookedFor() {
        Throwable chain = new HttpException.RuntimeException(413, "deep");
        for (int i = 0; i < MalformedRequests.MAX_CAUSES; i++) {
            chain = new RuntimeException("level " + i, chain);
        }
        assertThat(ContainerStatuses.of(chain)).isZero();
        assertThat(ContainerStatuses.of(chain.getCause())).isEqualTo(413);
    }

    @Test
    void aGetterThatThrowsCountsAsNoStatus() {
        assertThat(ContainerStatuses.of(new Unreadable())).isZero();
        assertThat(ContainerStatuses.of(new RuntimeException(new Unreadable()))).isZero();
    }

    @Test
    void theExceptionStatusPolicyStillDecides() {
        ProblemResponder mapped = ProblemResponder.create(ProblemOptions.builder()
                .exceptionStatus(ExceptionStatusPolicy.builder().map(HttpException.IllegalStateException.class, 400).build()).build());
        assertThat(mapped.answer(500, formTooLarge(), null, REQUEST).orElseThrow().status()).isEqualTo(400);
    }

    /** A Jetty exception whose status getter fails. */
    static final class Unreadable extends RuntimeException implements HttpException {
        private static final long serialVersionUID = 1L;

        @Override
        public int getCode() {
            throw new java.lang.IllegalStateException("no code");
        }

        @Override
        public String getReason() {
            return "unreadable";
        }
    }
}

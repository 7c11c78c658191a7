package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exceptions that report the client's malformed request, as RESTEasy throws them (messages and causes measured on
 * RESTEasy 7.0.1), answered 400 by the responder instead of the 500 of an unexpected exception.
 */
class MalformedRequestsTest {
    static final RequestInfo REQUEST = new RequestInfo("GET", "/api/items/9", null, "de", "a=<b>");
    static final ProblemResponder RESPONDER = ProblemResponder.create(ProblemOptions.defaults());

    /** RESTEasy's LoggableFailure is a RuntimeException whose message starts with its id. */
    static RuntimeException resteasy(String message) {
        return new RuntimeException(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RESTEASY003545: MediaType q parameter must be a float: application/json",
        "RESTEASY003540: MediaType q value cannot be greater than 1.0: application/json",
        "RESTEASY003520: Malformed quality value.",
        "RESTEASY003550: MediaType q parameter must be a float: de;q=\"abc\"",
        "RESTEASY003730: Accept-Language q value cannot be greater than 1.0 de;q=\"2\""})
    void resteasysUnreadableWeightsAre400NotTheirOwn500(String message) {
        assertThat(MalformedRequests.isReportedBy(resteasy(message), REQUEST)).isTrue();
        assertThat(MalformedRequests.isReportedBy(new IllegalStateException("wrapped", resteasy(message)), REQUEST)).isTrue();
        ErrorAnswer answer = RESPONDER.answer(500, resteasy(message), null, REQUEST).orElseThrow();
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().extensions()).doesNotContainKey(ProblemResponder.ERROR_ID);
        assertThat(answer.problem().detail()).isEqualTo(RESPONDER.catalog().http(400, Locale.GERMAN).description());
    }

    @Test
    void theRequestsOwnUriRefusedByJavaNetUriIsA400() {
        URISyntaxException refused = new URISyntaxException("http://127.0.0.1:35835/api/items/9?a=<b>", "Illegal character in query", 37);
        IllegalArgumentException thrown = new IllegalArgumentException(refused.getMessage(), refused);
        assertThat(MalformedRequests.isReportedBy(thrown, REQUEST)).isTrue();
        assertThat(RESPONDER.answer(500, thrown, null, REQUEST).orElseThrow().status()).isEqualTo(400);
    }

    @Test
    void theRequestsOwnPathRefusedByJavaNetUriIsA400() {
        // As RESTEasy threw it for a path Jetty let through: an UnhandledException around URI.create's exception.
        String target = "/api/nothing/&amp;%9%00%3Cx-sk%3Ea";
        URISyntaxException refused = new URISyntaxException("http://127.0.0.1:38623" + target, "Malformed escape pair", 40);
        RuntimeException thrown = new RuntimeException(new IllegalArgumentException(refused.getMessage(), refused));
        assertThat(MalformedRequests.isReportedBy(thrown, new RequestInfo("GET", target, null, null))).isTrue();
        // The same URI with its fault before the request's target (the authority) is not the client's target.
        URISyntaxException authority = new URISyntaxException("http://bad host" + target, "Illegal character in authority", 10);
        assertThat(MalformedRequests.isReportedBy(authority, new RequestInfo("GET", target, null, null))).isFalse();
        URISyntaxException unknownIndex = new URISyntaxException("http://h" + target, "Malformed escape pair", -1);
        assertThat(MalformedRequests.isReportedBy(unknownIndex, new RequestInfo("GET", target, null, null))).isFalse();
    }

    @Test
    void anythingElseStaysTheServersFault() {
        // Another URI than the request's: the application's own, a 500.
        URISyntaxException other = new URISyntaxException("http://db/<x>", "Illegal character in path", 10);
        assertThat(MalformedRequests.isReportedBy(new IllegalArgumentException(other), REQUEST)).isFalse();
        assertThat(MalformedRequests.isReportedBy(other, new RequestInfo("GET", "/x", null, null))).isFalse();
        assertThat(MalformedRequests.isReportedBy(resteasy("RESTEASY003870: Unable to extract parameter"), REQUEST)).isFalse();
        assertThat(MalformedRequests.isReportedBy(resteasy("not RESTEASY003545: text"), REQUEST)).isFalse();
        assertThat(MalformedRequests.isReportedBy(new IllegalStateException((String) null), REQUEST)).isFalse();
        ErrorAnswer answer = RESPONDER.answer(500, new IllegalArgumentException(other), null, REQUEST).orElseThrow();
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.problem().extensions()).containsKey(ProblemResponder.ERROR_ID);
    }

    @Test
    void aCauseChainIsReadOnlyToItsBound() {
        Throwable deep = resteasy("RESTEASY003545: MediaType q parameter must be a float: a/b");
        for (int i = 1; i < MalformedRequests.MAX_CAUSES; i++) {
            deep = new RuntimeException("level " + i, deep);
        }
        assertThat(MalformedRequests.isReportedBy(deep, REQUEST)).isTrue();
        assertThat(MalformedRequests.isReportedBy(new RuntimeException("one more", deep), REQUEST)).isFalse();
        // A cycle ends at the bound too.
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(MalformedRequests.isReportedBy(a, REQUEST)).isFalse();
    }
}

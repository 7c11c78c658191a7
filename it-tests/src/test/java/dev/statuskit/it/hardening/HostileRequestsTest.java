package dev.statuskit.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemFormat;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Thousands of generated hostile requests, sent by {@link RawHttp} (which sends what the JDK client refuses)
 * to Jetty 12, Tomcat 11 and Jersey on Grizzly. Whatever the input: no 5xx unless the request asks for one
 * (an unknown method's 501); HEAD answers have no body; nothing is reflected raw; every StatusKit answer is
 * well-formed in its format, carries the HTTP status, and has exactly the language and format that
 * negotiation gives for the header as sent.
 */
class HostileRequestsTest {
    static final List<String> SERVLET_TARGETS = List.of("/api/wae/404", "/api/items/9", "/no/such/path",
            "/servlet/send-error/409", "/servlet/set-status/429");
    /** A servlet that answers GET only, so that other methods meet the container's own 405 and 501. */
    static final String GET_ONLY = "/servlet/get-only/";
    static final List<String> JAXRS_TARGETS = List.of("/api/wae/404", "/api/items/9", "/no/such/path");
    static final int TRIES = 500;

    static String target(ServerKind kind, int pick) {
        List<String> targets = kind.isServletContainer() ? SERVLET_TARGETS : JAXRS_TARGETS;
        return targets.get(pick % targets.size());
    }

    static RawHttp.Answer send(ServerKind kind, String method, String target, String accept, String language) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (accept != null) {
            headers.put("Accept", accept);
        }
        if (language != null) {
            headers.put("Accept-Language", language);
        }
        return RawHttp.send(Servers.get(kind).base(), method, target, headers);
    }

    @Property(tries = TRIES)
    void anyAcceptLanguageGivesAWellFormedAnswerInTheNegotiatedLanguage(@ForAll ServerKind kind,
            @ForAll @IntRange(max = 99) int pick, @ForAll("acceptLanguages") String language) {
        RawHttp.Answer answer = send(kind, "GET", target(kind, pick), "application/problem+json", language);
        if (Answers.check(answer, "GET") == Answers.Author.STATUSKIT) {
            assertThat(answer.header("Content-Language")).isEqualTo(Answers.CATALOG.negotiate(language).toLanguageTag());
        } else {
            assertThat(answer.status()).as("only a header section too large is refused").isIn(400, 431);
        }
    }

    @Property(tries = TRIES)
    void anyAcceptGivesAWellFormedAnswerInTheNegotiatedFormat(@ForAll ServerKind kind,
            @ForAll @IntRange(max = 99) int pick, @ForAll("accepts") String accept) {
        RawHttp.Answer answer = send(kind, "GET", target(kind, pick), accept, "zh-CN");
        assertThat(Answers.check(answer, "GET")).isEqualTo(Answers.Author.STATUSKIT);
        assertThat(answer.header("Content-Type")).isEqualTo(ProblemFormat.negotiate(accept).contentType());
        assertThat(answer.header("Content-Language")).isEqualTo("zh-CN");
    }

    @Property(tries = TRIES)
    void anyPathGivesAWellFormedAnswerWithoutReflection(@ForAll ServerKind kind,
            @ForAll @IntRange(max = 99) int pick, @ForAll("segments") String segment, @ForAll("accepts") String accept) {
        // Not under /api/wae/: a number there is the status the resource throws.
        String target = List.of("/api/nothing/", "/api/items/", "/no/such/").get(pick % 3) + segment;
        RawHttp.Answer answer = send(kind, "GET", target, accept, "ar");
        if (kind == ServerKind.GRIZZLY && !isUriReference(target)) {
            // Jersey's Grizzly adapter cannot build the request URI, and Grizzly answers 500 itself, before Jersey,
            // with its default error page: stack traces, and the raw path in its "Root Cause" line. Known, reported
            // in RELIABILITY.md, not StatusKit's to fix; pinned here so that a change in it is noticed.
            assertThat(answer.status()).isEqualTo(500);
            assertThat(Answers.format(answer)).isEmpty();
            assertThat(answer.text()).contains("java.net.URISyntaxException");
            return;
        }
        Answers.check(answer, "GET");
    }

    @Property(tries = TRIES)
    void anyMethodGivesAWellFormedAnswer(@ForAll ServerKind kind, @ForAll @IntRange(max = 99) int pick,
            @ForAll("methods") String method, @ForAll("accepts") String accept) {
        // Grizzly takes CONNECT as a tunnel request and never answers it (the connection waits): not sent there.
        Assume.that(!(kind == ServerKind.GRIZZLY && method.equals("CONNECT")));
        String target = kind.isServletContainer() && pick % 2 == 0 ? GET_ONLY : target(kind, pick);
        RawHttp.Answer answer = send(kind, method, target, accept, "ru");
        if (answer.status() == 501) {
            assertThat(List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH")).doesNotContain(method);
            Answers.checkAnyStatus(answer, method);
        } else {
            Answers.check(answer, method);
        }
    }

    @Example
    void anAcceptThatJerseyReadsAsAcceptingNoWriterIsStillTheResourcesOwnError() {
        for (ServerKind kind : ServerKind.values()) {
            for (String accept : List.of("t", "*/*,x", "x")) {
                RawHttp.Answer answer = send(kind, "GET", "/api/wae/404", accept, "ja");
                assertThat(answer.status()).as("%s with Accept: %s", kind, accept).isEqualTo(404);
                assertThat(Answers.check(answer, "GET")).isEqualTo(Answers.Author.STATUSKIT);
                assertThat(answer.header("Content-Language")).isEqualTo("ja");
            }
        }
    }

    static boolean isUriReference(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Provide
    Arbitrary<String> acceptLanguages() {
        Arbitrary<String> fixed = Arbitraries.of("", "*", "*;q=0", "*;q=0,en;q=0", "ja;q=2", "de;q=-1", "ko;q=0.0001",
                "fr;q=1.000", "zh;q=.5", "\tzh-TW\t;\tq=0.9", "中文,日本語;q=0.5,ja", "ar-EG;q=0.9,ä;q=1", "en;q=0,*;q=0.1",
                "de;q=0.1,".repeat(700) + "ja", "ab-".repeat(2600) + "ab", "1,".repeat(3900), "x".repeat(9000),
                "zh-Hant-HK-" + "a-b-".repeat(1000), ";;;q=abc,,,--,*;q=9,äöü;q=0.5,de-;q=,zh_CN;q=1.5");
        Arbitrary<String> tag = Arbitraries.of("zh", "zh-CN", "zh-TW", "zh-Hant", "zh-HK", "ja", "ko-KR", "de-AT", "fr",
                "es-419", "pt", "pt-PT", "ru", "it", "ar", "en-US", "tlh", "x-klingon", "*", "", "-", "i-default");
        Arbitrary<String> weight = Arbitraries.of("", ";q=0", ";q=1", ";q=0.5", ";q=0.999", ";q=", ";q=2", ";Q=0.3",
                "; q = 0.7", ";;", ";q=0.5;level=1", ";q=0,5");
        Arbitrary<String> junk = Arbitraries.strings().withChars("abzCNTW-*;=q.0159 \t,äß中").ofMaxLength(24);
        Arbitrary<String> range = Arbitraries.oneOf(tag.flatMap(t -> weight.map(w -> t + w)), junk);
        Arbitrary<String> list = range.list().ofMaxSize(80).map(l -> String.join(",", l));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, fixed), net.jqwik.api.Tuple.of(4, list), net.jqwik.api.Tuple.of(1, junk));
    }

    @Provide
    Arbitrary<String> accepts() {
        Arbitrary<String> fixed = Arbitraries.of("", "*/*", "*/*;q=0", "text/*", "*/html", "a/b/c", "/", ";;;,/",
                "text/html;q=2", "text/html;level=\"1", "text/html;charset=\"utf-8\";q=0.5", "application/x-unknown",
                "image/png,video/*;q=0.9", "application/problem+xml;q=0.9,application/problem+json;q=0.8",
                "text/plain;q=0,*/*;q=0.1", "application/vnd.api+json", "application/atom+xml", "application/xhtml+xml",
                "te\u00e4xt/html", "text/html," + "a/b;q=0.1,".repeat(600), "TEXT/HTML", "text/html;q=0.5;q=0.9");
        Arbitrary<String> type = Arbitraries.of("text", "application", "*", "image", "x", "", "TEXT");
        Arbitrary<String> subtype = Arbitraries.of("html", "plain", "xml", "json", "problem+json", "problem+xml", "*",
                "xhtml+xml", "vnd.x+json", "svg+xml", "", "html;charset=utf-8");
        Arbitrary<String> weight = Arbitraries.of("", ";q=0", ";q=1", ";q=0.5", ";q=", ";q=1.5", ";level=1", ";q=0.3;ext");
        Arbitrary<String> range = Arbitraries.oneOf(
                type.flatMap(t -> subtype.flatMap(s -> weight.map(w -> t + "/" + s + w))),
                Arbitraries.strings().withChars("texthmlapj/+*;=q.01 ,\t").ofMaxLength(20));
        return Arbitraries.oneOf(fixed, range.list().ofMaxSize(12).map(l -> String.join(",", l)));
    }

    @Provide
    Arbitrary<String> segments() {
        Arbitrary<String> piece = Arbitraries.of("%3Cimg%20src=x%20onerror=alert(1)%3E", "%3Cx-sk%3E", "%22x-sk%27",
                "<x-sk>", "\"x-sk'", "'", "%zz", "%", "%2", "%00", "%2F", "%5C", "..%2F", "%2e%2e", "%C0%AF", "%FF",
                "%E4%B8%AD", "a", "9", ";a=b", "?q=<x-sk>", "#frag", "~", "%252F", "..", ".", "%20", "+", "&amp;");
        Arbitrary<String> normal = piece.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
        Arbitrary<String> longPath = Arbitraries.integers().between(1000, 12_000).map(n -> "a".repeat(n));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, normal), net.jqwik.api.Tuple.of(1, longPath));
    }

    @Provide
    Arbitrary<String> methods() {
        Arbitrary<String> known = Arbitraries.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH",
                "CONNECT", "PROPFIND", "get", "Head", "FOO", "M-SEARCH", "X".repeat(200));
        Arbitrary<String> token = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&'*+-.^_`|~").ofMinLength(1)
                .ofMaxLength(12);
        return Arbitraries.oneOf(known, token);
    }
}

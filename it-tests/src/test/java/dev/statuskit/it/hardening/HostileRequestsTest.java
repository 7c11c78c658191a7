package dev.statuskit.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemFormat;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import dev.statuskit.testing.Gen;
import dev.statuskit.testing.RandomCases;
import dev.statuskit.testing.RawHttp;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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

    /** One generated request: the server it goes to, a pick among that server's targets, and the hostile value. */
    record Case(ServerKind kind, int pick, String value, String accept) {
    }

    static Gen<Case> cases(Gen<String> values, Gen<String> accepts) {
        Gen<ServerKind> kinds = Gen.of(ServerKind.available().toArray(new ServerKind[0]));
        Gen<Integer> picks = Gen.ints(0, 99);
        return random -> new Case(kinds.next(random), picks.next(random), values.next(random), accepts.next(random));
    }

    @Test
    void anyAcceptLanguageGivesAWellFormedAnswerInTheNegotiatedLanguage() {
        RandomCases.check(TRIES, cases(ACCEPT_LANGUAGES, Gen.of("application/problem+json")), c -> {
            RawHttp.Answer answer = send(c.kind(), "GET", target(c.kind(), c.pick()), c.accept(), c.value());
            if (Answers.check(answer, "GET") == Answers.Author.STATUSKIT) {
                assertThat(answer.header("Content-Language"))
                        .isEqualTo(Answers.CATALOG.negotiate(c.value()).toLanguageTag());
            } else {
                assertThat(answer.status()).as("only a header section too large is refused").isIn(400, 431);
            }
        });
    }

    @Test
    void anyAcceptGivesAWellFormedAnswerInTheNegotiatedFormat() {
        RandomCases.check(TRIES, cases(Gen.of("zh-CN"), ACCEPTS), c -> {
            RawHttp.Answer answer = send(c.kind(), "GET", target(c.kind(), c.pick()), c.accept(), c.value());
            assertThat(Answers.check(answer, "GET")).isEqualTo(Answers.Author.STATUSKIT);
            assertThat(answer.header("Content-Type")).isEqualTo(ProblemFormat.negotiate(c.accept()).contentType());
            assertThat(answer.header("Content-Language")).isEqualTo("zh-CN");
        });
    }

    @Test
    void anyPathGivesAWellFormedAnswerWithoutReflection() {
        RandomCases.check(TRIES, cases(SEGMENTS, ACCEPTS), c -> {
            // Not under /api/wae/: a number there is the status the resource throws.
            String target = List.of("/api/nothing/", "/api/items/", "/no/such/").get(c.pick() % 3) + c.value();
            RawHttp.Answer answer = send(c.kind(), "GET", target, c.accept(), "ar");
            if (c.kind() == ServerKind.GRIZZLY && (!isUriReference(target) || target.contains("#"))) {
                // StatusKit's codec on Grizzly refuses a target not in origin form (RFC 9112 §3.2.1: no
                // fragment either) with a 400 problem in the negotiated format and language, before Jersey's
                // Grizzly adapter (which would throw) sees it.
                assertThat(answer.status()).isEqualTo(400);
                assertThat(Answers.check(answer, "GET")).isEqualTo(Answers.Author.STATUSKIT);
                assertThat(answer.header("Content-Type")).isEqualTo(ProblemFormat.negotiate(c.accept()).contentType());
                assertThat(answer.header("Content-Language")).isEqualTo(Answers.CATALOG.negotiate("ar").toLanguageTag());
                assertThat(answer.latin1()).doesNotContain("Exception").doesNotContain("Grizzly");
                return;
            }
            // Jetty and Tomcat reject a target that is no URI reference (a raw < > " or a bad escape) themselves,
            // before any filter; their StatusKitErrorHandler and StatusKitErrorReportValve answer with a problem
            // all the same.
            Answers.Author author = Answers.check(answer, "GET");
            if (c.kind() == ServerKind.JETTY || c.kind() == ServerKind.TOMCAT) {
                assertThat(author).isEqualTo(Answers.Author.STATUSKIT);
            }
        });
    }

    @Test
    void anyMethodGivesAWellFormedAnswer() {
        RandomCases.check(TRIES, cases(METHODS, ACCEPTS), c -> {
            // Grizzly takes CONNECT as a tunnel request and never answers it (the connection waits): not sent there.
            ServerKind kind = c.kind() == ServerKind.GRIZZLY && c.value().equals("CONNECT") ? ServerKind.JETTY : c.kind();
            String target = kind.isServletContainer() && c.pick() % 2 == 0 ? GET_ONLY : target(kind, c.pick());
            RawHttp.Answer answer = send(kind, c.value(), target, c.accept(), "ru");
            if (answer.status() == 501) {
                assertThat(List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH"))
                        .doesNotContain(c.value());
                Answers.checkAnyStatus(answer, c.value());
            } else {
                Answers.check(answer, c.value());
            }
        });
    }

    @Test
    void anAcceptLanguageSentAsTwoFieldLinesIsReadAsOneListWhoeverAnswers() {
        // "xx" alone would give the default language; read as one list with the second line, "xx, fr;q=0.9" gives
        // French. The targets reach each adapter: the Jakarta REST feature (a resource's own 404), the servlet
        // filter or Grizzly's handler (a path nothing is mapped to), and on Jetty and Tomcat the container's own
        // error handler (an encoded slash, which both refuse after reading the headers; a bad escape such as %zz
        // fails Jetty's request line, and its handler then gets a stand-in request without headers). The RESTEasy
        // server has no container handler: Jetty's own page answers the encoded slash there.
        for (ServerKind kind : ServerKind.available()) {
            URI base = Servers.get(kind).base();
            boolean containerHandler = kind == ServerKind.JETTY || kind == ServerKind.TOMCAT;
            List<String> targets = containerHandler ? List.of("/api/wae/404", "/no/such/path", "/no/a%2Fb")
                    : List.of("/api/wae/404", "/no/such/path");
            for (String target : targets) {
                String request = "GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                        + "Accept: application/problem+json\r\nAccept-Language: xx\r\nAccept-Language: fr;q=0.9\r\n"
                        + "Connection: close\r\n\r\n";

                RawHttp.Answer answer = RawHttp.exchange(base, request.getBytes(StandardCharsets.ISO_8859_1));

                assertThat(Answers.check(answer, "GET")).as("%s %s", kind, target).isEqualTo(Answers.Author.STATUSKIT);
                assertThat(answer.header("Content-Language")).as("%s %s", kind, target).isEqualTo("fr");
            }
        }
    }

    /**
     * Jersey reads these as accepting no writer of StatusKit's entity, and the resource's own 404 stands; RESTEasy's
     * dispatcher refuses an {@code Accept} it cannot parse with 400 before any resource, a problem all the same.
     */
    @Test
    void anAcceptThatJerseyReadsAsAcceptingNoWriterIsStillTheResourcesOwnError() {
        for (ServerKind kind : ServerKind.available()) {
            for (String accept : List.of("t", "*/*,x", "x")) {
                RawHttp.Answer answer = send(kind, "GET", "/api/wae/404", accept, "ja");
                assertThat(answer.status()).as("%s with Accept: %s", kind, accept).isEqualTo(kind == ServerKind.RESTEASY ? 400 : 404);
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

    static final Gen<String> ACCEPT_LANGUAGES;
    static final Gen<String> ACCEPTS;
    static final Gen<String> SEGMENTS;
    static final Gen<String> METHODS;

    static {
        Gen<String> fixedLanguages = Gen.of("", "*", "*;q=0", "*;q=0,en;q=0", "ja;q=2", "de;q=-1", "ko;q=0.0001",
                "fr;q=1.000", "zh;q=.5", "\tzh-TW\t;\tq=0.9", "中文,日本語;q=0.5,ja", "ar-EG;q=0.9,ä;q=1", "en;q=0,*;q=0.1",
                "de;q=0.1,".repeat(700) + "ja", "ab-".repeat(2600) + "ab", "1,".repeat(3900), "x".repeat(9000),
                "zh-Hant-HK-" + "a-b-".repeat(1000), ";;;q=abc,,,--,*;q=9,äöü;q=0.5,de-;q=,zh_CN;q=1.5");
        Gen<String> tag = Gen.of("zh", "zh-CN", "zh-TW", "zh-Hant", "zh-HK", "ja", "ko-KR", "de-AT", "fr",
                "es-419", "pt", "pt-PT", "ru", "it", "ar", "nl-BE", "pl", "tr", "uk-UA", "vi", "in", "th", "iw-IL",
                "en-US", "tlh", "x-klingon", "*", "", "-", "i-default");
        Gen<String> languageWeight = Gen.of("", ";q=0", ";q=1", ";q=0.5", ";q=0.999", ";q=", ";q=2", ";Q=0.3",
                "; q = 0.7", ";;", ";q=0.5;level=1", ";q=0,5");
        Gen<String> junk = Gen.chars("abzCNTW-*;=q.0159 \t,äß中", 24);
        Gen<String> languageRange = Gen.oneOf(tag.flatMap(t -> languageWeight.map(w -> t + w)), junk);
        ACCEPT_LANGUAGES = Gen.frequency(1, fixedLanguages,
                5, Gen.frequency(4, languageRange.joined(",", 80), 1, junk));

        Gen<String> fixedAccepts = Gen.of("", "*/*", "*/*;q=0", "text/*", "*/html", "a/b/c", "/", ";;;,/",
                "text/html;q=2", "text/html;level=\"1", "text/html;charset=\"utf-8\";q=0.5", "application/x-unknown",
                "image/png,video/*;q=0.9", "application/problem+xml;q=0.9,application/problem+json;q=0.8",
                "text/plain;q=0,*/*;q=0.1", "application/vnd.api+json", "application/atom+xml", "application/xhtml+xml",
                "te\u00e4xt/html", "text/html," + "a/b;q=0.1,".repeat(600), "TEXT/HTML", "text/html;q=0.5;q=0.9");
        Gen<String> type = Gen.of("text", "application", "*", "image", "x", "", "TEXT");
        Gen<String> subtype = Gen.of("html", "plain", "xml", "json", "problem+json", "problem+xml", "*",
                "xhtml+xml", "vnd.x+json", "svg+xml", "", "html;charset=utf-8");
        Gen<String> acceptWeight = Gen.of("", ";q=0", ";q=1", ";q=0.5", ";q=", ";q=1.5", ";level=1", ";q=0.3;ext");
        Gen<String> mediaRange = Gen.oneOf(
                type.flatMap(t -> subtype.flatMap(st -> acceptWeight.map(w -> t + "/" + st + w))),
                Gen.chars("texthmlapj/+*;=q.01 ,\t", 20));
        ACCEPTS = Gen.oneOf(fixedAccepts, mediaRange.joined(",", 12));

        Gen<String> piece = Gen.of("%3Cimg%20src=x%20onerror=alert(1)%3E", "%3Cx-sk%3E", "%22x-sk%27",
                "<x-sk>", "\"x-sk'", "'", "%zz", "%", "%2", "%00", "%2F", "%5C", "..%2F", "%2e%2e", "%C0%AF", "%FF",
                "%E4%B8%AD", "a", "9", ";a=b", "?q=<x-sk>", "#frag", "~", "%252F", "..", ".", "%20", "+", "&amp;");
        Gen<String> normal = piece.list(1, 6).map(l -> String.join("", l));
        Gen<String> longPath = Gen.ints(1000, 12_000).map("a"::repeat);
        SEGMENTS = Gen.frequency(9, normal, 1, longPath);

        Gen<String> known = Gen.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH",
                "CONNECT", "PROPFIND", "get", "Head", "FOO", "M-SEARCH", "X".repeat(200));
        Gen<String> token = Gen.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&'*+-.^_`|~", 12).map(t -> t.isEmpty() ? "X" : t);
        METHODS = Gen.oneOf(known, token);
    }
}

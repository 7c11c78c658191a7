package dev.statuskit.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.demo.DemoServer;
import dev.statuskit.http.ProblemFormat;
import dev.statuskit.testing.RawHttp;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What Jetty 12 answers itself, before any servlet filter: an ambiguous or malformed path, a request line
 * with an illegal character, a URI or header section too large. A bare Jetty server answers these with its
 * ISO-8859-1 HTML page; the demo and the it-tests' Jetty install {@code StatusKitErrorHandler}
 * ({@code StatusKitJetty.install}), so they are localized problems like every other error.
 */
class JettyCoreErrorsTest {
    static DemoServer demo;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    static RawHttp.Answer send(URI base, String method, String target, String accept, String language) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", accept);
        headers.put("Accept-Language", language);
        return RawHttp.send(base, method, target, headers);
    }

    /** The request targets and methods Jetty refuses, what it answers, and whether it read the headers. */
    static final String REJECTED = """
            GET,  /no/such/%2F,                  400, true
            GET,  /api/items/%2F1,               400, true
            GET,  /no/..%2F..%2Fetc%2Fpasswd,    400, true
            GET,  /no/%5C,                       400, true
            GET,  /no/%zz,                       400, false
            GET,  /no/%,                         400, false
            GET,  /no/%00,                       400, false
            GET,  /no/%C0%AF,                    400, true
            GET,  /no/<x-sk>,                    400, false
            GET,  /api/items/"x-sk'<img>,        400, false
            G<T,  /no/such,                      400, false
            """;

    @Nested
    class TheDemo {
        @ParameterizedTest(name = "{0} {1} -> {2}")
        @CsvSource(textBlock = REJECTED)
        void answersWhatJettyRejectsWithAProblem(String method, String target, int status, boolean headersRead) {
            RawHttp.Answer answer = send(URI.create(demo.baseUrl()), method, target, "text/html", "ja");
            assertThat(answer.status()).isEqualTo(status);
            assertThat(Answers.checkAnyStatus(answer, method)).isEqualTo(Answers.Author.STATUSKIT);
            if (headersRead) {
                assertThat(answer.header("Content-Type")).isEqualTo(ProblemFormat.HTML.contentType());
                assertThat(answer.header("Content-Language")).isEqualTo("ja");
                assertThat(answer.text()).contains(Answers.CATALOG.http(status, java.util.Locale.JAPANESE).title());
            } else {
                assertThat(answer.header("Content-Type")).isIn(ProblemFormat.HTML.contentType(), ProblemFormat.JSON.contentType());
            }
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"414, 9000, 0", "431, 0, 9000"})
        void answersOversizedRequestsWithAProblem(int status, int pathLength, int headerLength) {
            RawHttp.Answer answer = send(URI.create(demo.baseUrl()), "GET", "/no/" + "a".repeat(pathLength),
                    "application/json", "de," + "x".repeat(headerLength));
            assertThat(answer.status()).isEqualTo(status);
            assertThat(Answers.checkAnyStatus(answer, "GET")).isEqualTo(Answers.Author.STATUSKIT);
            assertThat(Answers.json(answer.body()).getInt("status")).isEqualTo(status);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"/no/such/%2F", "/no/%5C"})
        void headGetsTheHeadersOfSuchAProblemAndNoBody(String target) {
            RawHttp.Answer answer = send(URI.create(demo.baseUrl()), "HEAD", target, "application/json", "ko");
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.header("Content-Language")).isEqualTo("ko");
            assertThat(answer.body()).isEmpty();
        }
    }

    @Nested
    class ABareJettyWithoutTheErrorHandler {
        @ParameterizedTest(name = "{0} {1} -> {2}")
        @CsvSource(textBlock = REJECTED)
        void answersWithItsOwnLatin1PageThatNoFilterSees(String method, String target, int status, boolean headersRead)
                throws Exception {
            Server bare = new Server();
            ServerConnector connector = new ServerConnector(bare);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            bare.addConnector(connector);
            bare.start();
            try {
                RawHttp.Answer answer = send(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/"), method,
                        target, "text/html", "ja");
                assertThat(answer.status()).isEqualTo(status);
                assertThat(Answers.checkAnyStatus(answer, method)).isEqualTo(Answers.Author.CONTAINER);
                assertThat(answer.header("Content-Type")).isEqualTo("text/html;charset=iso-8859-1");
                assertThat(new String(answer.body(), StandardCharsets.ISO_8859_1)).contains("<title>Error " + status);
            } finally {
                bare.stop();
            }
        }
    }
}

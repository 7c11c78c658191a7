package dev.statuskit.tomcat;

import static dev.statuskit.testing.RawHttp.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.testing.RawHttp;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The valve on an embedded Tomcat 11 with no servlet filter, spoken to on raw sockets. */
class StatusKitErrorReportValveTest {
    /** Every answer the responder of the server made, in order. */
    static final List<ErrorAnswer> ANSWERS = new CopyOnWriteArrayList<>();
    static Tomcat tomcat;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        ProblemResponder responder = ProblemResponder.builder()
                .listener((answer, request) -> ANSWERS.add(answer)).build();
        tomcat = tomcat(server -> StatusKitTomcat.install(server.getHost(), responder));
        port = tomcat.getConnector().getLocalPort();
    }

    @AfterAll
    static void stop() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }

    /** A started Tomcat on 127.0.0.1 with {@code /ok}, {@code /conflict}, {@code /boom} and {@code /odd}. */
    static Tomcat tomcat(Consumer<Tomcat> setUp) throws Exception {
        String base = Files.createTempDirectory("statuskit-tomcat-test").toString();
        Tomcat server = new Tomcat();
        server.setBaseDir(base);
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        server.getService().addConnector(connector);
        server.setConnector(connector);
        Context context = server.addContext("", base);
        Tomcat.addServlet(context, "ok", new Ok()).addMapping("/ok");
        Tomcat.addServlet(context, "conflict", new Conflict()).addMapping("/conflict");
        Tomcat.addServlet(context, "boom", new Boom()).addMapping("/boom");
        Tomcat.addServlet(context, "odd", new Odd()).addMapping("/odd");
        setUp.accept(server);
        server.start();
        return server;
    }

    /** {@code GET /ok}: 200 "ok". */
    static final class Ok extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().write("ok");
        }
    }

    /** {@code GET /conflict}: headers of both kinds, a French locale, then {@code sendError(409, ...)}. */
    static final class Conflict extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setHeader("X-Application", "kept");
            response.setHeader("Retry-After", "7");
            response.setHeader("ETag", "\"dropped\"");
            response.setLocale(Locale.FRENCH);
            response.setContentType("application/octet-stream");
            response.sendError(409, "internal state <x-sk> at org.example");
        }
    }

    /** {@code GET /boom}: throws. */
    static final class Boom extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            throw new IllegalStateException("secret s3cr3t state");
        }
    }

    /** {@code GET /odd}: {@code sendError(600)}, a status the responder passes through. */
    static final class Odd extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendError(600);
        }
    }

    static String exchange(int port, String requests) {
        return RawHttp.conversation(port, requests);
    }

    static String exchange(String requests) throws IOException {
        return exchange(port, requests);
    }


    static void assertNothingLeaks(String answers) {
        assertThat(answers.toLowerCase(Locale.ROOT)).doesNotContain("tomcat").doesNotContain("exception")
                .doesNotContain("at org.").doesNotContain("\r\nserver:").doesNotContain("s3cr3t")
                .doesNotContain("<x-sk");
    }

    @Test
    void anUnparsableRequestLineIsAnsweredOnceInJsonAndItsConnectionClosedSoThePipelinedRequestAfterItGetsNoAnswer()
            throws IOException {
        String answers = exchange("G<T /ok HTTP/1.1\r\nHost: x\r\nAccept-Language: de\r\n\r\n"
                + "GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("400");
        assertThat(answers).contains("\r\nConnection: close\r\n").contains("\r\nContent-Type: application/problem+json\r\n")
                .contains("\r\nContent-Language: en\r\n").doesNotContain("G<T");
        assertNothingLeaks(answers);
    }

    @Test
    void rawMarkupInTheTargetIsNeitherReflectedNorShownInAStackTrace() throws IOException {
        String answers = exchange("GET /no/<x-sk> HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("400");
        assertNothingLeaks(answers);
    }

    @Test
    void anEncodedSlashIsAnsweredInTheRequestsLanguageAndItsConnectionClosed() throws IOException {
        String answers = exchange("GET /a/%2F HTTP/1.1\r\nHost: x\r\nAccept-Language: de\r\n\r\n"
                + "GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("400");
        assertThat(answers).contains("\r\nConnection: close\r\n").contains("\r\nContent-Language: de\r\n");
        assertNothingLeaks(answers);
    }

    @Test
    void anUnsupportedVersionIsA505ProblemThatSaysTheConnectionCloses() throws IOException {
        // Bare Tomcat closes the connection after its 505 without saying so.
        String answers = exchange("GET /ok HTTP/2.5\r\nHost: x\r\nAccept-Language: fr\r\n\r\n"
                + "GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("505");
        assertThat(answers).contains("\r\nConnection: close\r\n").contains("\r\nContent-Language: fr\r\n");
        assertNothingLeaks(answers);
    }

    @Test
    void tomcatsOwn404KeepsTheConnectionSoThePipelinedRequestAfterItIsAnswered() throws IOException {
        String answers = exchange("GET /none HTTP/1.1\r\nHost: x\r\nAccept-Language: fr\r\n\r\n"
                + "GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("404 200");
        assertThat(answers).contains("\r\nContent-Language: fr\r\n").contains("\r\nContent-Type: application/problem+json\r\n")
                .doesNotContain("Connection: close\r\n\r\n{").endsWith("ok");
        assertNothingLeaks(answers);
    }

    @Test
    void headGetsTheHeadersOfTheProblemAndNoBody() throws IOException {
        String answers = exchange("HEAD /none HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        String get = exchange("GET /none HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        int getLength = get.substring(get.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.UTF_8).length;
        assertThat(statuses(answers)).isEqualTo("404");
        // RFC 9110 §8.6: the length of the body a GET gets (it was 0 before), and no body
        assertThat(answers).contains("\r\nContent-Type: text/html;charset=utf-8\r\n")
                .contains("\r\nContent-Length: " + getLength + "\r\n").endsWith("\r\n\r\n");
        assertThat(getLength).isPositive();
    }

    @Test
    void traceIsRefusedWithA405ProblemThatKeepsTomcatsAllowAndEchoesNoHeader() throws IOException {
        String answers = exchange("TRACE /ok HTTP/1.1\r\nHost: x\r\nCookie: secret=s3cr3t\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("405");
        assertThat(answers).containsPattern("\r\nAllow: [A-Z, ]*GET[A-Z, ]*\r\n").doesNotContain("TRACE")
                .contains("\r\nContent-Type: application/problem+json\r\n");
        assertNothingLeaks(answers);
    }

    @Test
    void anExceptionIsA500ProblemWithAnErrorIdAndNoStackTrace() throws IOException {
        String answers = exchange("GET /boom HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("500");
        assertThat(answers).contains("\"errorId\":\"");
        assertNothingLeaks(answers);
    }

    @Test
    void theResponderDecidesEveryHeaderAndTheBodyAndTheApplicationKeepsOnlyItsNonRepresentationHeaders()
            throws IOException {
        ANSWERS.clear();
        String answers = exchange("GET /conflict HTTP/1.1\r\nHost: x\r\nAccept: application/xml\r\n"
                + "Accept-Language: ja\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("409");
        assertThat(ANSWERS).hasSize(1);
        ErrorAnswer answer = ANSWERS.get(0);
        assertThat(answer.status()).isEqualTo(409);
        String head = answers.substring(0, answers.indexOf("\r\n\r\n") + 2);
        answer.headers().forEach((name, value) -> assertThat(head).contains("\r\n" + name + ": " + value + "\r\n"));
        assertThat(head).contains("\r\nX-Application: kept\r\n").contains("\r\nRetry-After: 7\r\n")
                .doesNotContain("ETag").doesNotContain("octet-stream").doesNotContain("Content-Language: fr")
                .contains("\r\nContent-Length: " + answer.bodyLength() + "\r\n");
        assertThat(answers.substring(head.length() + 2)).isEqualTo(new String(answer.body(), StandardCharsets.UTF_8));
        assertNothingLeaks(answers);
    }

    @Test
    void aStatusTheResponderPassesThroughIsLeftToTomcatWithoutItsReport() throws IOException {
        String answers = exchange("GET /odd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("600");
        assertThat(answers).doesNotContain("problem").doesNotContain("<h3>");
        assertNothingLeaks(answers);
    }

    @Test
    void installLeavesTheValveAsTheHostsOnlyErrorReportValve() {
        List<Valve> reporting = Arrays.stream(tomcat.getHost().getPipeline().getValves())
                .filter(ErrorReportValve.class::isInstance).toList();
        assertThat(reporting).hasSize(1).first().isInstanceOf(StatusKitErrorReportValve.class);
    }

    /** A host configured as {@code server.xml}'s {@code errorReportValveClass} does it: by class name only. */
    @Nested
    class ByClassName {
        @Test
        void tomcatMakesTheValveWithItsNoArgumentConstructorAndItAnswersWithTheDefaultResponder() throws Exception {
            Tomcat named = tomcat(server -> ((StandardHost) server.getHost())
                    .setErrorReportValveClass(StatusKitErrorReportValve.class.getName()));
            try {
                List<Valve> reporting = Arrays.stream(named.getHost().getPipeline().getValves())
                        .filter(ErrorReportValve.class::isInstance).toList();
                assertThat(reporting).hasSize(1).first().isInstanceOf(StatusKitErrorReportValve.class);
                String answers = exchange(named.getConnector().getLocalPort(),
                        "GET /none HTTP/1.1\r\nHost: x\r\nAccept-Language: es\r\nConnection: close\r\n\r\n");
                assertThat(statuses(answers)).isEqualTo("404");
                assertThat(answers).contains("\r\nContent-Language: es\r\n")
                        .contains("\r\nContent-Type: application/problem+json\r\n").contains("\"status\":404");
                assertNothingLeaks(answers);
            } finally {
                named.stop();
                named.destroy();
            }
        }
    }

    /** A Tomcat whose connector allows {@code TRACE}: the application has enabled it, and the valve stays out. */
    @Nested
    class WithTraceAllowed {
        @Test
        void traceReachesTheApplicationWhichEchoesTheRequest() throws Exception {
            Tomcat tracing = tomcat(server -> {
                StatusKitTomcat.install(server.getHost(), ProblemResponder.builder().build());
                server.getConnector().setAllowTrace(true);
            });
            try {
                String answers = exchange(tracing.getConnector().getLocalPort(),
                        "TRACE /ok HTTP/1.1\r\nHost: x\r\nX-Echo: me\r\nConnection: close\r\n\r\n");
                assertThat(statuses(answers)).isEqualTo("200");
                assertThat(answers).contains("\r\nContent-Type: message/http\r\n").contains("X-Echo: me")
                        .doesNotContain("problem");
            } finally {
                tracing.stop();
                tracing.destroy();
            }
        }
    }
}

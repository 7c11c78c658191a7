package dev.statuskit.grizzly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemResponder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator and the TRACE guard on a bare Grizzly HttpServer with plain handlers, on raw sockets. */
class StatusKitErrorPageGeneratorTest {
    static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}) [A-Z]");
    static HttpServer server;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        server = new HttpServer();
        NetworkListener listener = new NetworkListener("test", "127.0.0.1", 0);
        server.addListener(listener);
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws IOException {
                response.setContentType("text/plain");
                response.getWriter().write("ok");
            }
        }, "/ok");
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) {
                throw new IllegalStateException("secret-detail at /boom");
            }
        }, "/boom");
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws IOException {
                response.setHeader("X-App", "kept");
                response.setHeader("ETag", "\"dropped\"");
                response.setContentType("text/plain");
                response.sendError(409, "secret-message");
            }
        }, "/conflict");
        StatusKitGrizzly.install(server, ProblemResponder.builder().build());
        server.start();
        port = listener.getPort();
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    static String exchange(String requests) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(requests.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    all.write(buffer, 0, n);
                }
            } catch (IOException e) {
                if (all.size() == 0) {
                    throw e;
                }
            }
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    static String statuses(String answers) {
        StringBuilder seen = new StringBuilder();
        Matcher m = STATUS_LINE.matcher(answers);
        while (m.find()) {
            seen.append(seen.length() == 0 ? "" : " ").append(m.group(1));
        }
        return seen.toString();
    }

    static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }

    @Test
    void grizzlysOwn404IsAProblemInTheRequestsLanguageAndKeepsTheConnection() throws IOException {
        String answers = exchange("GET /none HTTP/1.1\r\nHost: x\r\nAccept-Language: fr\r\n\r\n"
                + "GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("404 200");
        assertThat(answers).contains("\r\nContent-Type: application/problem+json\r\n")
                .contains("\r\nContent-Language: fr\r\n").doesNotContainIgnoringCase("grizzly")
                .doesNotContain("/none'").endsWith("ok");
    }

    @Test
    void aHandlerThatThrowsGivesA500ProblemWithNothingOfTheException() throws IOException {
        String answer = exchange("GET /boom HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answer)).isEqualTo("500");
        assertThat(answer).contains("\r\nContent-Type: text/html;charset=utf-8\r\n")
                .contains("\r\nContent-Length: " + body(answer).getBytes(StandardCharsets.UTF_8).length + "\r\n")
                .doesNotContain("secret-detail").doesNotContain("IllegalStateException").doesNotContain("at org.")
                .doesNotContainIgnoringCase("grizzly").doesNotContainIgnoringCase("glassfish");
        assertThat(body(answer)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void sendErrorKeepsTheApplicationsHeadersButNotItsRepresentationHeadersNorItsMessage() throws IOException {
        String answer = exchange("GET /conflict HTTP/1.1\r\nHost: x\r\nAccept-Language: de\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answer)).isEqualTo("409");
        assertThat(answer).contains("\r\nX-App: kept\r\n").doesNotContain("ETag").doesNotContain("text/plain")
                .contains("\r\nContent-Type: application/problem+json\r\n").contains("\r\nContent-Language: de\r\n")
                .contains("\r\nVary: Accept, Accept-Language\r\n").contains("\r\nCache-Control: no-store\r\n")
                .contains("\r\nX-Content-Type-Options: nosniff\r\n").doesNotContain("secret-message");
    }

    @Test
    void headGetsTheHeadersOfTheProblemAndNoBody() throws IOException {
        String answer = exchange("HEAD /none HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answer)).isEqualTo("404");
        assertThat(answer).contains("\r\nContent-Type: text/html;charset=utf-8\r\n").endsWith("\r\n\r\n");
    }

    @Test
    void noAnswerNamesTheServer() throws IOException {
        String answers = exchange("GET /ok HTTP/1.1\r\nHost: x\r\n\r\nGET /none HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("200 404");
        assertThat(answers).doesNotContainIgnoringCase("\r\nServer:").doesNotContainIgnoringCase("X-Powered-By");
    }

    @Test
    void traceIsRefusedWithA405ProblemThatEchoesNoHeader() throws IOException {
        String answers = exchange("TRACE /ok HTTP/1.1\r\nHost: x\r\nCookie: secret=s3cr3t\r\n\r\n"
                + "GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("405 200");
        assertThat(answers).contains("\r\nAllow: " + StatusKitGrizzly.ALLOWED_METHODS + "\r\n")
                .contains("\r\nContent-Type: application/problem+json\r\n").doesNotContain("s3cr3t");
    }

    @Test
    void traceOnAPathNoHandlerServesMeetsGrizzlysOwn404AsAProblem() throws IOException {
        String answer = exchange("TRACE /none HTTP/1.1\r\nHost: x\r\nCookie: secret=s3cr3t\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answer)).isEqualTo("404");
        assertThat(answer).contains("\r\nContent-Type: application/problem+json\r\n").doesNotContain("s3cr3t");
    }

    @Test
    void anUnknownHttpVersionGetsGrizzlysBare505AndTheConnectionClosesSoThePipelinedRequestGetsNoAnswer()
            throws IOException {
        // Grizzly's HTTP codec answers it below the HttpServer, where no error page generator is asked.
        String answers = exchange("GET /ok HTTP/9.9\r\nHost: x\r\n\r\nGET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("505");
        assertThat(answers).contains("\r\nContent-Length: 0\r\n").endsWith("\r\n\r\n")
                .doesNotContainIgnoringCase("grizzly").doesNotContain("/ok");
    }

    @Test
    void installingOnAStartedServerIsRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> StatusKitGrizzly.install(server, ProblemResponder.builder().build()));
    }
}

package dev.statuskit.jetty;

import static dev.statuskit.testing.RawHttp.statuses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.statuskit.http.ProblemResponder;
import dev.statuskit.testing.RawHttp;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


/** The handler on a bare Jetty core server, spoken to on raw sockets. */
class StatusKitErrorHandlerTest {
    static Server server;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                if (!request.getHttpURI().getPath().equals("/ok")) {
                    return false; // Jetty's own 404
                }
                response.write(true, ByteBuffer.wrap("ok".getBytes(StandardCharsets.US_ASCII)), callback);
                return true;
            }
        });
        StatusKitJetty.install(server, ProblemResponder.builder().build());
        server.start();
        port = connector.getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    static String exchange(String requests) {
        return RawHttp.conversation(port, requests);
    }


    @Test
    void anUnparsableRequestIsAnsweredOnceAndItsConnectionClosedSoThePipelinedRequestAfterItGetsNoAnswer()
            throws IOException {
        String answers = exchange("G<T /ok HTTP/1.1\r\nHost: x\r\n\r\nGET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("400");
        assertThat(answers).contains("\r\nConnection: close\r\n").contains("\r\nContent-Type: application/problem+json\r\n")
                .doesNotContainIgnoringCase("jetty").doesNotContain("Exception").doesNotContain("G<T");
    }

    @Test
    void anAmbiguousPathIsAnsweredInTheRequestsLanguageAndItsConnectionClosed() throws IOException {
        String answers = exchange("GET /a/%2F HTTP/1.1\r\nHost: x\r\nAccept-Language: de\r\n\r\n"
                + "GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("400");
        assertThat(answers).contains("\r\nConnection: close\r\n").contains("\r\nContent-Language: de\r\n");
    }

    @Test
    void jettysOwn404KeepsTheConnectionSoThePipelinedRequestAfterItIsAnswered() throws IOException {
        String answers = exchange("GET /none HTTP/1.1\r\nHost: x\r\nAccept-Language: fr\r\n\r\n"
                + "GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("404 200");
        assertThat(answers).contains("\r\nContent-Language: fr\r\n").doesNotContain("Server:").endsWith("ok");
    }

    /**
     * A cause chain that comes back on itself, as {@code initCause} allows (A, then B, then A), is read to a bound.
     * Not through a server: Jetty 12.1's own {@code ExceptionUtil.hasAssociated} loops on such a chain thrown by a
     * handler, before any error handler runs.
     */
    @Test
    void causesThatGoRoundAreReadToABoundAndAParseFailureAmongThemIsFound() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> StatusKitErrorHandler.isParseFailure(first)))
                .isFalse();

        HttpException.RuntimeException parse = new HttpException.RuntimeException(400, "bad");
        IllegalStateException deep = new IllegalStateException("wrapper", parse);
        for (int depth = 2; depth < StatusKitErrorHandler.MAX_CAUSES; depth++) {
            deep = new IllegalStateException("wrapper", deep);
        }
        assertThat(StatusKitErrorHandler.isParseFailure(deep)).isTrue();
        assertThat(StatusKitErrorHandler.isParseFailure(new IllegalStateException("one more", deep))).isFalse();
        assertThat(StatusKitErrorHandler.isParseFailure(new HttpException.RuntimeException(500, "not the client's"))).isFalse();
        assertThat(StatusKitErrorHandler.isParseFailure(null)).isFalse();
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
    void traceIsRefusedWithA405ProblemThatEchoesNoHeader() throws IOException {
        String answers = exchange("TRACE /ok HTTP/1.1\r\nHost: x\r\nCookie: secret=s3cr3t\r\nConnection: close\r\n\r\n");
        assertThat(statuses(answers)).isEqualTo("405");
        assertThat(answers).contains("\r\nAllow: " + StatusKitJetty.ALLOWED_METHODS + "\r\n")
                .contains("\r\nContent-Type: application/problem+json\r\n").doesNotContain("s3cr3t");
    }
}

package dev.statuskit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import dev.statuskit.client.jaxrs.ProblemWebApplicationException;
import dev.statuskit.client.jaxrs.StatusKitClientFeature;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Answers the demo never gives, from a scripted JDK server: Retry-After in both forms, a malformed problem, one
 * over the size limit, and the standard Retry-After example; through both clients.
 */
class ScriptedProblemsTest {
    private static final HttpClient JDK = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static HttpServer server;
    private static Client jersey;

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        answer("/busy", 503, "application/problem+json", "120",
                "{\"type\":\"https://example.com/busy\",\"title\":\"Busy\",\"status\":503,\"queue\":7}");
        answer("/later", 429, "application/problem+xml; charset=utf-8", "Sun, 06 Nov 1994 08:49:37 GMT",
                "<problem xmlns=\"urn:ietf:rfc:7807\"><title>Slow down</title><status>429</status></problem>");
        answer("/broken", 500, "application/problem+json", "soon", "{\"title\":\"Cut");
        byte[] huge = new byte[ProblemReader.MAX_BYTES + 10];
        Arrays.fill(huge, (byte) ' ');
        answer("/huge", 502, "application/problem+json", null, new String(huge, StandardCharsets.US_ASCII));
        server.start();
        jersey = ClientBuilder.newClient().register(StatusKitClientFeature.class);
    }

    private static void answer(String path, int status, String contentType, String retryAfter, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            if (retryAfter != null) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    @AfterAll
    static void stop() {
        jersey.close();
        server.stop(0);
    }

    enum Via {
        JDK_HTTP_CLIENT, JERSEY_CLIENT;

        ProblemResponseException call(String path) {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
            Throwable thrown = this == JDK_HTTP_CLIENT
                    ? catchThrowable(() -> ProblemBodyHandlers.send(JDK, HttpRequest.newBuilder(uri).build(),
                            HttpResponse.BodyHandlers.ofString()))
                    : catchThrowable(() -> jersey.target(uri).request().get(String.class));
            assertThat(thrown).isInstanceOf(this == JDK_HTTP_CLIENT ? ProblemResponseException.class
                    : ProblemWebApplicationException.class);
            return ProblemResponseException.find(thrown).orElseThrow();
        }
    }

    @ParameterizedTest
    @EnumSource(Via.class)
    void retryAfterInSecondsComesWithTheProblem(Via via) {
        ProblemResponseException e = via.call("/busy");

        assertThat(e.status()).isEqualTo(503);
        assertThat(e.problem().title()).isEqualTo("Busy");
        assertThat(e.problem().extensions()).containsEntry("queue", 7L);
        assertThat(e.retryAfter()).contains(RetryAfter.ofDelay(Duration.ofSeconds(120)));
        assertThat(e).hasMessage("HTTP 503 Busy (https://example.com/busy)");
    }

    @ParameterizedTest
    @EnumSource(Via.class)
    void retryAfterAsADateComesWithAnXmlProblem(Via via) {
        ProblemResponseException e = via.call("/later");

        assertThat(e.status()).isEqualTo(429);
        assertThat(e.problem().title()).isEqualTo("Slow down");
        assertThat(e.retryAfter()).contains(RetryAfter.ofDate(Instant.parse("1994-11-06T08:49:37Z")));
    }

    @ParameterizedTest
    @EnumSource(Via.class)
    void aMalformedProblemStillFailsTheCallWithTheStatusAndTheParseErrorAsCause(Via via) {
        ProblemResponseException e = via.call("/broken");

        assertThat(e.status()).isEqualTo(500);
        assertThat(e.problem()).isEqualTo(dev.statuskit.http.Problem.builder().status(500).build());
        assertThat(e.getCause()).isInstanceOf(ProblemParseException.class)
                .hasMessage("Unterminated string, found end of input at offset 9");
        assertThat(e.retryAfter()).as("'soon' is no Retry-After").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Via.class)
    void aProblemOverTheLimitIsNotReadPastIt(Via via) {
        ProblemResponseException e = via.call("/huge");

        assertThat(e.status()).isEqualTo(502);
        assertThat(e.getCause()).isInstanceOf(ProblemParseException.class)
                .hasMessage("A problem document of more than 1048576 bytes is not read (the limit) at offset 1048576");
    }
}

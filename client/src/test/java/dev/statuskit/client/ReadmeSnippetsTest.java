package dev.statuskit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.statuskit.client.jaxrs.ProblemWebApplicationException;
import dev.statuskit.client.jaxrs.StatusKitClientFeature;
import dev.statuskit.demo.DemoServer;
import dev.statuskit.http.Problem;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.WebSocket;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client guide, docs/client.md, run against the demo. Between the markers, the lines are exactly those
 * docs/client.md shows; keep them in step.
 */
class ReadmeSnippetsTest {
    private static DemoServer demo;
    private static String base;
    private static String ws;
    private static HttpClient httpClient;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start("127.0.0.1", 0);
        base = demo.baseUrl();
        ws = base.replace("http://", "ws://");
        httpClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    @Test
    void theHttpClientSnippetGetsTheGermanNotFound() throws Exception {
        Problem seen = null;
        Optional<RetryAfter> seenRetry = null;
        // docs/client.md shows these lines: begin
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/items/42"))
            .header("Accept", "application/json, application/problem+json").header("Accept-Language", "de").build();
        try {
            HttpResponse<String> item = ProblemBodyHandlers.send(httpClient, request, BodyHandlers.ofString());
            // docs/client.md shows these lines: end
            fail("no problem: " + item);
            // docs/client.md shows these lines: begin
        } catch (ProblemResponseException e) {
            Problem problem = e.problem();                                 // 404, title "Nicht gefunden", detail...
            Optional<RetryAfter> retryAfter = e.retryAfter();              // delay-seconds or an HTTP-date
            // docs/client.md shows these lines: end
            seen = problem;
            seenRetry = retryAfter;
        }

        assertThat(seen.status()).isEqualTo(404);
        assertThat(seen.title()).isEqualTo("Nicht gefunden");
        assertThat(seenRetry).isEmpty();
    }

    @Test
    void theJakartaRestSnippetGetsTheErrorId() {
        Object seen = null;
        // docs/client.md shows these lines: begin
        Client rest = ClientBuilder.newClient().register(StatusKitClientFeature.class);
        try {
            rest.target(base + "api/boom").request("application/json", "application/problem+json").get(String.class);
            // docs/client.md shows these lines: end
            fail("no problem");
            // docs/client.md shows these lines: begin
        } catch (ProblemWebApplicationException e) {
            Object errorId = e.problem().extensions().get("errorId");      // the id the server logged
            // docs/client.md shows these lines: end
            seen = errorId;
        } finally {
            rest.close();
        }

        assertThat(UUID.fromString((String) seen)).isNotNull();
    }

    @Test
    void theWebSocketSnippetConnectsAndCloses() throws Exception {
        // docs/client.md shows these lines: begin
        ReconnectPolicy policy = ReconnectPolicy.builder()
            .terminal(4403)                                                // our own "forbidden": never reconnect
            .on(4001, Decision.backoff())                                  // our own "busy": full-jitter backoff
            .build();
        ReconnectingWebSocket socket = ReconnectingWebSocket.builder(URI.create(ws + "ws/echo"), EchoListener::new)
            .policy(policy)
            .listener(event -> System.out.println(event))                 // Connected, Scheduled, GaveUp
            .connect();
        // docs/client.md shows these lines: end
        assertThat(EchoListener.OPENED.await(10, TimeUnit.SECONDS)).as("opened within 10 s").isTrue();
        assertThat(policy.delay(4403, 0)).isEmpty();
        assertThat(policy.decision(4001)).isEqualTo(Decision.backoff());
        // docs/client.md shows these lines: begin
        socket.close();                                                    // 1000, and no more reconnects
        // docs/client.md shows these lines: end
        assertThat(socket.isStopped()).isTrue();
        assertThat(socket.current()).isEmpty();
    }

    @Test
    void everyMarkedLineIsInTheGuideAsItIsHere() throws Exception {
        java.nio.file.Path self = java.nio.file.Path.of("src/test/java/dev/statuskit/client/ReadmeSnippetsTest.java");
        java.util.List<String> guide = java.nio.file.Files.readAllLines(java.nio.file.Path.of("../docs/client.md"))
                .stream().map(String::strip).toList();
        java.util.List<String> marked = new java.util.ArrayList<>();
        boolean inside = false;
        for (String line : java.nio.file.Files.readAllLines(self)) {
            if (line.strip().startsWith("// docs/client.md shows these lines: ")) {
                inside = line.strip().endsWith("begin");
            } else if (inside) {
                marked.add(line.strip());
            }
        }

        assertThat(marked).hasSizeGreaterThan(20);
        assertThat(guide).containsAll(marked);
    }

    /** The listener the snippet names. */
    static final class EchoListener implements WebSocket.Listener {
        static final CountDownLatch OPENED = new CountDownLatch(1);

        @Override
        public void onOpen(WebSocket webSocket) {
            OPENED.countDown();
            WebSocket.Listener.super.onOpen(webSocket);
        }
    }
}

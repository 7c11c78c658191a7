package dev.statuskit.micrometer;

import static dev.statuskit.micrometer.StatusKitMetricsTest.series;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.websocket.CloseValidation;
import dev.statuskit.websocket.StatusKitConfigurator;
import dev.statuskit.websocket.StatusKitSession;
import dev.statuskit.websocket.StatusKitWebSocketListener;
import dev.statuskit.websocket.StatusKitWebSocketOptions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The close counter through real components: decorated endpoints on Jetty 12 (one strict, one lenient) and a
 * decorated JDK client, each side with its own registry. Counts and tags are exact.
 */
class RoundTripTest {
    static final String LONG_REASON = "é".repeat(100);   // 200 UTF-8 bytes: cut to 123

    final SimpleMeterRegistry serverRegistry = new SimpleMeterRegistry();
    final SimpleMeterRegistry clientRegistry = new SimpleMeterRegistry();
    final CloseMeters serverCloses = StatusKitMetrics.closes(serverRegistry);
    final StatusKitWebSocketOptions clientOptions = StatusKitWebSocketOptions.builder()
            .addListener(StatusKitMetrics.closes(clientRegistry)).build();
    Server server;
    int port;

    /** {@code close <code> <reason>} closes through the decorator; a refused code is counted and answered. */
    public static final class CommandEndpoint extends Endpoint {
        private final CloseMeters closes;

        CommandEndpoint(CloseMeters closes) {
            this.closes = closes;
        }

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            StatusKitSession statusKit = StatusKitSession.from(session);
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
                String[] parts = text.split(" ", 3);
                int code = Integer.parseInt(parts[1]);
                try {
                    try {
                        statusKit.close(code, parts.length > 2 ? parts[2] : "");
                    } catch (IllegalArgumentException refused) {
                        statusKit.getBasicRemote().sendText("refused " + code);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** What the client receives. */
    static final class Received implements WebSocket.Listener {
        final LinkedBlockingQueue<String> texts = new LinkedBlockingQueue<>();
        final CompletableFuture<String> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            texts.add(data.toString());
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode + " " + reason.length());
            return null;
        }
    }

    @BeforeEach
    void start() throws Exception {
        StatusKitWebSocketOptions strict = StatusKitWebSocketOptions.builder().addListener(serverCloses).build();
        StatusKitWebSocketOptions lenient = StatusKitWebSocketOptions.builder().validation(CloseValidation.LENIENT)
                .addListener(serverCloses).build();
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        server.setHandler(context);
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            container.addEndpoint(StatusKitConfigurator.endpointConfig("/strict", () -> new CommandEndpoint(serverCloses),
                    strict).build());
            container.addEndpoint(StatusKitConfigurator.endpointConfig("/lenient", () -> new CommandEndpoint(serverCloses),
                    lenient).build());
        });
        server.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    WebSocket connect(String path, Received received) throws Exception {
        return HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + path), StatusKitWebSocketListener.wrap(received, clientOptions))
                .get(5, TimeUnit.SECONDS);
    }

    @Test
    void aRefusedCodeThenATruncatedReasonOnAStrictServer() throws Exception {
        Received received = new Received();
        WebSocket socket = connect("/strict", received);
        socket.sendText("close 1005 x", true).get(5, TimeUnit.SECONDS);
        assertThat(received.texts.poll(5, TimeUnit.SECONDS)).isEqualTo("refused 1005");
        socket.sendText("close 4001 " + LONG_REASON, true).get(5, TimeUnit.SECONDS);
        assertThat(received.closed.get(5, TimeUnit.SECONDS)).isEqualTo("4001 61");   // 61 é, 122 bytes

        awaitSeries(serverRegistry, Map.of(
                "category=never-sent,code=1005,direction=sent,outcome=refused", 1.0,
                "category=unknown,code=unknown,direction=sent,outcome=truncated", 1.0,
                "category=private,code=4000-4999,direction=sent,outcome=sent", 1.0,
                "category=private,code=4000-4999,direction=received,outcome=received", 1.0));
        awaitSeries(clientRegistry, Map.of(
                "category=private,code=4000-4999,direction=received,outcome=received", 1.0));
    }

    @Test
    void aSubstitutedCodeOnALenientServer() throws Exception {
        Received received = new Received();
        WebSocket socket = connect("/lenient", received);
        socket.sendText("close 1005 x", true).get(5, TimeUnit.SECONDS);
        assertThat(received.closed.get(5, TimeUnit.SECONDS)).isEqualTo("1011 1");

        awaitSeries(serverRegistry, Map.of(
                "category=never-sent,code=1005,direction=sent,outcome=substituted", 1.0,
                "category=standard,code=1011,direction=sent,outcome=sent", 1.0,
                "category=standard,code=1011,direction=received,outcome=received", 1.0));
        awaitSeries(clientRegistry, Map.of(
                "category=standard,code=1011,direction=received,outcome=received", 1.0));
    }

    @Test
    void aCloseTheClientSends() throws Exception {
        Received received = new Received();
        WebSocket socket = connect("/strict", received);
        StatusKitWebSocketListener.sendClose(socket, 4403, "forbidden", clientOptions).get(5, TimeUnit.SECONDS);
        assertThat(received.closed.get(5, TimeUnit.SECONDS)).startsWith("4403 ");

        awaitSeries(clientRegistry, Map.of(
                "category=private,code=4000-4999,direction=sent,outcome=sent", 1.0,
                "category=private,code=4000-4999,direction=received,outcome=received", 1.0));
        awaitSeries(serverRegistry, Map.of(
                "category=private,code=4000-4999,direction=received,outcome=received", 1.0));
    }

    /** Waits for the close handshake's last reports (they come on the containers' threads), then compares all. */
    static void awaitSeries(SimpleMeterRegistry registry, Map<String, Double> expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!series(registry, StatusKitMetrics.CLOSES).equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(series(registry, StatusKitMetrics.CLOSES)).containsExactlyInAnyOrderEntriesOf(expected);
    }
}

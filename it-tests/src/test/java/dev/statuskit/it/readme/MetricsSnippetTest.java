package dev.statuskit.it.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.servlet.StatusKitFilter;
import dev.statuskit.micrometer.StatusKitMetrics;
import dev.statuskit.testing.HttpCalls;
import dev.statuskit.websocket.StatusKitConfigurator;
import dev.statuskit.websocket.StatusKitSession;
import dev.statuskit.websocket.StatusKitWebSocketOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.websocket.Endpoint;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * The Metrics guide's lines (docs/metrics.md: {@link #responderFromTheGuide}, {@link #optionsFromTheGuide}),
 * compiled and run on a real Jetty: a 404 and a WebSocket close are counted; {@link #theGuideShowsTheseLines}
 * checks that the guide still shows them.
 */
class MetricsSnippetTest {
    static ProblemResponder responderFromTheGuide(MeterRegistry registry) {
        ProblemResponder responder = ProblemResponder.builder().listener(StatusKitMetrics.problems(registry)).build();
        return responder;
    }

    static StatusKitWebSocketOptions optionsFromTheGuide(MeterRegistry registry) {
        StatusKitWebSocketOptions options = StatusKitWebSocketOptions.builder().addListener(StatusKitMetrics.closes(registry)).build();
        return options;
    }

    /**
     * The server side has ended: completed by {@link ByeEndpoint#onClose}, which the decorator calls after it has
     * reported the close to its listeners (the meters).
     */
    static final CompletableFuture<Integer> SERVER_CLOSED = new CompletableFuture<>();

    /** The server's {@code close(4001, ...)} has returned, so the decorator has counted the sent close. */
    static final CompletableFuture<Void> CLOSE_RETURNED = new CompletableFuture<>();

    /** Closes with 4001 on any message. */
    public static final class ByeEndpoint extends Endpoint {
        @Override
        public void onClose(Session session, CloseReason closeReason) {
            SERVER_CLOSED.complete(closeReason.getCloseCode().getCode());
        }

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
                try {
                    StatusKitSession.from(session).close(4001, text);
                    CLOSE_RETURNED.complete(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void theTwoLinesCountAProblemAndAClose() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ProblemResponder responder = responderFromTheGuide(registry);
        StatusKitWebSocketOptions options = optionsFromTheGuide(registry);
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addEventListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                StatusKitFilter.register(event.getServletContext(), responder);
            }
        });
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) ->
                container.addEndpoint(StatusKitConfigurator.endpointConfig("/ws", ByeEndpoint::new, options).build()));
        server.setHandler(context);
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
            assertThat(HttpCalls.send(base, "GET", "no/such/page", "Accept-Language", "ja").statusCode()).isEqualTo(404);

            CompletableFuture<Integer> closed = new CompletableFuture<>();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + connector.getLocalPort() + "/ws"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                            closed.complete(statusCode);
                            return null;
                        }
                    }).get(5, TimeUnit.SECONDS);
            socket.sendText("bye", true).get(5, TimeUnit.SECONDS);
            assertThat(closed.get(5, TimeUnit.SECONDS)).isEqualTo(4001);
            CLOSE_RETURNED.get(5, TimeUnit.SECONDS);
            assertThat(SERVER_CLOSED.get(5, TimeUnit.SECONDS)).as("the close handshake has ended").isEqualTo(4001);

            assertThat(registry.get(StatusKitMetrics.PROBLEMS).tags("status", "404", "status_class", "4xx",
                    "format", "json", "locale", "ja").counter().count()).isEqualTo(1.0);
            assertThat(registry.get(StatusKitMetrics.CLOSES).tags("code", "4000-4999", "category", "private",
                    "direction", "sent", "outcome", "sent").counter().count()).isEqualTo(1.0);
            assertThat(registry.get(StatusKitMetrics.CLOSES).tags("code", "4000-4999", "direction", "received")
                    .counter().count()).isEqualTo(1.0);
        } finally {
            server.stop();
        }
    }

    @Test
    void theGuideShowsTheseLines() throws IOException {
        String source = ReadmeLines.source("readme/MetricsSnippetTest.java");
        List<String> lines = ReadmeLines.firstJavaBlock(ReadmeLines.METRICS_GUIDE, "# Metrics");
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(source).as("docs/metrics.md line %s", line).contains(line);
        }
    }
}

package dev.statuskit.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.websocket.fixtures.ClientKind;
import dev.statuskit.websocket.fixtures.ClientKind.Closed;
import dev.statuskit.websocket.fixtures.ClientKind.TestClient;
import dev.statuskit.websocket.fixtures.ServerKind;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An annotated endpoint whose {@code @OnOpen} or {@code @OnMessage} throws, which the container calls itself, and
 * whose {@code @OnError} closes through {@link StatusKitSession}, as docs/websocket.md advises: the close the
 * client sees, container by container. Jetty's own close after a failed {@code @OnOpen}, which carries the
 * exception's message, is what the advice to catch in {@code @OnOpen} is about.
 */
class AnnotatedFailureTest {
    private static final Map<ServerKind, ServerKind.Running> SERVERS = new EnumMap<>(ServerKind.class);
    static final String REASON = "closed in OnError";

    @ServerEndpoint(value = "/failing", configurator = StatusKitConfigurator.Annotated.class)
    public static final class FailingEndpoint {
        @OnOpen
        public void onOpen(Session session) {
            if (session.getRequestParameterMap().containsKey("failOpen")) {
                throw new IllegalStateException("open failed: password=hunter2");
            }
        }

        @OnMessage
        public String onMessage(String text) {
            throw new IllegalStateException("message failed: password=hunter2");
        }

        @OnError
        public void onError(Session session, Throwable failure) throws IOException {
            StatusKitSession.from(session).close(1011, REASON);
        }
    }

    @BeforeAll
    static void startServers() throws Exception {
        StatusKitWebSocketOptions options = StatusKitWebSocketOptions.builder().build();
        for (ServerKind kind : ServerKind.values()) {
            SERVERS.put(kind, kind.start(List.of(
                    StatusKitConfigurator.annotatedEndpointConfig(FailingEndpoint.class, FailingEndpoint::new, options).build())));
        }
    }

    @AfterAll
    static void stopServers() {
        SERVERS.values().forEach(ServerKind.Running::close);
    }

    static Stream<Arguments> serversAndClients() {
        return Stream.of(ServerKind.values()).flatMap(server -> Stream.of(ClientKind.values()).map(client -> Arguments.of(server, client)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serversAndClients")
    void afterAFailedOnMessageTheCloseOfOnErrorIsTheOneSentOnEveryContainer(ServerKind server, ClientKind client) throws Exception {
        try (TestClient connection = client.connect(SERVERS.get(server).uri("/failing"))) {
            connection.send("anything");
            Closed closed = connection.awaitClosed();
            assertThat(closed.code()).isEqualTo(1011);
            assertThat(closed.reason()).isEqualTo(REASON);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serversAndClients")
    void afterAFailedOnOpenOnlyJettySendsItsOwnCloseWithTheMessage(ServerKind server, ClientKind client) throws Exception {
        try (TestClient connection = client.connect(SERVERS.get(server).uri("/failing?failOpen=1"))) {
            Closed closed = connection.awaitClosed();
            assertThat(closed.code()).isEqualTo(1011);
            if (server == ServerKind.JETTY) {
                assertThat(closed.reason()).startsWith("org.eclipse.jetty.websocket.core.exception.WebSocketException: ")
                        .contains("open failed: password");
            } else {
                assertThat(closed.reason()).isEqualTo(REASON);
            }
        }
    }
}

package dev.statuskit.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.websocket.fixtures.ClientKind;
import dev.statuskit.websocket.fixtures.ClientKind.TestClient;
import dev.statuskit.websocket.fixtures.CommandEndpoint;
import dev.statuskit.websocket.fixtures.DroppingServer;
import dev.statuskit.websocket.fixtures.Reasons;
import dev.statuskit.websocket.fixtures.Recorder;
import dev.statuskit.websocket.fixtures.ServerKind;
import java.net.URI;
import java.net.http.WebSocket;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decorator on the client side: a Tyrus client endpoint wrapped by {@link StatusKitEndpoint} and a JDK
 * listener wrapped by {@link StatusKitWebSocketListener}, against real servers that close through
 * {@link CommandEndpoint}, and against a server that drops the connection.
 */
class ClientSideTest {
    private static final Recorder SERVER_RECORDER = new Recorder();
    private static final Map<ServerKind, ServerKind.Running> SERVERS = new EnumMap<>(ServerKind.class);
    private static final AtomicInteger TOKENS = new AtomicInteger();
    private static final CloseClassifier GRAPHQL_WS = GraphQlWsCloseCodes.registerInto(CloseClassifier.builder()).build();

    @BeforeAll
    static void startServers() throws Exception {
        StatusKitWebSocketOptions options = StatusKitWebSocketOptions.builder().addListener(SERVER_RECORDER).build();
        for (ServerKind kind : ServerKind.values()) {
            SERVERS.put(kind, kind.start(List.of(StatusKitConfigurator.endpointConfig(
                    "/ws", () -> new CommandEndpoint(SERVER_RECORDER), options).build())));
        }
    }

    @AfterAll
    static void stopServers() {
        SERVERS.values().forEach(ServerKind.Running::close);
    }

    private static String token() {
        return "client-" + TOKENS.incrementAndGet();
    }

    private static URI uri(ServerKind server, String token) {
        return SERVERS.get(server).uri("/ws?token=" + token);
    }

    private static StatusKitWebSocketOptions.Builder clientOptions() {
        return StatusKitWebSocketOptions.builder().classifier(GRAPHQL_WS).locale(Locale.FRENCH);
    }

    @Nested
    class ServerCloses {
        static Stream<Arguments> closes() {
            Object[][] table = {
                    {1001, "Départ", ReconnectHint.IMMEDIATELY},
                    {1012, "Redémarrage du service", ReconnectHint.AFTER_RANDOM_DELAY},
                    {1013, "Réessayer plus tard", ReconnectHint.WITH_BACKOFF},
                    {4403, "Forbidden", ReconnectHint.WITH_BACKOFF},
                    {4401, "Unauthorized", ReconnectHint.NEVER}};
            return Stream.of(ServerKind.values()).flatMap(s -> Stream.of(ClientKind.values()).flatMap(
                    c -> Stream.of(table).map(row -> Arguments.of(s, c, row[0], row[1], row[2]))));
        }

        @ParameterizedTest(name = "{0} server, {1} client: {2} {3}, reconnect {4}")
        @MethodSource("closes")
        void aServerCloseIsClassifiedWithItsReconnectHint(ServerKind server, ClientKind client, int code, String name,
                ReconnectHint hint) throws Exception {
            try (TestClient c = client.connect(uri(server, token()), clientOptions().build(), null)) {
                c.send("closeReason " + code + " see you");

                CloseCodeInfo info = c.awaitClassified();

                assertThat(info.code()).isEqualTo(code);
                assertThat(info.reconnectHint()).isEqualTo(hint);
                assertThat(info.name()).isEqualTo(name);
                assertThat(c.awaitClosed().reason()).isEqualTo("see you");
            }
        }

        @ParameterizedTest(name = "{0} client")
        @EnumSource(ClientKind.class)
        void aDroppedConnectionIsClassifiedAs1006WithBackoff(ClientKind client) throws Exception {
            CloseStatistics statistics = new CloseStatistics();
            try (DroppingServer dropping = new DroppingServer();
                    TestClient c = client.connect(dropping.uri(), clientOptions().addListener(statistics).build(), null)) {
                CloseCodeInfo info = c.awaitClassified();

                assertThat(info.code()).isEqualTo(1006);
                assertThat(info.origin()).isEqualTo(CloseOrigin.NETWORK);
                assertThat(info.reconnectHint()).isEqualTo(ReconnectHint.WITH_BACKOFF);
                assertThat(statistics.closesReceived()).isEqualTo(1);
            }
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void aWrappedTyrusClientIsRefusedAnUnsendableCodeAndStaysOpen(ServerKind server) throws Exception {
            try (TestClient c = ClientKind.TYRUS.connect(uri(server, token()), clientOptions().build(), null)) {
                assertThatIllegalArgumentException().isThrownBy(() -> c.closeWith(1015, "tls"))
                        .withMessage("Close code 1015 must never be sent in a close frame (RFC 6455 §7.4.1)");

                assertThat(c.ask("still there?")).isEqualTo("echo: still there?");
            }
        }
    }

    @Nested
    class JdkSendClose {
        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void aCodeThatMustNotBeSentIsRefusedAndTheConnectionStaysOpen(ServerKind server) throws Exception {
            try (TestClient c = ClientKind.JDK.connect(uri(server, token()))) {
                assertThatIllegalArgumentException()
                        .isThrownBy(() -> StatusKitWebSocketListener.sendClose(c.webSocket(), 1005, "", clientOptions().build()))
                        .withMessage("Close code 1005 must never be sent in a close frame (RFC 6455 §7.4.1)");

                assertThat(c.webSocket().isOutputClosed()).isFalse();
                assertThat(c.ask("still there?")).isEqualTo("echo: still there?");
            }
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void aServerCodeIsRefusedBecauseTheJdkClientCannotSendIt(ServerKind server) throws Exception {
            try (TestClient c = ClientKind.JDK.connect(uri(server, token()))) {
                assertThatIllegalArgumentException()
                        .isThrownBy(() -> StatusKitWebSocketListener.sendClose(c.webSocket(), 1012, "", clientOptions().build()))
                        .withMessage("Close code 1012 cannot be sent by a java.net.http WebSocket client, which sends"
                                + " only 1000, 1001, 1008, 1011 and 3000-4999 (WebSocket.sendClose)");
                assertThat(c.webSocket().isOutputClosed()).isFalse();
            }
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void inLenientModeTheServerReceives1011InsteadOfACodeTheClientCannotSend(ServerKind server) throws Exception {
            String token = token();
            Recorder clientRecorder = new Recorder();
            StatusKitWebSocketOptions lenient = clientOptions().validation(CloseValidation.LENIENT)
                    .addListener(clientRecorder).build();
            try (TestClient c = ClientKind.JDK.connect(uri(server, token))) {
                Recorder.TOKEN.set(token);
                try {
                    StatusKitWebSocketListener.sendClose(c.webSocket(), 1012, "restart", lenient).get(5, TimeUnit.SECONDS);
                } finally {
                    Recorder.TOKEN.remove();
                }

                assertThat(SERVER_RECORDER.awaitReceived(token).info().code()).isEqualTo(1011);
                assertThat(clientRecorder.events(token)).contains(
                        "substituted 1012 by 1011: Close code 1012 cannot be sent by a java.net.http WebSocket client,"
                                + " which sends only 1000, 1001, 1008, 1011 and 3000-4999 (WebSocket.sendClose)");
            }
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void aLongReasonReachesTheServerTruncated(ServerKind server) throws Exception {
            String token = token();
            String reason = Reasons.of(400, 4);
            try (TestClient c = ClientKind.JDK.connect(uri(server, token))) {
                StatusKitWebSocketListener.sendClose(c.webSocket(), 4000, reason, clientOptions().build())
                        .get(5, TimeUnit.SECONDS);

                assertThat(SERVER_RECORDER.awaitReceived(token).reason()).isEqualTo(Reasons.prefix(reason, 120));
            }
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void aCloseTheJdkFailsIsReportedAndTheConnectionAborted(ServerKind server) throws Exception {
            CloseStatistics statistics = new CloseStatistics();
            try (TestClient c = ClientKind.JDK.connect(uri(server, token()))) {
                WebSocket webSocket = c.webSocket();
                webSocket.sendClose(1000, "first").get(5, TimeUnit.SECONDS);

                CompletableFuture<WebSocket> second = StatusKitWebSocketListener.sendClose(webSocket, 4000, "second",
                        clientOptions().addListener(statistics).build());

                assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .hasRootCauseMessage("Output closed");
                assertThat(statistics.closeFailures()).isEqualTo(1);
                assertThat(statistics.closesSent()).isZero();
                assertThat(webSocket.isInputClosed()).isTrue();
            }
        }
    }
}

package dev.statuskit.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.websocket.fixtures.ClientKind;
import dev.statuskit.websocket.fixtures.ClientKind.Closed;
import dev.statuskit.websocket.fixtures.ClientKind.TestClient;
import dev.statuskit.websocket.fixtures.CommandEndpoint;
import dev.statuskit.websocket.fixtures.Recorder;
import dev.statuskit.websocket.fixtures.ServerKind;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A message handler of the wrapped endpoint that throws, or its {@code onOpen}, on real servers with real clients. Left to themselves, Jetty
 * closes with 1003 (Unsupported Data) and Tomcat with 1002 (Protocol Error), both of which tell the client that its
 * data was at fault, and Tyrus keeps the connection open. Through the decorator the endpoint's {@code onError} gets
 * the failure, and the connection closes with 1011 (Internal Error), whose classification tells the client to
 * reconnect with backoff, with the code's name as the reason and nothing of the exception.
 */
class HandlerFailureTest {
    private static final Recorder RECORDER = new Recorder();
    private static final Map<ServerKind, ServerKind.Running> SERVERS = new EnumMap<>(ServerKind.class);
    private static final AtomicInteger TOKENS = new AtomicInteger();
    private static final String SECRET = "jdbc:pg://db?password=hunter2";
    /**
     * What the server's own close report may say after it closed with a code: that code, or 1006 when the client
     * dropped the connection before its reply to the close reached the server. Twice in CI (2026-11-29, Jetty and
     * the Tyrus client, once on each path) the client got the server's close, code and reason exactly, while Jetty
     * reported 1006. What the client got is asserted exactly; this still fails for any other code, such as a 1011
     * of the decorator's own in place of what {@code onError} sent.
     */
    private static List<Integer> serverSaw(int code) {
        return List.of(code, 1006);
    }

    @BeforeAll
    static void startServers() throws Exception {
        StatusKitWebSocketOptions options = StatusKitWebSocketOptions.builder().addListener(RECORDER).build();
        for (ServerKind kind : ServerKind.values()) {
            SERVERS.put(kind, kind.start(List.of(
                    deployment("/lambda", options, false),
                    deployment("/anonymous", options, true))));
        }
    }

    private static ServerEndpointConfig deployment(String path, StatusKitWebSocketOptions options, boolean oneArgument) {
        return StatusKitConfigurator.endpointConfig(path, () -> new CommandEndpoint(RECORDER, oneArgument), options).build();
    }

    @AfterAll
    static void stopServers() {
        SERVERS.values().forEach(ServerKind.Running::close);
    }

    static Stream<Arguments> serversClientsAndHandlers() {
        return Stream.of(ServerKind.values()).flatMap(server -> Stream.of(ClientKind.values()).flatMap(client ->
                Stream.of("/lambda", "/anonymous").map(path -> Arguments.of(server, client, path))));
    }

    private static TestClient connect(ServerKind server, ClientKind client, String path, String token) throws Exception {
        return client.connect(SERVERS.get(server).uri(path + "?token=" + token));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("serversClientsAndHandlers")
    void aHandlerThatThrowsReachesOnErrorAndClosesWith1011WithoutItsMessage(ServerKind server, ClientKind client, String path)
            throws Exception {
        String token = "fail-" + TOKENS.incrementAndGet();
        try (TestClient connection = connect(server, client, path, token)) {
            assertThat(connection.ask("hello")).isEqualTo("echo: hello");
            connection.send("throw " + SECRET);

            Closed closed = connection.awaitClosed();
            String name = StatusCatalog.standard().closeCode(1011, Locale.ENGLISH).title();
            assertThat(closed.code()).as("client's error %s; endpoint's errors %s", closed.error(), RECORDER.errors(token))
                    .isEqualTo(1011);
            assertThat(closed.reason()).isEqualTo(name).doesNotContain("hunter2");
            assertThat(RECORDER.awaitReceived(token).info().code()).isIn(serverSaw(1011));
            // The endpoint's onError had the failure first (a container may report the closed connection after it).
            assertThat(RECORDER.errors(token)).first().isEqualTo(SECRET);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("serversClientsAndHandlers")
    void anOnErrorThatClosesTheSessionItselfHasTheLastWord(ServerKind server, ClientKind client, String path) throws Exception {
        String token = "fail-" + TOKENS.incrementAndGet();
        try (TestClient connection = connect(server, client, path, token)) {
            connection.send("throw " + CommandEndpoint.CLOSE_IN_ON_ERROR);

            Closed closed = connection.awaitClosed();
            assertThat(closed.code()).as("client's error %s; endpoint's errors %s", closed.error(), RECORDER.errors(token))
                    .isEqualTo(4000);
            assertThat(closed.reason()).isEqualTo("closed by onError");
            assertThat(RECORDER.awaitReceived(token).info().code()).isIn(serverSaw(4000));
        }
    }

    static Stream<Arguments> serversAndClients() {
        return Stream.of(ServerKind.values()).flatMap(server -> Stream.of(ClientKind.values()).map(client -> Arguments.of(server, client)));
    }

    /**
     * Left to themselves, Jetty closes with 1011 and Tomcat with 1002, each sending the exception's message as the reason
     * (Jetty with its own exception's class name before it), and Tyrus keeps the connection open.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serversAndClients")
    void anOnOpenThatThrowsReachesOnErrorAndClosesWith1011WithoutItsMessage(ServerKind server, ClientKind client) throws Exception {
        String token = "open-" + TOKENS.incrementAndGet();
        try (TestClient connection = client.connect(SERVERS.get(server).uri("/lambda?failOpen=1&token=" + token))) {
            Closed closed = connection.awaitClosed();
            assertThat(closed.code()).isEqualTo(1011);
            assertThat(closed.reason()).isEqualTo(StatusCatalog.standard().closeCode(1011, Locale.ENGLISH).title());
            assertThat(RECORDER.errors(token)).first().isEqualTo(CommandEndpoint.OPEN_FAILURE);
        }
    }
}

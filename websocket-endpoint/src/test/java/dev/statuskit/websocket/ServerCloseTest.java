package dev.statuskit.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.websocket.fixtures.ClientKind;
import dev.statuskit.websocket.fixtures.ClientKind.Closed;
import dev.statuskit.websocket.fixtures.ClientKind.TestClient;
import dev.statuskit.websocket.fixtures.CommandEndpoint;
import dev.statuskit.websocket.fixtures.Reasons;
import dev.statuskit.websocket.fixtures.Recorder;
import dev.statuskit.websocket.fixtures.ServerKind;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.ProtocolException;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Closes sent through the decorator by an endpoint on real servers (Tyrus on Grizzly, Jetty 12 EE 11), as real
 * clients (Tyrus, JDK) see them. The endpoint is {@link CommandEndpoint}: the client asks it to close.
 */
class ServerCloseTest {
    private static final Recorder RECORDER = new Recorder();
    private static final Map<ServerKind, ServerKind.Running> SERVERS = new EnumMap<>(ServerKind.class);
    private static final AtomicInteger TOKENS = new AtomicInteger();
    private static final int[] UNSENDABLE = {-1, 0, 999, 1004, 1005, 1006, 1015, 1016, 2000, 2999, 5000};

    @BeforeAll
    static void startServers() throws Exception {
        for (ServerKind kind : ServerKind.values()) {
            SERVERS.put(kind, kind.start(List.of(
                    deployment("/strict", CloseValidation.STRICT),
                    deployment("/lenient", CloseValidation.LENIENT))));
        }
    }

    private static ServerEndpointConfig deployment(String path, CloseValidation validation) {
        StatusKitWebSocketOptions options = StatusKitWebSocketOptions.builder()
                .validation(validation).addListener(RECORDER).build();
        return StatusKitConfigurator.endpointConfig(path, () -> new CommandEndpoint(RECORDER), options).build();
    }

    @AfterAll
    static void stopServers() {
        SERVERS.values().forEach(ServerKind.Running::close);
    }

    private static String token() {
        return "close-" + TOKENS.incrementAndGet();
    }

    private static TestClient connect(ServerKind server, ClientKind client, String path, String token) throws Exception {
        URI uri = SERVERS.get(server).uri(path + "?token=" + token);
        return client.connect(uri);
    }

    private static Stream<Arguments> serversAndClients() {
        return Stream.of(ServerKind.values()).flatMap(s -> Stream.of(ClientKind.values()).map(c -> Arguments.of(s, c)));
    }

    private static Stream<Arguments> withCodes(int... codes) {
        return serversAndClients().flatMap(sc -> IntStream.of(codes).mapToObj(
                code -> Arguments.of(sc.get()[0], sc.get()[1], code)));
    }

    @Nested
    class SendableCodes {
        /** Every sendable code class, less the two a client refuses from a server (tested below). */
        static Stream<Arguments> sendable() {
            return withCodes(1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014,
                    3000, 3003, 3008, 3999, 4000, 4001, 4999)
                    .filter(a -> !(a.get()[1] == ClientKind.TYRUS && a.get()[2].equals(1014)))
                    .filter(a -> !(a.get()[1] == ClientKind.JDK && a.get()[2].equals(1010)));
        }

        @ParameterizedTest(name = "{0} server, {1} client: {2}")
        @MethodSource("sendable")
        void everySendableCodeArrivesWithItsReason(ServerKind server, ClientKind client, int code) throws Exception {
            String token = token();
            try (TestClient c = connect(server, client, "/strict", token)) {
                c.send("closeReason " + code + " reason " + code);

                Closed closed = c.awaitClosed();

                assertThat(closed.code()).isEqualTo(code);
                assertThat(closed.reason()).isEqualTo("reason " + code);
                assertThat(RECORDER.awaitEvents(token, 1)).containsExactly("sent " + code + " reason " + code);
            }
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void theTyrusClientAnswers1014FromAServerWithAProtocolError(ServerKind server) throws Exception {
            String token = token();
            try (TestClient c = connect(server, ClientKind.TYRUS, "/strict", token)) {
                c.send("closeReason 1014 bad gateway");

                Closed closed = c.awaitClosed();

                // Tyrus 2.2 CloseFrame rejects every code in 1014-2999 as "Illegal status code".
                assertThat(closed.code()).isEqualTo(1002);
                assertThat(RECORDER.awaitEvents(token, 1)).containsExactly("sent 1014 bad gateway");
            }
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void theJdkClientFailsOn1010FromAServerSinceOnlyClientsSendIt(ServerKind server) throws Exception {
            String token = token();
            try (TestClient c = connect(server, ClientKind.JDK, "/strict", token)) {
                c.send("closeReason 1010 extension missing");

                Closed closed = c.awaitClosed();

                assertThat(closed.error()).isInstanceOf(ProtocolException.class);
                assertThat(RECORDER.awaitEvents(token, 1)).containsExactly("sent 1010 extension missing");
            }
        }
    }

    @Nested
    class UnsendableCodes {
        static Stream<Arguments> unsendable() {
            return withCodes(UNSENDABLE);
        }

        @ParameterizedTest(name = "{0} server, {1} client: {2}")
        @MethodSource("unsendable")
        void inStrictModeTheCodeIsRefusedAndTheSessionStaysOpenAndEchoing(ServerKind server, ClientKind client, int code)
                throws Exception {
            String token = token();
            try (TestClient c = connect(server, client, "/strict", token)) {
                assertThat(c.ask("closeReason " + code + " bye")).isEqualTo("rejected: " + CloseRules.closeCodeExceptionMessage(code));

                assertThat(c.ask("still there?")).isEqualTo("echo: still there?");
                assertThat(c.isOpen()).isTrue();
                assertThat(RECORDER.events(token)).isEmpty();
            }
        }

        @ParameterizedTest(name = "{0} server, {1} client: {2}")
        @MethodSource("unsendable")
        void inLenientModeTheClientSees1011AndTheListenerSawTheSubstitution(ServerKind server, ClientKind client,
                int code) throws Exception {
            String token = token();
            try (TestClient c = connect(server, client, "/lenient", token)) {
                c.send("closeReason " + code + " bye");

                Closed closed = c.awaitClosed();

                assertThat(closed.code()).isEqualTo(1011);
                assertThat(closed.reason()).isEqualTo("bye");
                assertThat(RECORDER.awaitEvents(token, 2)).containsExactly(
                        "substituted " + code + " by 1011: " + CloseRules.closeCodeExceptionMessage(code), "sent 1011 bye");
            }
        }
    }

    @Nested
    class ReasonLengths {
        static Stream<Arguments> reasons() {
            int[][] table = {
                    {0, 1, 0}, {122, 1, 122}, {123, 1, 123}, {124, 1, 123}, {400, 1, 123},
                    {0, 2, 0}, {122, 2, 122}, {123, 2, 123}, {124, 2, 122}, {400, 2, 122},
                    {0, 3, 0}, {122, 3, 122}, {123, 3, 123}, {124, 3, 121}, {400, 3, 121},
                    {0, 4, 0}, {122, 4, 122}, {123, 4, 123}, {124, 4, 120}, {400, 4, 120}};
            return serversAndClients().flatMap(sc -> Stream.of(table).map(
                    row -> Arguments.of(sc.get()[0], sc.get()[1], row[0], row[1], row[2])));
        }

        @ParameterizedTest(name = "{0} server, {1} client: {2} bytes of {3}-byte characters arrive as {4} bytes")
        @MethodSource("reasons")
        void aReasonArrivesWholeUpTo123BytesAndCutBetweenCharactersBeyond(ServerKind server, ClientKind client,
                int bytes, int width, int arrivingBytes) throws Exception {
            String reason = Reasons.of(bytes, width);
            String expected = Reasons.prefix(reason, arrivingBytes);
            String token = token();
            try (TestClient c = connect(server, client, "/strict", token)) {
                c.send("close 4000 " + reason);

                Closed closed = c.awaitClosed();

                assertThat(closed.code()).isEqualTo(4000);
                assertThat(closed.reason()).isEqualTo(expected);
                List<String> events = RECORDER.awaitEvents(token, 1);
                if (arrivingBytes < bytes) {
                    assertThat(RECORDER.awaitEvents(token, 2)).containsExactly(
                            "truncated " + reason.length() + " chars to " + expected.length(), "sent 4000 " + expected);
                } else {
                    assertThat(events).containsExactly("sent 4000 " + expected);
                }
            }
        }

        @ParameterizedTest(name = "{0} server, {1} client")
        @MethodSource("dev.statuskit.websocket.ServerCloseTest#serversAndClients")
        void aLoneSurrogateArrivesAsTheReplacementCharacter(ServerKind server, ClientKind client) throws Exception {
            String token = token();
            try (TestClient c = connect(server, client, "/strict", token)) {
                c.send("close 4000 abcd\\uD800");

                Closed closed = c.awaitClosed();

                assertThat(closed.reason()).isEqualTo("abcd\uFFFD");
                assertThat(RECORDER.awaitEvents(token, 2)).containsExactly("repaired abcd\uFFFD", "sent 4000 abcd\uFFFD");
            }
        }
    }
}

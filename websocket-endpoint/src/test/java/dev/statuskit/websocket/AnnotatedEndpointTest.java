package dev.statuskit.websocket;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.websocket.fixtures.CommandEndpoint;
import dev.statuskit.websocket.fixtures.Recorder;
import dev.statuskit.websocket.fixtures.Recorder.Received;
import dev.statuskit.websocket.fixtures.ServerKind;
import dev.statuskit.websocket.fixtures.TyrusConnects;
import dev.statuskit.websocket.fixtures.TyrusSends;
import jakarta.websocket.ClientEndpoint;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DecodeException;
import jakarta.websocket.Decoder;
import jakarta.websocket.Encoder;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Annotated endpoints deployed by {@link StatusKitConfigurator#annotatedEndpointConfig}: the container binds them
 * itself, so they keep every feature it has, on Jetty 12 (EE 11), Tomcat 11 and Tyrus 2.2 on Grizzly. Each case
 * also has the decorator refuse (strict) or substitute (lenient) an unsendable close, and classify the close the
 * container reports to {@code @OnClose}, in the language of the handshake ({@code Accept-Language: de}).
 */
class AnnotatedEndpointTest {
    private static final Recorder RECORDER = new Recorder();
    private static final Map<ServerKind, ServerKind.Running> SERVERS = new EnumMap<>(ServerKind.class);
    private static final AtomicInteger TOKENS = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String REFUSED_1005 = "rejected: Close code 1005 must never be sent in a close frame (RFC 6455 §7.4.1)";
    /** The largest text message {@link RoomEndpoint} takes. */
    static final int MAX_ROOM_MESSAGE = 256;

    @BeforeAll
    static void startServers() throws Exception {
        StatusKitWebSocketOptions strict = StatusKitWebSocketOptions.builder().addListener(RECORDER).build();
        StatusKitWebSocketOptions lenient = StatusKitWebSocketOptions.builder()
                .validation(CloseValidation.LENIENT).addListener(RECORDER).build();
        for (ServerKind kind : ServerKind.values()) {
            SERVERS.put(kind, kind.start(List.of(
                    StatusKitConfigurator.annotatedEndpointConfig(RoomEndpoint.class, RoomEndpoint::new, strict).build(),
                    StatusKitConfigurator.annotatedEndpointConfig(PartialEndpoint.class, PartialEndpoint::new, strict).build(),
                    StatusKitConfigurator.annotatedEndpointConfig(NumberEndpoint.class, NumberEndpoint::new, lenient).build(),
                    StatusKitConfigurator.annotatedEndpointConfig(PlainEndpoint.class, () -> new PlainEndpoint("the supplier"), strict).build())));
        }
    }

    @AfterAll
    static void stopServers() {
        SERVERS.values().forEach(ServerKind.Running::close);
    }

    private static String token() {
        return "annotated-" + TOKENS.incrementAndGet();
    }

    // The endpoints, as an application writes them.

    /** A room message: text to repeat, or the command {@code close <code> <reason>}. */
    public record Say(String text, OptionalInt closeCode) {
    }

    /** What a room answers. */
    public record Reply(String room, String text) {
    }

    /** A binary message. */
    public record Blob(byte[] bytes) {
    }

    /** {@code say <text>} or {@code close <code> <reason>}; anything else is a {@link DecodeException}. */
    public static final class SayDecoder implements Decoder.Text<Say> {
        @Override
        public Say decode(String text) throws DecodeException {
            if (text.startsWith("say ")) {
                return new Say(text.substring(4), OptionalInt.empty());
            }
            if (text.startsWith("close ")) {
                String[] parts = text.split(" ", 3);
                return new Say(parts.length > 2 ? parts[2] : "", OptionalInt.of(Integer.parseInt(parts[1])));
            }
            throw new DecodeException(text, "Expected \"say <text>\" or \"close <code> <reason>\"");
        }

        @Override
        public boolean willDecode(String text) {
            return true;
        }
    }

    /** {@code <room>: <text>}. */
    public static final class ReplyEncoder implements Encoder.Text<Reply> {
        @Override
        public String encode(Reply reply) {
            return reply.room() + ": " + reply.text();
        }
    }

    /** The bytes as they are. */
    public static final class BlobDecoder implements Decoder.Binary<Blob> {
        @Override
        public Blob decode(ByteBuffer bytes) {
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            return new Blob(copy);
        }

        @Override
        public boolean willDecode(ByteBuffer bytes) {
            return true;
        }
    }

    /** The bytes as they are. */
    public static final class BlobEncoder implements Encoder.Binary<Blob> {
        @Override
        public ByteBuffer encode(Blob blob) {
            return ByteBuffer.wrap(blob.bytes());
        }
    }

    /** Path parameter, text and binary decoders and encoders, pongs, subprotocols, a size limit; strict closes. */
    @ServerEndpoint(value = "/rooms/{room}", subprotocols = {"rooms.v1", "rooms.v2"},
            decoders = {SayDecoder.class, BlobDecoder.class}, encoders = {ReplyEncoder.class, BlobEncoder.class},
            configurator = StatusKitConfigurator.Annotated.class)
    public static class RoomEndpoint {
        private StatusKitSession view;

        @OnOpen
        public void onOpen(Session session) {
            view = StatusKitSession.from(session);
        }

        @OnMessage(maxMessageSize = MAX_ROOM_MESSAGE)
        public Reply onSay(Say say, @PathParam("room") String room, Session session) throws IOException {
            if (say.closeCode().isEmpty()) {
                return new Reply(room, say.text());
            }
            String refusal = closeAsAsked(session, say.closeCode().getAsInt(), say.text());
            return refusal == null ? null : new Reply(room, refusal);
        }

        @OnMessage
        public Blob onBlob(Blob blob) {
            byte[] reversed = new byte[blob.bytes().length];
            for (int i = 0; i < reversed.length; i++) {
                reversed[i] = blob.bytes()[reversed.length - 1 - i];
            }
            return new Blob(reversed);
        }

        @OnMessage
        public void onPong(PongMessage pong, Session session) throws IOException {
            session.getBasicRemote().sendText("pong: " + UTF_8.decode(pong.getApplicationData()));
        }

        @OnError
        public void onError(Session session, Throwable error) throws IOException {
            reportError(session, error);
        }

        /** Classifies with the view made in {@code @OnOpen}. */
        @OnClose
        public void onClose(Session session, CloseReason closeReason) {
            RECORDER.received(CommandEndpoint.token(session), view.classify(closeReason), closeReason.getReasonPhrase());
        }
    }

    /** Partial text and binary messages ({@code boolean last}); strict closes. */
    @ServerEndpoint(value = "/partial", configurator = StatusKitConfigurator.Annotated.class)
    public static class PartialEndpoint {
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
        private int textParts;
        private int binaryParts;

        @OnMessage
        public void onText(String part, boolean last, Session session) throws IOException {
            text.append(part);
            textParts++;
            if (!last) {
                return;
            }
            String whole = text.toString();
            int parts = textParts;
            text.setLength(0);
            textParts = 0;
            if (whole.startsWith("close ")) {
                String[] command = whole.split(" ", 3);
                String refusal = closeAsAsked(session, Integer.parseInt(command[1]), command.length > 2 ? command[2] : "");
                if (refusal != null) {
                    session.getBasicRemote().sendText(refusal);
                }
            } else {
                session.getBasicRemote().sendText("text in " + parts + " parts: " + whole);
            }
        }

        @OnMessage
        public void onBinary(ByteBuffer part, boolean last, Session session) throws IOException {
            byte[] bytes = new byte[part.remaining()];
            part.get(bytes);
            binary.write(bytes);
            binaryParts++;
            if (last) {
                session.getBasicRemote().sendText("binary in " + binaryParts + " parts: " + binary.toString(UTF_8));
                binary.reset();
                binaryParts = 0;
            }
        }

        @OnError
        public void onError(Session session, Throwable error) throws IOException {
            reportError(session, error);
        }

        /** Classifies with a view made here, on first use. */
        @OnClose
        public void onClose(Session session, CloseReason closeReason) {
            classified(session, closeReason);
        }
    }

    /** A primitive text parameter and an {@code InputStream}; lenient closes: a negative number closes with its opposite. */
    @ServerEndpoint(value = "/numbers", configurator = StatusKitConfigurator.Annotated.class)
    public static class NumberEndpoint {
        @OnMessage
        public String onNumber(long number, Session session) throws IOException {
            if (number >= 0) {
                return "long " + number + ", doubled " + 2 * number;
            }
            return closeAsAsked(session, (int) -number, "closing as asked");
        }

        @OnMessage
        public void onStream(InputStream stream, Session session) throws IOException {
            session.getBasicRemote().sendText("stream of " + stream.readAllBytes().length + " bytes");
        }

        @OnError
        public void onError(Session session, Throwable error) throws IOException {
            reportError(session, error);
        }

        @OnClose
        public void onClose(Session session, CloseReason closeReason) {
            classified(session, closeReason);
        }
    }

    /** Names no configurator in its annotation: Tyrus then never asks StatusKit's. */
    @ServerEndpoint("/plain")
    public static class PlainEndpoint {
        private final String madeBy;

        public PlainEndpoint() {
            this("the container");
        }

        PlainEndpoint(String madeBy) {
            this.madeBy = madeBy;
        }

        @OnMessage
        public String onText(String text, Session session) throws IOException {
            try {
                StatusKitSession.from(session);
            } catch (IllegalArgumentException notDecorated) {
                return "made by " + madeBy + ", " + notDecorated.getMessage().replace(session.getId(), "<id>");
            }
            return "made by " + madeBy + ", " + closeAsAsked(session, 1005, "nope");
        }
    }

    /**
     * Closes through StatusKit, filing the sending events under the connection's token.
     *
     * @return the refusal to answer, or null when the close went out
     */
    static String closeAsAsked(Session session, int code, String reason) throws IOException {
        Recorder.TOKEN.set(CommandEndpoint.token(session));
        try {
            StatusKitSession.from(session).close(code, reason);
            return null;
        } catch (IllegalArgumentException refused) {
            return "rejected: " + refused.getMessage();
        } finally {
            Recorder.TOKEN.remove();
        }
    }

    static void reportError(Session session, Throwable error) throws IOException {
        if (session.isOpen()) {
            session.getBasicRemote().sendText("error: " + error.getClass().getSimpleName() + ": " + error.getMessage());
        }
    }

    static void classified(Session session, CloseReason closeReason) {
        RECORDER.received(CommandEndpoint.token(session), StatusKitSession.from(session).classify(closeReason),
                closeReason.getReasonPhrase());
    }

    // The client side: the JDK client, German.

    /** A JDK client that keeps what it receives. */
    static final class Peer implements WebSocket.Listener {
        final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        final BlockingQueue<String> binaries = new LinkedBlockingQueue<>();
        final CompletableFuture<String> closed = new CompletableFuture<>();
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
        final String token = token();
        WebSocket webSocket;

        static Peer connect(ServerKind server, String path, String... subprotocols) throws Exception {
            return connectIn("de", server, path, subprotocols);
        }

        static Peer connectIn(String acceptLanguage, ServerKind server, String path, String... subprotocols)
                throws Exception {
            Peer peer = new Peer();
            WebSocket.Builder builder = HTTP.newWebSocketBuilder().header("Accept-Language", acceptLanguage);
            if (subprotocols.length > 0) {
                builder.subprotocols(subprotocols[0], List.of(subprotocols).subList(1, subprotocols.length).toArray(String[]::new));
            }
            URI uri = SERVERS.get(server).uri(path + "?token=" + peer.token);
            peer.webSocket = builder.buildAsync(uri, peer).get(5, TimeUnit.SECONDS);
            return peer;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                texts.add(text.toString());
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            binary.writeBytes(bytes);
            if (last) {
                binaries.add(binary.toString(UTF_8));
                binary.reset();
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closed.complete(statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete("error " + error);
        }

        String ask(String message) throws Exception {
            webSocket.sendText(message, true).get(5, TimeUnit.SECONDS);
            return next(texts);
        }

        static String next(BlockingQueue<String> queue) throws InterruptedException {
            String message = queue.poll(5, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("No message within 5 s");
            }
            return message;
        }

        String awaitClosed() throws Exception {
            return closed.get(5, TimeUnit.SECONDS);
        }

        /** Closes with 4001, as the user would, and returns what the server classified. */
        Received closeAndAwaitClassification() throws Exception {
            webSocket.sendClose(4001, "bye").get(5, TimeUnit.SECONDS);
            return RECORDER.awaitReceived(token);
        }
    }

    /** The server's classification of a close: this code, in German, with this reason. */
    private static void assertClassifiedInGerman(Received received, int code, String reason) {
        assertThat(received.info().code()).isEqualTo(code);
        assertThat(received.info().locale()).isEqualTo(Locale.GERMAN);
        assertThat(received.info().name()).isEqualTo(StatusCatalog.standard().closeCode(code, Locale.GERMAN).title());
        assertThat(received.reason()).isEqualTo(reason);
    }

    /** A strict endpoint refuses 1005 and stays open; the client's close is then classified, in German. */
    private static void refusesAnUnsendableCloseThenClassifiesTheClientsClose(Peer peer, String command,
            String refusal, String stillOpenCommand, String stillOpenAnswer) throws Exception {
        assertThat(peer.ask(command)).isEqualTo(refusal);
        assertThat(peer.ask(stillOpenCommand)).isEqualTo(stillOpenAnswer);
        assertClassifiedInGerman(peer.closeAndAwaitClassification(), 4001, "bye");
        assertThat(RECORDER.events(peer.token)).isEmpty();
    }

    /** A lenient endpoint sends 1011 instead of 1005, reports it, and classifies the close it sent. */
    private static void substitutesAnUnsendableCloseAndClassifiesIt(Peer peer) throws Exception {
        peer.webSocket.sendText("-1005", true).get(5, TimeUnit.SECONDS);

        assertThat(peer.awaitClosed()).isEqualTo("1011 closing as asked");
        assertThat(RECORDER.awaitEvents(peer.token, 2)).containsExactly(
                "substituted 1005 by 1011: Close code 1005 must never be sent in a close frame (RFC 6455 §7.4.1)",
                "sent 1011 closing as asked");
        assertClassifiedInGerman(RECORDER.awaitReceived(peer.token), 1011, "closing as asked");
    }

    @Nested
    class ContainerFeatures {
        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void aPathParameterAndTheTextDecoderAndEncoderWork(ServerKind server) throws Exception {
            Peer peer = Peer.connect(server, "/rooms/kitchen");

            assertThat(peer.ask("say hello")).isEqualTo("kitchen: hello");

            refusesAnUnsendableCloseThenClassifiesTheClientsClose(peer, "close 1005 nope", "kitchen: " + REFUSED_1005,
                    "say still here", "kitchen: still here");
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void eachConnectionIsClassifiedInTheLanguageOfItsOwnHandshake(ServerKind server) throws Exception {
            Peer french = Peer.connectIn("fr-CA", server, "/rooms/lobby");
            Peer japanese = Peer.connectIn("ja", server, "/partial");
            assertThat(french.ask("say bonjour")).isEqualTo("lobby: bonjour");

            assertThat(french.closeAndAwaitClassification().info().locale()).isEqualTo(Locale.FRENCH);
            assertThat(japanese.closeAndAwaitClassification().info().locale()).isEqualTo(Locale.JAPANESE);
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void binaryMessagesGoThroughTheBinaryDecoderAndEncoder(ServerKind server) throws Exception {
            Peer peer = Peer.connect(server, "/rooms/lobby");

            peer.webSocket.sendBinary(ByteBuffer.wrap("stressed".getBytes(UTF_8)), true).get(5, TimeUnit.SECONDS);

            assertThat(Peer.next(peer.binaries)).isEqualTo("desserts");
            refusesAnUnsendableCloseThenClassifiesTheClientsClose(peer, "close 1005 nope", "lobby: " + REFUSED_1005,
                    "say still here", "lobby: still here");
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void aSubprotocolOfTheAnnotationIsNegotiated(ServerKind server) throws Exception {
            Peer peer = Peer.connect(server, "/rooms/lobby", "rooms.v2", "rooms.v3");

            assertThat(peer.webSocket.getSubprotocol()).isEqualTo("rooms.v2");
            refusesAnUnsendableCloseThenClassifiesTheClientsClose(peer, "close 1005 nope", "lobby: " + REFUSED_1005,
                    "say still here", "lobby: still here");
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void aPongReachesThePongMethod(ServerKind server) throws Exception {
            Peer peer = Peer.connect(server, "/rooms/lobby");

            peer.webSocket.sendPong(ByteBuffer.wrap("anyone?".getBytes(UTF_8))).get(5, TimeUnit.SECONDS);

            assertThat(Peer.next(peer.texts)).isEqualTo("pong: anyone?");
            refusesAnUnsendableCloseThenClassifiesTheClientsClose(peer, "close 1005 nope", "lobby: " + REFUSED_1005,
                    "say still here", "lobby: still here");
        }

        /**
         * Every container hands the decoder's DecodeException to @OnError. Tyrus and Tomcat keep the session open;
         * Jetty 12 then closes it itself with 1003 Unsupported Data, which the endpoint's @OnClose classifies.
         */
        @ParameterizedTest(name = "{0} server: {1}")
        @CsvSource(delimiter = '|', value = {"TYRUS | open", "TOMCAT | open", "JETTY | 1003 Unable to decode"})
        void aDecoderFailureReachesOnErrorAsADecodeException(ServerKind server, String then) throws Exception {
            Peer peer = Peer.connect(server, "/rooms/lobby");

            assertThat(peer.ask("shout hello"))
                    .isEqualTo("error: DecodeException: Expected \"say <text>\" or \"close <code> <reason>\"");

            if (then.equals("open")) {
                refusesAnUnsendableCloseThenClassifiesTheClientsClose(peer, "close 1005 nope", "lobby: " + REFUSED_1005,
                        "say still here", "lobby: still here");
            } else {
                assertThat(peer.awaitClosed()).isEqualTo(then);
                assertClassifiedInGerman(RECORDER.awaitReceived(peer.token), Integer.parseInt(then.substring(0, 4)),
                        then.substring(5));
            }
        }

        /** Each container gives its 1009 a reason of its own. */
        @ParameterizedTest(name = "{0} server: \"{1}\"")
        @CsvSource(delimiter = '|', value = {
                "TYRUS  | Too big.",
                "JETTY  | Text message too large: 260 > 256",
                "TOMCAT | The message was [260] bytes long but the MessageHandler has a limit of [256] bytes"})
        void aTextOverMaxMessageSizeClosesWith1009WhichIsClassified(ServerKind server, String reason) throws Exception {
            Peer peer = Peer.connect(server, "/rooms/lobby");
            assertThat(peer.ask("close 1005 nope")).isEqualTo("lobby: " + REFUSED_1005);

            peer.webSocket.sendText("say " + "x".repeat(MAX_ROOM_MESSAGE), true).get(5, TimeUnit.SECONDS);

            assertThat(peer.awaitClosed()).isEqualTo("1009 " + reason);
            assertClassifiedInGerman(RECORDER.awaitReceived(peer.token), 1009, reason);
            assertThat(RECORDER.events(peer.token)).isEmpty();
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void partialTextMessagesArriveInTheirParts(ServerKind server) throws Exception {
            Peer peer = Peer.connect(server, "/partial");

            peer.webSocket.sendText("hel", false).get(5, TimeUnit.SECONDS);
            peer.webSocket.sendText("lo wo", false).get(5, TimeUnit.SECONDS);
            peer.webSocket.sendText("rld", true).get(5, TimeUnit.SECONDS);

            assertThat(Peer.next(peer.texts)).isEqualTo("text in 3 parts: hello world");
            peer.webSocket.sendText("close 10", false).get(5, TimeUnit.SECONDS);
            refusesAnUnsendableCloseThenClassifiesTheClientsClose(peer, "05 nope", REFUSED_1005,
                    "still here", "text in 1 parts: still here");
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void partialBinaryMessagesArriveInTheirParts(ServerKind server) throws Exception {
            Peer peer = Peer.connect(server, "/partial");

            peer.webSocket.sendBinary(ByteBuffer.wrap("ab".getBytes(UTF_8)), false).get(5, TimeUnit.SECONDS);
            peer.webSocket.sendBinary(ByteBuffer.wrap("cd".getBytes(UTF_8)), true).get(5, TimeUnit.SECONDS);

            assertThat(Peer.next(peer.texts)).isEqualTo("binary in 2 parts: abcd");
            refusesAnUnsendableCloseThenClassifiesTheClientsClose(peer, "close 1005 nope", REFUSED_1005,
                    "still here", "text in 1 parts: still here");
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void aPrimitiveParameterIsDecodedByTheContainer(ServerKind server) throws Exception {
            Peer peer = Peer.connect(server, "/numbers");

            assertThat(peer.ask("21")).isEqualTo("long 21, doubled 42");

            substitutesAnUnsendableCloseAndClassifiesIt(peer);
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void anInputStreamParameterReadsAWholeBinaryMessage(ServerKind server) throws Exception {
            Peer peer = Peer.connect(server, "/numbers");

            peer.webSocket.sendBinary(ByteBuffer.allocate(3000), true).get(5, TimeUnit.SECONDS);

            assertThat(Peer.next(peer.texts)).isEqualTo("stream of 3000 bytes");
            substitutesAnUnsendableCloseAndClassifiesIt(peer);
        }
    }

    @Nested
    class AClassWhoseAnnotationNamesNoConfigurator {
        /**
         * Tyrus 2.2 reads an annotated class's configuration from its annotation alone: it ignores the config that
         * annotatedEndpointConfig built, makes the instance with the class's own constructor and never calls
         * StatusKit's configurator, so StatusKit does not know the session. Jetty and Tomcat use the config.
         */
        @ParameterizedTest(name = "{0} server: {1}")
        @CsvSource(delimiter = '|', value = {
                "TYRUS  | made by the container, Session <id> does not belong to an endpoint decorated by StatusKit",
                "JETTY  | made by the supplier, " + REFUSED_1005,
                "TOMCAT | made by the supplier, " + REFUSED_1005})
        void isDecoratedWhereTheContainerUsesTheConfig(ServerKind server, String answer) throws Exception {
            Peer peer = Peer.connect(server, "/plain");

            assertThat(peer.ask("close 1005 please")).isEqualTo(answer);
            peer.webSocket.sendClose(1000, "").get(5, TimeUnit.SECONDS);
        }
    }

    @Nested
    class OnAClient {
        private record LobbyConnection(LobbyClient client, Session session) {
        }

        /** A client endpoint as an application writes it: it makes its view when it opens. */
        @ClientEndpoint
        public static class LobbyClient {
            static final StatusKitWebSocketOptions OPTIONS = StatusKitWebSocketOptions.builder().locale(Locale.FRENCH).build();
            final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
            final CompletableFuture<CloseCodeInfo> classified = new CompletableFuture<>();
            volatile StatusKitSession view;

            @OnOpen
            public void onOpen(Session session) {
                view = StatusKitSession.from(session, OPTIONS);
            }

            @OnMessage
            public void onMessage(String message) {
                messages.add(message);
            }

            @OnClose
            public void onClose(Session session, CloseReason closeReason) {
                classified.complete(StatusKitSession.from(session).classify(closeReason));
            }
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void anAnnotatedTyrusClientValidatesItsClosesAndGetsTheServersCloseClassified(ServerKind server)
                throws Exception {
            String token = token();
            URI uri = SERVERS.get(server).uri("/rooms/lobby?token=" + token);
            LobbyConnection connection = TyrusConnects.connect(() -> {
                LobbyClient fresh = new LobbyClient();
                return new LobbyConnection(fresh, ClientManager.createClient().connectToServer(fresh, uri));
            });
            LobbyClient client = connection.client();
            Session session = connection.session();

            TyrusSends.sendText(session, "say hi");
            assertThat(client.messages.poll(5, TimeUnit.SECONDS)).isEqualTo("lobby: hi");
            assertThat(StatusKitSession.from(session)).isSameAs(client.view);
            assertThatIllegalArgumentException().isThrownBy(() -> client.view.close(1005, "nope"))
                    .withMessage("Close code 1005 must never be sent in a close frame (RFC 6455 §7.4.1)");
            TyrusSends.sendText(session, "close 1013 busy");

            CloseCodeInfo info = client.classified.get(5, TimeUnit.SECONDS);
            assertThat(info.code()).isEqualTo(1013);
            assertThat(info.locale()).isEqualTo(Locale.FRENCH);
            assertThat(info.reconnectHint()).isEqualTo(ReconnectHint.WITH_BACKOFF);
            assertThat(RECORDER.awaitEvents(token, 1)).containsExactly("sent 1013 busy");
        }
    }

    @Nested
    class Deployment {
        /** Deployed by these tests only, so that the servers' deployments stay as they are. */
        @ServerEndpoint(value = "/deployed/{id}", subprotocols = {"v1", "v2"}, decoders = {SayDecoder.class, BlobDecoder.class},
                encoders = {ReplyEncoder.class, BlobEncoder.class})
        public static class Deployed {
            @OnMessage
            public void onSay(Say say) {
            }
        }

        /** Names a configurator of its own that checks the handshake, as an application would. */
        @ServerEndpoint(value = "/checked", configurator = CheckingConfigurator.class)
        public static class Checked {
            @OnMessage
            public void onText(String text) {
            }
        }

        /** Only named by {@link Checked}. */
        public static class CheckingConfigurator extends StatusKitConfigurator.Annotated {
            @Override
            public boolean checkOrigin(String originHeaderValue) {
                return "https://example.org".equals(originHeaderValue);
            }
        }

        /** Never deployed. */
        @ServerEndpoint(value = "/never", configurator = StatusKitConfigurator.Annotated.class)
        public static class NeverDeployed {
        }

        @Test
        void theConfigIsTheAnnotatedClassWithThePathDecodersEncodersAndSubprotocolsOfItsAnnotation() {
            ServerEndpointConfig config = StatusKitConfigurator.annotatedEndpointConfig(
                    Deployed.class, Deployed::new, StatusKitWebSocketOptions.defaults()).build();

            assertThat(config.getEndpointClass()).isEqualTo(Deployed.class);
            assertThat(config.getPath()).isEqualTo("/deployed/{id}");
            assertThat(config.getDecoders()).containsExactly(SayDecoder.class, BlobDecoder.class);
            assertThat(config.getEncoders()).containsExactly(ReplyEncoder.class, BlobEncoder.class);
            assertThat(config.getSubprotocols()).containsExactly("v1", "v2");
            assertThat(config.getConfigurator()).isExactlyInstanceOf(StatusKitConfigurator.class);
        }

        @Test
        void theConfiguratorCreatesInstancesOfTheAnnotatedClassFromTheSupplierOnly() throws Exception {
            Deployed made = new Deployed();
            ServerEndpointConfig.Configurator configurator = StatusKitConfigurator.annotatedEndpointConfig(
                    Deployed.class, () -> made, StatusKitWebSocketOptions.defaults()).build().getConfigurator();

            assertThat(configurator.getEndpointInstance(Deployed.class)).isSameAs(made);
            assertThatExceptionOfType(InstantiationException.class)
                    .isThrownBy(() -> configurator.getEndpointInstance(Checked.class))
                    .withMessage("StatusKitConfigurator creates " + Deployed.class.getName() + " instances, not "
                            + Checked.class.getName());
        }

        @Test
        void aSubclassOfAnnotatedNamedInTheAnnotationIsTheConfigsConfiguratorAndCreatesFromTheSupplier()
                throws Exception {
            Checked made = new Checked();
            ServerEndpointConfig config = StatusKitConfigurator.annotatedEndpointConfig(
                    Checked.class, () -> made, StatusKitWebSocketOptions.defaults()).build();

            assertThat(config.getConfigurator()).isExactlyInstanceOf(CheckingConfigurator.class);
            assertThat(config.getConfigurator().checkOrigin("https://example.org")).isTrue();
            assertThat(config.getConfigurator().checkOrigin("https://example.com")).isFalse();
            assertThat(config.getConfigurator().getEndpointInstance(Checked.class)).isSameAs(made);
            assertThat(new CheckingConfigurator().getEndpointInstance(Checked.class)).isSameAs(made);
        }

        @Test
        void anAnnotatedConfiguratorMadeByAContainerForAClassNeverDeployedRefusesToCreateIt() {
            assertThatExceptionOfType(InstantiationException.class)
                    .isThrownBy(() -> new StatusKitConfigurator.Annotated().getEndpointInstance(NeverDeployed.class))
                    .withMessage(NeverDeployed.class.getName() + " was not deployed through"
                            + " StatusKitConfigurator.annotatedEndpointConfig, which StatusKitConfigurator.Annotated needs");
        }

        public static class NotAnnotated {
        }

        @ServerEndpoint(value = "/own", configurator = OwnConfigurator.class)
        public static class WithOwnConfigurator {
        }

        /** Only named by {@link WithOwnConfigurator}. */
        public static class OwnConfigurator extends ServerEndpointConfig.Configurator {
        }

        @ServerEndpoint("/handler")
        public static class WithHandler implements ClassifiedCloseHandler {
            @Override
            public void onClassifiedClose(StatusKitSession session, CloseCodeInfo info, String reason) {
            }
        }

        @Test
        void aClassWithoutServerEndpointIsRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> StatusKitConfigurator.annotatedEndpointConfig(
                            NotAnnotated.class, NotAnnotated::new, StatusKitWebSocketOptions.defaults()))
                    .withMessage(NotAnnotated.class.getName() + " is not annotated with @ServerEndpoint");
        }

        @Test
        void aConfiguratorInTheAnnotationIsRefusedSinceStatusKitsWouldReplaceIt() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> StatusKitConfigurator.annotatedEndpointConfig(
                            WithOwnConfigurator.class, WithOwnConfigurator::new, StatusKitWebSocketOptions.defaults()))
                    .withMessage(WithOwnConfigurator.class.getName() + ": the configurator of @ServerEndpoint, "
                            + OwnConfigurator.class.getName() + ", would be replaced by StatusKit's; extend"
                            + " StatusKitConfigurator.Annotated instead");
        }

        @Test
        void aClassifiedCloseHandlerIsRefusedSinceNothingWouldCallIt() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> StatusKitConfigurator.annotatedEndpointConfig(
                            WithHandler.class, WithHandler::new, StatusKitWebSocketOptions.defaults()))
                    .withMessage(WithHandler.class.getName() + " implements ClassifiedCloseHandler, which is only called"
                            + " for programmatic endpoints; call StatusKitSession.from(session).classify(closeReason)"
                            + " from its @OnClose method instead");
        }
    }
}

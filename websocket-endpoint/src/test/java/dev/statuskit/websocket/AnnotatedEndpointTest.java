package dev.statuskit.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.websocket.fixtures.ClientKind;
import dev.statuskit.websocket.fixtures.ClientKind.TestClient;
import dev.statuskit.websocket.fixtures.CommandEndpoint;
import dev.statuskit.websocket.fixtures.Recorder;
import dev.statuskit.websocket.fixtures.Recorder.Received;
import dev.statuskit.websocket.fixtures.ServerKind;
import dev.statuskit.websocket.fixtures.TyrusSends;
import jakarta.websocket.ClientEndpoint;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Decoder;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.tyrus.client.ClientManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Annotated endpoints, adapted by {@link StatusKitEndpoint#wrapAnnotated}, on real servers and the Tyrus client. */
class AnnotatedEndpointTest {
    private static final Recorder RECORDER = new Recorder();
    private static final Map<ServerKind, ServerKind.Running> SERVERS = new EnumMap<>(ServerKind.class);
    private static final AtomicInteger TOKENS = new AtomicInteger();
    private static final Map<String, BlockingQueue<String>> LIFECYCLES = new ConcurrentHashMap<>();

    private static BlockingQueue<String> lifecycle(Session session) {
        return LIFECYCLES.computeIfAbsent(CommandEndpoint.token(session), t -> new LinkedBlockingQueue<>());
    }

    /** A chat endpoint as an application writes it, with a session close that breaks the rules. */
    @ServerEndpoint(value = "/chat", subprotocols = "chat.v1")
    public static class ChatEndpoint implements ClassifiedCloseHandler {
        @OnOpen
        public void open(EndpointConfig config, Session session) {
            lifecycle(session).add("open, decorated: " + (session instanceof StatusKitSession));
        }

        @OnMessage
        public String text(String message, Session session) throws IOException {
            if (message.startsWith("close ")) {
                int code = Integer.parseInt(message.substring(6));
                session.close(new CloseReason(() -> code, "closing"));
                return null;
            }
            return "echo: " + message;
        }

        @OnMessage
        public byte[] binary(ByteBuffer data) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            return new StringBuilder(new String(bytes, StandardCharsets.UTF_8)).reverse().toString()
                    .getBytes(StandardCharsets.UTF_8);
        }

        @OnError
        public void error(Throwable error, StatusKitSession session) throws IOException {
            session.getBasicRemote().sendText("error: " + error.getMessage());
        }

        @OnClose
        public void close(Session session, CloseReason reason) {
            lifecycle(session).add("close " + reason.getCloseCode().getCode());
        }

        @Override
        public void onClassifiedClose(StatusKitSession session, CloseCodeInfo info, String reason) {
            RECORDER.received(CommandEndpoint.token(session), info, reason);
        }
    }

    @BeforeAll
    static void startServers() throws Exception {
        StatusKitWebSocketOptions options = StatusKitWebSocketOptions.defaults();
        for (ServerKind kind : ServerKind.values()) {
            SERVERS.put(kind, kind.start(List.of(StatusKitConfigurator.annotatedEndpointConfig(
                    ChatEndpoint.class, ChatEndpoint::new, options).build())));
        }
    }

    @AfterAll
    static void stopServers() {
        SERVERS.values().forEach(ServerKind.Running::close);
    }

    private static String token() {
        return "annotated-" + TOKENS.incrementAndGet();
    }

    private static URI uri(ServerKind server, String token) {
        return SERVERS.get(server).uri("/chat?token=" + token);
    }

    @Nested
    class OnAServer {
        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void textMessagesReachTheAnnotatedMethodAndItsReturnValueIsSentBack(ServerKind server) throws Exception {
            try (TestClient c = ClientKind.JDK.connect(uri(server, token()))) {
                assertThat(c.ask("hello")).isEqualTo("echo: hello");
            }
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void binaryMessagesAndTheSubprotocolOfTheAnnotationWork(ServerKind server) throws Exception {
            CompletableFuture<String> reply = new CompletableFuture<>();
            ClientEndpointConfig config = ClientEndpointConfig.Builder.create().preferredSubprotocols(List.of("chat.v1")).build();
            Session session = ClientManager.createClient().connectToServer(new jakarta.websocket.Endpoint() {
                @Override
                public void onOpen(Session s, EndpointConfig c) {
                    s.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>)
                            data -> reply.complete(StandardCharsets.UTF_8.decode(data).toString()));
                }
            }, config, uri(server, token()));
            try {
                session.getBasicRemote().sendBinary(ByteBuffer.wrap("stressed".getBytes(StandardCharsets.UTF_8)));

                assertThat(reply.get(5, TimeUnit.SECONDS)).isEqualTo("desserts");
                assertThat(session.getNegotiatedSubprotocol()).isEqualTo("chat.v1");
            } finally {
                session.close();
            }
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void anUnsendableCloseThrowsIntoTheOnErrorMethodAndTheSessionStaysOpen(ServerKind server) throws Exception {
            try (TestClient c = ClientKind.JDK.connect(uri(server, token()))) {
                assertThat(c.ask("close 1006"))
                        .isEqualTo("error: Close code 1006 must never be sent in a close frame (RFC 6455 §7.4.1)");
                assertThat(c.ask("still there?")).isEqualTo("echo: still there?");
            }
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void aClientCloseIsClassifiedForTheAnnotatedEndpoint(ServerKind server) throws Exception {
            String token = token();
            try (TestClient c = ClientKind.JDK.connect(uri(server, token))) {
                c.closeWith(1001, "tab closed");

                Received received = RECORDER.awaitReceived(token);

                assertThat(received.info().code()).isEqualTo(1001);
                assertThat(received.info().reconnectHint()).isEqualTo(ReconnectHint.IMMEDIATELY);
                assertThat(received.reason()).isEqualTo("tab closed");
                BlockingQueue<String> lifecycle = LIFECYCLES.get(token);
                assertThat(lifecycle.poll(5, TimeUnit.SECONDS)).isEqualTo("open, decorated: true");
                assertThat(lifecycle.poll(5, TimeUnit.SECONDS)).isEqualTo("close 1001");
            }
        }
    }

    @Nested
    class OnAClient {
        /** A client endpoint as an application writes it. */
        @ClientEndpoint
        public static class TickerClient implements ClassifiedCloseHandler {
            final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
            final CompletableFuture<CloseCodeInfo> classified = new CompletableFuture<>();
            final CompletableFuture<Integer> closed = new CompletableFuture<>();

            @OnMessage
            public void onMessage(String message) {
                messages.add(message);
            }

            @OnClose
            public void onClose(Session session, CloseReason reason) {
                closed.complete(reason.getCloseCode().getCode());
            }

            @Override
            public void onClassifiedClose(StatusKitSession session, CloseCodeInfo info, String reason) {
                classified.complete(info);
            }
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void anAnnotatedTyrusClientGetsTheServerCloseClassified(ServerKind server) throws Exception {
            TickerClient ticker = new TickerClient();
            Session session = ClientManager.createClient().connectToServer(
                    StatusKitEndpoint.wrapAnnotated(ticker, StatusKitWebSocketOptions.defaults()),
                    ClientEndpointConfig.Builder.create().build(), uri(server, token()));

            session.getBasicRemote().sendText("ping");
            assertThat(ticker.messages.poll(5, TimeUnit.SECONDS)).isEqualTo("echo: ping");
            TyrusSends.sendText(session, "close 1013");

            CloseCodeInfo info = ticker.classified.get(5, TimeUnit.SECONDS);
            assertThat(info.code()).isEqualTo(1013);
            assertThat(info.reconnectHint()).isEqualTo(ReconnectHint.WITH_BACKOFF);
            assertThat(ticker.closed.get(5, TimeUnit.SECONDS)).isEqualTo(1013);
        }
    }

    @Nested
    class UnsupportedClasses {
        public static class NoAnnotations {
            public void onMessage(String message) {
            }
        }

        public static class UnsupportedParameter {
            @OnMessage
            public void onMessage(Integer number) {
            }
        }

        public static class TwoTextHandlers {
            @OnMessage
            public void first(String message) {
            }

            @OnMessage
            public void second(String message, Session session) {
            }
        }

        @ServerEndpoint(value = "/decoded", decoders = NoDecoder.class)
        public static class WithDecoder {
            @OnMessage
            public void onMessage(String message) {
            }
        }

        /** Never used: only named by {@link WithDecoder}. */
        public interface NoDecoder extends Decoder {
        }

        @Test
        void aClassWithoutAnnotatedMethodsIsRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> StatusKitEndpoint.wrapAnnotated(new NoAnnotations(), StatusKitWebSocketOptions.defaults()))
                    .withMessage(NoAnnotations.class.getName() + " has no public @OnOpen, @OnMessage, @OnClose or @OnError method");
        }

        @Test
        void aParameterTheAdapterCannotBindIsRefusedWithWhatItCanBind() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> StatusKitEndpoint.wrapAnnotated(new UnsupportedParameter(), StatusKitWebSocketOptions.defaults()))
                    .withMessage("Parameter 1 (java.lang.Integer) of " + UnsupportedParameter.class.getName()
                            + ".onMessage is not supported by StatusKit's annotated adapter, which binds Session and one"
                            + " String, ByteBuffer or byte[] message; use a programmatic Endpoint for decoders, path"
                            + " parameters and partial messages");
        }

        @Test
        void twoTextHandlersAreRefused() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> StatusKitEndpoint.wrapAnnotated(new TwoTextHandlers(), StatusKitWebSocketOptions.defaults()))
                    .withMessageStartingWith(TwoTextHandlers.class.getName() + " has two text @OnMessage methods");
        }

        @Test
        void aServerEndpointWithDecodersIsRefusedAtDeployment() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> StatusKitConfigurator.annotatedEndpointConfig(
                            WithDecoder.class, WithDecoder::new, StatusKitWebSocketOptions.defaults()))
                    .withMessageStartingWith(WithDecoder.class.getName() + ": decoders, encoders and configurators");
        }

        @Test
        void aClassWithoutServerEndpointIsRefusedAtDeployment() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> StatusKitConfigurator.annotatedEndpointConfig(
                            TwoTextHandlers.class, TwoTextHandlers::new, StatusKitWebSocketOptions.defaults()))
                    .withMessage(TwoTextHandlers.class.getName() + " is not annotated with @ServerEndpoint");
        }
    }
}

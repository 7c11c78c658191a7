package dev.statuskit.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import dev.statuskit.websocket.fixtures.ClientKind;
import dev.statuskit.websocket.fixtures.ClientKind.TestClient;
import dev.statuskit.websocket.fixtures.CommandEndpoint;
import dev.statuskit.i18n.LocaleResolver;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.testing.LogCapture;
import dev.statuskit.websocket.fixtures.RawWebSocket;
import dev.statuskit.websocket.fixtures.Recorder;
import dev.statuskit.websocket.fixtures.Recorder.Received;
import dev.statuskit.websocket.fixtures.ServerKind;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Closes a wrapped endpoint on a real server receives, classified in the language of the client's handshake. The
 * server registers one application code, 4001 "Signed Out".
 */
class ReceivedCloseTest {
    private static final Recorder RECORDER = new Recorder();
    private static final Map<ServerKind, ServerKind.Running> SERVERS = new EnumMap<>(ServerKind.class);
    private static final AtomicInteger TOKENS = new AtomicInteger();

    @BeforeAll
    static void startServers() throws Exception {
        CloseClassifier classifier = CloseClassifier.builder()
                .register(4001, ReconnectHint.NEVER, CloseOrigin.CLIENT)
                .text(4001, Locale.ENGLISH, "Signed Out", "The user signed out.")
                .text(4001, Locale.GERMAN, "Abgemeldet", "Der Benutzer hat sich abgemeldet.")
                .build();
        StatusKitWebSocketOptions options = StatusKitWebSocketOptions.builder().classifier(classifier).build();
        StatusKitWebSocketOptions byQuery = StatusKitWebSocketOptions.builder().classifier(classifier)
                .localeResolver(LocaleResolver.queryParameter("lang")).build();
        for (ServerKind kind : ServerKind.values()) {
            SERVERS.put(kind, kind.start(List.of(
                    StatusKitConfigurator.endpointConfig("/ws", () -> new CommandEndpoint(RECORDER), options).build(),
                    StatusKitConfigurator.endpointConfig("/lang", () -> new CommandEndpoint(RECORDER), byQuery).build())));
        }
    }

    @AfterAll
    static void stopServers() {
        SERVERS.values().forEach(ServerKind.Running::close);
    }

    private static String token() {
        return "received-" + TOKENS.incrementAndGet();
    }

    private static URI uri(ServerKind server, String token) {
        return SERVERS.get(server).uri("/ws?token=" + token);
    }

    @Nested
    class ClientCloses {
        static Stream<Arguments> closes() {
            String[][] table = {
                    {"1000", "Normales Schließen", "NEVER"},
                    {"1001", "Endpunkt verabschiedet sich", "IMMEDIATELY"},
                    {"4001", "Abgemeldet", "NEVER"}};
            return Stream.of(ServerKind.values()).flatMap(s -> Stream.of(ClientKind.values()).flatMap(
                    c -> Stream.of(table).map(row -> Arguments.of(s, c, Integer.parseInt(row[0]), row[1],
                            ReconnectHint.valueOf(row[2])))));
        }

        @ParameterizedTest(name = "{0} server, {1} client closes with {2}: \"{3}\", reconnect {4}")
        @MethodSource("closes")
        void aClientCloseIsClassifiedInTheLanguageOfTheHandshake(ServerKind server, ClientKind client, int code,
                String germanName, ReconnectHint hint) throws Exception {
            String token = token();
            try (TestClient c = client.connect(uri(server, token), null, "de-CH,de;q=0.9,en;q=0.5")) {
                c.closeWith(code, "bye " + code);

                Received received = RECORDER.awaitReceived(token);

                assertThat(received.info().code()).isEqualTo(code);
                assertThat(received.info().name()).isEqualTo(germanName);
                assertThat(received.info().locale()).isEqualTo(Locale.GERMAN);
                assertThat(received.info().reconnectHint()).isEqualTo(hint);
                assertThat(received.reason()).isEqualTo("bye " + code);
            }
        }

        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void withoutAcceptLanguageTheCloseIsClassifiedInEnglish(ServerKind server) throws Exception {
            String token = token();
            try (TestClient c = ClientKind.JDK.connect(uri(server, token))) {
                c.closeWith(4001, "");

                Received received = RECORDER.awaitReceived(token);

                assertThat(received.info().name()).isEqualTo("Signed Out");
                assertThat(received.info().origin()).isEqualTo(CloseOrigin.CLIENT);
            }
        }
    }

    @Nested
    class ServerOnlyCodesFromAClient {
        /**
         * A raw client sends 1012, 1013 or 1014, which RFC 6455 and IANA allow on the wire. Tyrus 2.2 refuses all
         * three from a client: 1012 and 1013 because "they make no sense from a client" (ProtocolHandler), 1014
         * because its CloseFrame only knows codes up to 1013. It answers 1002 and reports 1002 to the endpoint.
         * Tomcat 11 refuses all three as well, answering and reporting 1002. Jetty 12 accepts them,
         * echoes the code and reports it.
         */
        @ParameterizedTest(name = "{0} server, client sends {1}: answered {2}, classified {3}")
        @CsvSource({
                "TYRUS, 1012, 1002, 1002", "TYRUS, 1013, 1002, 1002", "TYRUS, 1014, 1002, 1002",
                "JETTY, 1012, 1012, 1012", "JETTY, 1013, 1013, 1013", "JETTY, 1014, 1014, 1014",
                "TOMCAT, 1012, 1002, 1002", "TOMCAT, 1013, 1002, 1002", "TOMCAT, 1014, 1002, 1002"})
        void aServerOnlyCodeSentByAClientIsAnsweredAndClassifiedAsTheServerSeesIt(ServerKind server, int sent,
                int answered, int classified) throws Exception {
            String token = token();
            try (RawWebSocket raw = RawWebSocket.connect(uri(server, token))) {
                raw.sendClose(sent, "restart");

                assertThat(raw.awaitCloseCode()).isEqualTo(answered);
                assertThat(RECORDER.awaitReceived(token).info().code()).isEqualTo(classified);
            }
        }

        /**
         * The Tyrus 2.2 client rewrites a 1012 or 1013 it is asked to send into 1000 (ProtocolHandler.close);
         * it sends 1014, which the Tyrus and Tomcat servers then refuse with 1002.
         */
        @ParameterizedTest(name = "{0} server, Tyrus client closes with {1}: server classifies {2}")
        @CsvSource({
                "TYRUS, 1012, 1000", "TYRUS, 1013, 1000", "TYRUS, 1014, 1002",
                "JETTY, 1012, 1000", "JETTY, 1013, 1000", "JETTY, 1014, 1014",
                "TOMCAT, 1012, 1000", "TOMCAT, 1013, 1000", "TOMCAT, 1014, 1002"})
        void theTyrusClientRewritesServerOnlyCodes(ServerKind server, int sent, int classified) throws Exception {
            String token = token();
            try (TestClient c = ClientKind.TYRUS.connect(uri(server, token))) {
                c.closeWith(sent, "restart");

                assertThat(RECORDER.awaitReceived(token).info().code()).isEqualTo(classified);
            }
        }
    }

    @Nested
    class ALocaleResolverOnTheHandshake {
        static Stream<Arguments> queries() {
            String[][] table = {
                    {"&lang=ja", "de", "ja"},
                    {"&lang=ja-JP", "de", "ja"},
                    {"&lang=ja", null, "ja"},
                    {"", "de", "de"},
                    {"&lang=", "de", "de"},
                    {"&lang=tlh", "de", "de"},
                    {"&lang=" + "j".repeat(LocaleResolver.MAX_VALUE_CHARS + 1), "de", "de"},
                    {"&lang=tlh", null, "en"}};
            return Stream.of(ServerKind.values()).flatMap(s -> Stream.of(table).map(
                    row -> Arguments.of(s, row[0], row[1], row[2])));
        }

        @ParameterizedTest(name = "{0} server, query \"{1}\", Accept-Language {2}: classified in {3}")
        @MethodSource("queries")
        void theQueryParameterChoosesTheLanguageAndAnythingElseFallsBackToAcceptLanguage(ServerKind server,
                String query, String acceptLanguage, String expected) throws Exception {
            String token = token();
            Locale locale = Locale.forLanguageTag(expected);
            try (RawWebSocket raw = RawWebSocket.connect(SERVERS.get(server).uri("/lang?token=" + token + query),
                    acceptLanguage)) {
                raw.sendClose(1001, "");
                raw.awaitCloseCode();
            }

            Received received = RECORDER.awaitReceived(token);

            assertThat(received.info().locale()).isEqualTo(locale);
            assertThat(received.info().name()).isEqualTo(StatusCatalog.standard().closeCode(1001, locale).title());
        }

        /**
         * A query parameter whose percent-encoding is not UTF-8 names no language, so Accept-Language decides on
         * Tyrus. Jetty 12 (500) and Tomcat 11 (400) refuse such a handshake themselves, before any endpoint or
         * configurator runs (measured the same on an undecorated endpoint).
         */
        @ParameterizedTest(name = "{0} server: {1}")
        @CsvSource({"TYRUS, classified in de", "JETTY, HTTP/1.1 500 Server Error", "TOMCAT, 'HTTP/1.1 400 '"})
        void aQueryParameterThatIsNotUtf8FallsBackToAcceptLanguageWhereTheContainerAcceptsIt(ServerKind server,
                String outcome) throws Exception {
            String token = token();
            URI uri = SERVERS.get(server).uri("/lang?token=" + token + "&lang=%FF");
            if (outcome.startsWith("HTTP/")) {
                assertThatIOException().isThrownBy(() -> RawWebSocket.connect(uri, "de"))
                        .withMessage("Upgrade refused: " + outcome);
                return;
            }
            try (RawWebSocket raw = RawWebSocket.connect(uri, "de")) {
                raw.sendClose(1001, "");
                raw.awaitCloseCode();
            }

            assertThat("classified in " + RECORDER.awaitReceived(token).info().locale()).isEqualTo(outcome);
        }
    }

    @Nested
    class LanguagesDoNotLeakBetweenConnections {
        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void aConnectionWithoutAcceptLanguageAfterAGermanOneIsClassifiedInEnglish(ServerKind server) throws Exception {
            String german = token();
            try (RawWebSocket raw = RawWebSocket.connect(uri(server, german), "de")) {
                raw.sendClose(4001, "");
                raw.awaitCloseCode();
            }
            assertThat(RECORDER.awaitReceived(german).info().name()).isEqualTo("Abgemeldet");
            String none = token();
            try (RawWebSocket raw = RawWebSocket.connect(uri(server, none))) {
                raw.sendClose(4001, "");
                raw.awaitCloseCode();
            }
            assertThat(RECORDER.awaitReceived(none).info().name()).isEqualTo("Signed Out");
        }
    }

    @Nested
    class DroppedConnections {
        @ParameterizedTest(name = "{0} server")
        @EnumSource(ServerKind.class)
        void aClientThatDropsTcpWithoutACloseFrameIsClassifiedAs1006AndLoggedAsAWarning(ServerKind server)
                throws Exception {
            String token = token();
            try (LogCapture log = LogCapture.of("dev.statuskit.websocket")) {
                RawWebSocket raw = RawWebSocket.connect(uri(server, token));
                raw.sendText("hello");
                raw.close();

                Received received = RECORDER.awaitReceived(token);

                assertThat(received.info().code()).isEqualTo(1006);
                assertThat(received.info().origin()).isEqualTo(CloseOrigin.NETWORK);
                assertThat(received.info().reconnectHint()).isEqualTo(ReconnectHint.WITH_BACKOFF);
                assertThat(received.info().closeCode().mayBeSent()).isFalse();
                assertThat(log.lines()).anyMatch(line -> line.startsWith("WARNING WebSocket ")
                        && line.contains(": closed with 1006 Abnormal Closure"));
            }
        }
    }
}

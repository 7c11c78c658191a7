package dev.statuskit.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.statuskit.i18n.LocaleRequest;
import dev.statuskit.testing.LogCapture;
import dev.statuskit.websocket.fixtures.Recorder;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** The decorator against a mocked container session: what reaches the container, what is reported and logged. */
class StatusKitEndpointTest {
    private final Session container = mock(Session.class);
    private final Map<String, Object> properties = new HashMap<>();
    private final CloseStatistics statistics = new CloseStatistics();
    private final Recorder recorder = new Recorder();
    private final RecordingEndpoint delegate = new RecordingEndpoint();
    private LogCapture log;

    @BeforeEach
    void setUp() {
        when(container.getUserProperties()).thenReturn(properties);
        when(container.getId()).thenReturn("s1");
        log = LogCapture.of("dev.statuskit.websocket");
        Recorder.TOKEN.set("t");
    }

    @AfterEach
    void tearDown() {
        Recorder.TOKEN.remove();
        log.close();
    }

    private StatusKitWebSocketOptions.Builder options(CloseValidation validation) {
        return StatusKitWebSocketOptions.builder().validation(validation).addListener(statistics).addListener(recorder);
    }

    private StatusKitEndpoint open(StatusKitWebSocketOptions options) {
        StatusKitEndpoint endpoint = StatusKitEndpoint.wrap(delegate, options);
        endpoint.onOpen(container, mock(EndpointConfig.class));
        return endpoint;
    }

    private StatusKitSession openSession(CloseValidation validation) {
        open(options(validation).build());
        return (StatusKitSession) delegate.opened;
    }

    /** A handshake with this {@code Accept-Language}, as {@link StatusKitConfigurator} keeps it. */
    private static LocaleRequest handshake(String acceptLanguage) {
        return LocaleRequest.of(Map.of("Accept-Language", List.of(acceptLanguage)), null);
    }

    private CloseReason sentToContainer() throws IOException {
        ArgumentCaptor<CloseReason> sent = ArgumentCaptor.forClass(CloseReason.class);
        verify(container).close(sent.capture());
        return sent.getValue();
    }

    @Nested
    class StrictMode {
        @ParameterizedTest(name = "close({0}) is refused")
        @ValueSource(ints = {-1, 0, 999, 1004, 1005, 1006, 1015, 1016, 2000, 2999, 5000})
        void aCodeThatMustNotBeSentIsRefusedBeforeAnythingReachesTheContainer(int code) throws IOException {
            StatusKitSession session = openSession(CloseValidation.STRICT);

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> session.close(new CloseReason(() -> code, "bye")))
                    .withMessage(CloseRules.closeCodeExceptionMessage(code));
            assertThatIllegalArgumentException().isThrownBy(() -> session.close(code, "bye"));

            verify(container, never()).close(any(CloseReason.class));
            verify(container, never()).close();
            assertThat(statistics.closesSent()).isZero();
        }

        @Test
        void theRefusalOf1005StatesTheRule() {
            StatusKitSession session = openSession(CloseValidation.STRICT);

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> session.close(new CloseReason(CloseReason.CloseCodes.NO_STATUS_CODE, null)))
                    .withMessage("Close code 1005 must never be sent in a close frame (RFC 6455 §7.4.1)");
        }

        @Test
        void aSendableCodeAndReasonReachTheContainerUnchangedAndAreReported() throws IOException {
            StatusKitSession session = openSession(CloseValidation.STRICT);

            session.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "bye"));

            CloseReason sent = sentToContainer();
            assertThat(sent.getCloseCode().getCode()).isEqualTo(1001);
            assertThat(sent.getReasonPhrase()).isEqualTo("bye");
            assertThat(recorder.events("t")).containsExactly("sent 1001 bye");
            assertThat(statistics.closesSent()).isEqualTo(1);
        }

        @Test
        void closeWithoutArgumentsIsANormalClosureWithoutReason() throws IOException {
            openSession(CloseValidation.STRICT).close();

            CloseReason sent = sentToContainer();
            assertThat(sent.getCloseCode().getCode()).isEqualTo(1000);
            assertThat(sent.getReasonPhrase()).isEmpty();
        }
    }

    @Nested
    class LenientMode {
        @ParameterizedTest(name = "close({0}) sends 1011")
        @ValueSource(ints = {0, 999, 1004, 1005, 1006, 1015, 2000, 5000})
        void aCodeThatMustNotBeSentIsReplacedBy1011LoggedAndReported(int code) throws IOException {
            StatusKitSession session = openSession(CloseValidation.LENIENT);
            String rule = CloseRules.closeCodeExceptionMessage(code);

            session.close(new CloseReason(() -> code, "bye"));

            CloseReason sent = sentToContainer();
            assertThat(sent.getCloseCode().getCode()).isEqualTo(1011);
            assertThat(sent.getReasonPhrase()).isEqualTo("bye");
            assertThat(recorder.events("t")).containsExactly("substituted " + code + " by 1011: " + rule, "sent 1011 bye");
            assertThat(statistics.codesSubstituted()).isEqualTo(1);
            assertThat(log.lines()).contains("WARNING WebSocket s1: sending 1011 instead of " + code + ": " + rule);
        }
    }

    @Nested
    class Reasons {
        @ParameterizedTest(name = "{0} mode")
        @ValueSource(strings = {"STRICT", "LENIENT"})
        void aLongReasonIsCutBetweenCharactersLoggedAndCounted(CloseValidation validation) throws IOException {
            StatusKitSession session = openSession(validation);

            session.close(4000, "€".repeat(60));

            assertThat(sentToContainer().getReasonPhrase()).isEqualTo("€".repeat(41));
            assertThat(recorder.events("t")).containsExactly("truncated 60 chars to 41", "sent 4000 " + "€".repeat(41));
            assertThat(statistics.reasonsTruncated()).isEqualTo(1);
            assertThat(log.lines()).contains("INFO WebSocket s1: close reason truncated to 123 bytes: "
                    + "Close reason is 180 UTF-8 bytes; at most 123 are allowed (RFC 6455 §5.5)");
        }

        @Test
        void aLoneSurrogateIsReplacedByTheReplacementCharacterAndReported() throws IOException {
            StatusKitSession session = openSession(CloseValidation.STRICT);

            session.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "abcd\uD800"));

            assertThat(sentToContainer().getReasonPhrase()).isEqualTo("abcd\uFFFD");
            assertThat(recorder.events("t")).containsExactly("repaired abcd\uFFFD", "sent 1000 abcd\uFFFD");
            assertThat(statistics.reasonsRepaired()).isEqualTo(1);
            assertThat(log.lines()).contains("INFO WebSocket s1: lone surrogates replaced by U+FFFD: "
                    + "Close reason contains a lone surrogate at index 4 and is not valid UTF-8 (RFC 6455 §5.5.1)");
        }
    }

    @Nested
    class FailedCloses {
        @Test
        void aContainerThatFailsToCloseIsClosedWith1011WithoutReasonAndTheFailureReported() throws IOException {
            StatusKitSession session = openSession(CloseValidation.STRICT);
            IOException failure = new IOException("broken pipe");
            doThrow(failure).doNothing().when(container).close(any(CloseReason.class));

            session.close(4000, "bye");

            ArgumentCaptor<CloseReason> sent = ArgumentCaptor.forClass(CloseReason.class);
            InOrder order = inOrder(container);
            order.verify(container, org.mockito.Mockito.times(2)).close(sent.capture());
            assertThat(sent.getAllValues()).extracting(r -> r.getCloseCode().getCode() + " " + r.getReasonPhrase())
                    .containsExactly("4000 bye", "1011 ");
            assertThat(recorder.events("t")).containsExactly("failed 4000");
            assertThat(statistics.closeFailures()).isEqualTo(1);
            assertThat(log.lines()).contains("WARNING WebSocket s1: close 4000 failed; falling back");
        }

        @Test
        void whenTheFallbackFailsTooTheFirstFailureIsThrownWithTheSecondSuppressed() throws IOException {
            StatusKitSession session = openSession(CloseValidation.STRICT);
            IOException first = new IOException("first");
            IllegalStateException second = new IllegalStateException("second");
            doThrow(first).doThrow(second).when(container).close(any(CloseReason.class));

            assertThatThrownBy(() -> session.close(4000, "bye")).isSameAs(first);
            assertThat(first.getSuppressed()).containsExactly(second);
        }
    }

    @Nested
    class ReceivedCloses {
        @Test
        void aCloseIsClassifiedInTheHandshakeLanguageAndHandedToTheEndpointBeforeItsOnClose() {
            properties.put(StatusKitEndpoint.LOCALE_REQUEST_PROPERTY, handshake("de-DE,de;q=0.9,en;q=0.5"));
            StatusKitEndpoint endpoint = open(options(CloseValidation.STRICT).build());
            CloseReason closeReason = new CloseReason(CloseReason.CloseCodes.SERVICE_RESTART, "restart");

            endpoint.onClose(container, closeReason);

            assertThat(delegate.calls).containsExactly("classified 1012 restart", "onClose 1012");
            assertThat(delegate.info.name()).isEqualTo("Neustart des Dienstes");
            assertThat(delegate.info.locale()).isEqualTo(Locale.GERMAN);
            assertThat(delegate.info.reconnectHint()).isEqualTo(ReconnectHint.AFTER_RANDOM_DELAY);
            assertThat(delegate.closedWith).isSameAs(delegate.opened);
            assertThat(delegate.closeReason).isSameAs(closeReason);
            assertThat(statistics.closesReceived()).isEqualTo(1);
        }

        @Test
        void aFixedLocaleWinsOverTheHandshakeLanguage() {
            properties.put(StatusKitEndpoint.LOCALE_REQUEST_PROPERTY, handshake("de"));
            StatusKitEndpoint endpoint = open(options(CloseValidation.STRICT).locale(Locale.FRENCH).build());

            endpoint.onClose(container, new CloseReason(CloseReason.CloseCodes.GOING_AWAY, ""));

            assertThat(delegate.info.locale()).isEqualTo(Locale.FRENCH);
            assertThat(((StatusKitSession) delegate.opened).locale()).isEqualTo(Locale.FRENCH);
        }

        @Test
        void withoutHandshakeLanguageTheCatalogsDefaultLocaleIsUsed() {
            StatusKitEndpoint endpoint = open(options(CloseValidation.STRICT).build());

            endpoint.onClose(container, new CloseReason(CloseReason.CloseCodes.GOING_AWAY, ""));

            assertThat(delegate.info.locale()).isEqualTo(Locale.ENGLISH);
        }

        @ParameterizedTest(name = "{0} is logged at {1}")
        @CsvSource({"1000, FINE", "1001, FINE", "1005, FINE", "1002, WARNING", "1006, WARNING", "1007, WARNING",
                "1011, WARNING", "1015, WARNING", "2000, WARNING", "1003, INFO", "1008, INFO", "1009, INFO",
                "1012, INFO", "1013, INFO", "3008, INFO", "4001, INFO"})
        void aCloseIsLoggedAtALevelFittingItsCode(int code, String level) {
            StatusKitEndpoint endpoint = open(options(CloseValidation.STRICT).build());

            endpoint.onClose(container, new CloseReason(() -> code, "why"));

            assertThat(log.lines()).singleElement().asString().startsWith(level + " WebSocket s1: closed with " + code + " ")
                    .endsWith("(\"why\"); reconnect " + delegate.info.reconnectHint());
        }

        @Test
        void aListenerThatThrowsNeitherStopsTheOtherListenersNorTheClose() {
            StatusKitEndpoint endpoint = open(StatusKitWebSocketOptions.builder()
                    .addListener(new CloseListener() {
                        @Override
                        public void closeReceived(CloseCodeInfo info, String reason) {
                            throw new IllegalStateException("metrics down");
                        }
                    })
                    .addListener(statistics).build());

            endpoint.onClose(container, new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, ""));

            assertThat(statistics.closesReceived()).isEqualTo(1);
            assertThat(delegate.calls).containsExactly("classified 1000 ", "onClose 1000");
            assertThat(log.lines()).anyMatch(line -> line.startsWith("WARNING Close listener"));
        }

        @Test
        void aCloseClassifiedAgainIsReportedAndLoggedOnlyOnce() {
            StatusKitEndpoint endpoint = open(options(CloseValidation.STRICT).build());
            CloseReason closeReason = new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "bye");

            endpoint.onClose(container, closeReason);
            CloseCodeInfo again = StatusKitSession.from(container).classify(closeReason);

            assertThat(again).isSameAs(delegate.info);
            assertThat(statistics.closesReceived()).isEqualTo(1);
            assertThat(log.lines()).singleElement().asString().startsWith("FINE WebSocket s1: closed with 1001 ");
        }

        @Test
        void theDecorationIsFoundFromTheContainerSession() {
            open(options(CloseValidation.STRICT).build());

            assertThat(StatusKitSession.from(container)).isSameAs(delegate.opened);
            assertThat(StatusKitSession.from(delegate.opened)).isSameAs(delegate.opened);
            Session stranger = mock(Session.class);
            when(stranger.getId()).thenReturn("s2");
            assertThatIllegalArgumentException().isThrownBy(() -> StatusKitSession.from(stranger))
                    .withMessage("Session s2 does not belong to an endpoint decorated by StatusKit");
        }
    }

    /** Records what the decorator hands the wrapped endpoint. */
    static final class RecordingEndpoint extends Endpoint implements ClassifiedCloseHandler {
        final List<String> calls = new CopyOnWriteArrayList<>();
        volatile Session opened;
        volatile Session closedWith;
        volatile CloseReason closeReason;
        volatile CloseCodeInfo info;

        /** Whether {@code onOpen} throws, after it saw the session. */
        volatile boolean failOnOpen;

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            opened = session;
            if (failOnOpen) {
                throw new IllegalStateException("no such user: hunter2");
            }
        }

        @Override
        public void onClassifiedClose(StatusKitSession session, CloseCodeInfo classified, String reason) {
            info = classified;
            calls.add("classified " + classified.code() + " " + reason);
        }

        @Override
        public void onClose(Session session, CloseReason reason) {
            closedWith = session;
            closeReason = reason;
            calls.add("onClose " + reason.getCloseCode().getCode());
        }

        /** A code {@code onError} closes with through the view, or 0 for none. */
        volatile int closeInOnError;

        @Override
        public void onError(Session session, Throwable thr) {
            calls.add("onError " + thr.getMessage() + (session == opened ? " on the view" : " on another session"));
            if (closeInOnError != 0) {
                try {
                    ((StatusKitSession) session).close(closeInOnError, "from onError");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
    }

    @Nested
    class MessageHandlers {
        @SuppressWarnings("unchecked")
        private MessageHandler.Whole<String> guardOf(StatusKitSession session, MessageHandler.Whole<String> handler) {
            ArgumentCaptor<MessageHandler.Whole<String>> added = ArgumentCaptor.forClass(MessageHandler.Whole.class);
            session.addMessageHandler(String.class, handler);
            verify(container).addMessageHandler(eq(String.class), added.capture());
            return added.getValue();
        }

        @Test
        void theSessionListsAndRemovesTheApplicationsHandlerNotItsGuard() {
            StatusKitSession session = openSession(CloseValidation.STRICT);
            MessageHandler.Whole<String> handler = text -> { };
            MessageHandler.Whole<String> guard = guardOf(session, handler);
            MessageHandler other = mock(MessageHandler.Whole.class);
            when(container.getMessageHandlers()).thenReturn(Set.of(guard, other));

            assertThat(guard).isNotSameAs(handler);
            assertThat(session.getMessageHandlers()).containsExactlyInAnyOrder(handler, other);
            session.removeMessageHandler(handler);
            verify(container).removeMessageHandler(guard);
        }

        @Test
        void aHandlerThatThrowsGoesToOnErrorAndTheConnectionClosesWith1011AndTheCodesName() throws IOException {
            StatusKitSession session = openSession(CloseValidation.STRICT);
            when(container.isOpen()).thenReturn(true);
            MessageHandler.Whole<String> guard = guardOf(session, text -> {
                throw new IllegalStateException("password=hunter2");
            });

            guard.onMessage("anything");

            assertThat(delegate.calls).containsExactly("onError password=hunter2 on the view");
            CloseReason sent = sentToContainer();
            assertThat(sent.getCloseCode().getCode()).isEqualTo(1011);
            assertThat(sent.getReasonPhrase()).isEqualTo("Internal Error");
            assertThat(log.lines()).anyMatch(line -> line.startsWith("WARNING WebSocket s1: a message handler threw"));
        }

        @Test
        void anOnOpenThatThrowsGoesToOnErrorAndTheConnectionClosesWith1011() throws IOException {
            when(container.isOpen()).thenReturn(true);
            delegate.failOnOpen = true;

            open(options(CloseValidation.STRICT).build());

            assertThat(delegate.calls).containsExactly("onError no such user: hunter2 on the view");
            CloseReason sent = sentToContainer();
            assertThat(sent.getCloseCode().getCode()).isEqualTo(1011);
            assertThat(sent.getReasonPhrase()).isEqualTo("Internal Error");
            assertThat(log.lines()).anyMatch(line -> line.startsWith("WARNING WebSocket s1: onOpen threw"));
        }

        @Test
        void anOnErrorThatClosesHasTheLastWord() throws IOException {
            StatusKitSession session = openSession(CloseValidation.STRICT);
            when(container.isOpen()).thenReturn(true); // as a container says until the close handshake ends
            delegate.closeInOnError = 4000;
            MessageHandler.Whole<String> guard = guardOf(session, text -> {
                throw new IllegalStateException("boom");
            });

            guard.onMessage("anything");

            CloseReason sent = sentToContainer(); // once: no 1011 after it
            assertThat(sent.getCloseCode().getCode()).isEqualTo(4000);
            assertThat(sent.getReasonPhrase()).isEqualTo("from onError");
        }

        @Test
        void anOnErrorWhoseCloseIsRefusedLeavesTheConnectionTo1011() throws IOException {
            StatusKitSession session = openSession(CloseValidation.STRICT);
            when(container.isOpen()).thenReturn(true);
            delegate.closeInOnError = 1005; // refused in strict mode: nothing was sent
            MessageHandler.Whole<String> guard = guardOf(session, text -> {
                throw new IllegalStateException("boom");
            });

            guard.onMessage("anything");

            assertThat(sentToContainer().getCloseCode().getCode()).isEqualTo(1011);
            assertThat(log.lines()).anyMatch(line -> line.startsWith("WARNING WebSocket s1: onError threw"));
        }

        @Test
        void aFailureOnAConnectionAlreadyClosedReachesOnErrorAndClosesNothing() throws IOException {
            StatusKitSession session = openSession(CloseValidation.STRICT);
            when(container.isOpen()).thenReturn(false);
            MessageHandler.Whole<String> guard = guardOf(session, text -> {
                throw new IllegalArgumentException("late");
            });

            guard.onMessage("anything");

            assertThat(delegate.calls).containsExactly("onError late on the view");
            verify(container, never()).close(any(CloseReason.class));
        }

        @Test
        void aFatalErrorIsNotCaught() {
            StatusKitSession session = openSession(CloseValidation.STRICT);
            MessageHandler.Whole<String> guard = guardOf(session, text -> {
                throw new StackOverflowError();
            });

            assertThatThrownBy(() -> guard.onMessage("anything")).isInstanceOf(StackOverflowError.class);
            assertThat(delegate.calls).isEmpty();
        }

        @Test
        @SuppressWarnings("unchecked")
        void anAnonymousHandlerAddedWithoutItsTypeIsGuardedUnderTheTypeItsClassGives() {
            StatusKitSession session = openSession(CloseValidation.STRICT);
            MessageHandler.Whole<String> handler = new MessageHandler.Whole<String>() {
                @Override
                public void onMessage(String text) {
                    // nothing
                }
            };

            session.addMessageHandler(handler);

            verify(container).addMessageHandler(eq(String.class), any(MessageHandler.Whole.class));
            verify(container, never()).addMessageHandler(any(MessageHandler.class));
        }

        @Test
        void aLambdaAddedWithoutItsTypeIsPassedOnAsItIsForTheContainerToJudge() {
            StatusKitSession session = openSession(CloseValidation.STRICT);
            MessageHandler.Whole<String> lambda = text -> { };

            session.addMessageHandler(lambda);

            verify(container).addMessageHandler(lambda);
        }

        @Test
        @SuppressWarnings("unchecked")
        void aHandlerTheContainerRefusesIsNotKept() {
            StatusKitSession session = openSession(CloseValidation.STRICT);
            doThrow(new IllegalStateException("a text handler exists")).when(container)
                    .addMessageHandler(eq(String.class), any(MessageHandler.Whole.class));
            MessageHandler.Whole<String> handler = text -> { };

            assertThatThrownBy(() -> session.addMessageHandler(String.class, handler)).hasMessage("a text handler exists");
            session.removeMessageHandler(handler);
            verify(container).removeMessageHandler(handler);
        }
    }
}

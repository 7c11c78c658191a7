package dev.statuskit.demo;

import dev.statuskit.websocket.CloseClassifier;
import dev.statuskit.websocket.CloseCodeInfo;
import dev.statuskit.websocket.StatusKitSession;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.function.IntConsumer;

/**
 * {@code /ws/echo}: echoes text messages. The message {@code close <code> <reason...>} asks the server to
 * close through the StatusKit decorator: a sendable code closes with that code and reason (the reason cut
 * safely to 123 UTF-8 bytes); any other code, or one that is not a number, is answered with
 * {@code rejected <code>: <localized explanation>} and the connection stays open.
 */
public class EchoEndpoint extends Endpoint {
    private static final System.Logger LOG = System.getLogger("dev.statuskit.demo");
    /** The command prefix. */
    static final String CLOSE = "close";
    /** The longest code token that is echoed back in a rejection. */
    private static final int MAX_ECHOED_TOKEN = 16;

    private final CloseClassifier classifier;
    private final IntConsumer refusals;

    /** An echo endpoint explaining rejections with this classifier's texts. */
    public EchoEndpoint(CloseClassifier classifier) {
        this(classifier, code -> { });
    }

    /**
     * An echo endpoint that also tells {@code refusals} of each code the decorator refused to send (a
     * {@code CloseListener} is not told of those), such as {@code CloseMeters::closeRefused}.
     */
    public EchoEndpoint(CloseClassifier classifier, IntConsumer refusals) {
        this.classifier = classifier;
        this.refusals = refusals;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        StatusKitSession decorated = StatusKitSession.from(session);
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) message -> onText(decorated, message));
    }

    private void onText(StatusKitSession session, String message) {
        try {
            if (!isCloseCommand(message)) {
                session.getBasicRemote().sendText(message);
                return;
            }
            String rest = message.length() > CLOSE.length() ? message.substring(CLOSE.length() + 1) : "";
            int space = rest.indexOf(' ');
            String token = space < 0 ? rest : rest.substring(0, space);
            String reason = space < 0 ? "" : rest.substring(space + 1);
            int code;
            try {
                code = Integer.parseInt(token);
            } catch (NumberFormatException e) {
                reject(session, printable(token), classifier.classify(0, session.locale()));
                return;
            }
            try {
                session.close(code, reason);
            } catch (IllegalArgumentException refused) {
                LOG.log(Level.DEBUG, "Refused to close with {0}: {1}", code, refused.getMessage());
                refusals.accept(code);
                reject(session, Integer.toString(code), classifier.classify(code, session.locale()));
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Echo failed on session " + session.getId(), e);
        }
    }

    private static boolean isCloseCommand(String message) {
        return message.equals(CLOSE) || message.startsWith(CLOSE + " ");
    }

    private static void reject(Session session, String token, CloseCodeInfo info) throws IOException {
        session.getBasicRemote().sendText("rejected " + token + ": " + info.name() + ". " + info.description());
    }

    /** The token as sent, without control characters and cut short, so a reply never reflects junk. */
    private static String printable(String token) {
        StringBuilder out = new StringBuilder();
        token.codePoints().limit(MAX_ECHOED_TOKEN).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return token.codePointCount(0, token.length()) > MAX_ECHOED_TOKEN ? out + "..." : out.toString();
    }
}

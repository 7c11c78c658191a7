package dev.statuskit.demo;

import dev.statuskit.websocket.CloseClassifier;
import dev.statuskit.websocket.CloseCodeInfo;
import dev.statuskit.websocket.StatusKitSession;
import java.io.IOException;
import java.lang.System.Logger.Level;

/**
 * The {@code close <code> <reason...>} command of the demo's WebSocket endpoints ({@code /ws/echo},
 * {@code /ws/rooms/{room}}): a sendable code closes through the StatusKit decorator with that code and reason
 * (the reason cut safely to 123 UTF-8 bytes); any other code is answered with
 * {@code rejected <code>: <name>. <description>} in the session's language (see {@link #sentences}), one that is not
 * a number with the invalid code's name and {@value #NOT_A_NUMBER}, and the connection stays open.
 */
final class CloseCommand {
    private static final System.Logger LOG = System.getLogger("dev.statuskit.demo");
    /** The command prefix. */
    static final String CLOSE = "close";
    /** The key of the demo's explanation of a code that is not a number, in {@code explorer*.properties}. */
    static final String NOT_A_NUMBER = "explorer.ws.notANumber";
    /** The longest code token that is echoed back in a rejection. */
    private static final int MAX_ECHOED_TOKEN = 16;

    private CloseCommand() {
    }

    /** Whether the message is the close command. */
    static boolean matches(String message) {
        return message.equals(CLOSE) || message.startsWith(CLOSE + " ");
    }

    /** Closes as the command asks, or answers with the rejection. */
    static void run(StatusKitSession session, String message, CloseClassifier classifier) throws IOException {
        String rest = message.length() > CLOSE.length() ? message.substring(CLOSE.length() + 1) : "";
        int space = rest.indexOf(' ');
        String token = space < 0 ? rest : rest.substring(0, space);
        String reason = space < 0 ? "" : rest.substring(space + 1);
        int code;
        try {
            code = Integer.parseInt(token);
        } catch (NumberFormatException e) {
            // Not a number at all (or beyond an int): the invalid code's name, and why, from the demo's bundle.
            CloseCodeInfo invalid = classifier.classify(0, session.locale());
            reject(session, printable(token), invalid.name(),
                    classifier.catalog().text(NOT_A_NUMBER, session.locale()).orElse(invalid.description()));
            return;
        }
        try {
            session.close(code, reason);
        } catch (IllegalArgumentException refused) {
            LOG.log(Level.DEBUG, "Refused to close with {0}: {1}", code, refused.getMessage());
            CloseCodeInfo info = classifier.classify(code, session.locale());
            reject(session, Integer.toString(code), info.name(), info.description());
        }
    }

    private static void reject(StatusKitSession session, String token, String name, String why) throws IOException {
        session.getBasicRemote().sendText("rejected " + token + ": " + sentences(name, why));
    }

    /**
     * The name and the description as two sentences, the name ended as the description's language ends its own
     * sentences (the catalog's descriptions are full sentences): with an ideographic full stop and no space in
     * Chinese and Japanese, with a space alone in Thai, which has no full stop, and with ". " elsewhere.
     */
    static String sentences(String name, String description) {
        int last = description.isEmpty() ? -1 : description.codePointBefore(description.length());
        if (last == '\u3002') {
            return name + "\u3002" + description;
        }
        return last == '.' ? name + ". " + description : name + " " + description;
    }

    /** The token as sent, without control characters and cut short, so a reply never reflects junk. */
    private static String printable(String token) {
        StringBuilder out = new StringBuilder();
        token.codePoints().limit(MAX_ECHOED_TOKEN).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return token.codePointCount(0, token.length()) > MAX_ECHOED_TOKEN ? out + "..." : out.toString();
    }
}

package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Locale;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Session} an endpoint wrapped by {@link StatusKitEndpoint} receives. Every close goes through
 * {@link CloseRules}: {@link #close(CloseReason)} and {@link #close()} as well as {@link #close(int, String)}.
 *
 * <p>Use {@link #close(int, String)} for reasons that may be long or come from elsewhere (an exception message,
 * user input): {@link CloseReason}'s constructor itself throws for a reason over
 * {@value CloseRules#MAX_REASON_BYTES} UTF-8 bytes, so only this method can truncate one.
 */
@API(status = STABLE, since = "0.1")
public interface StatusKitSession extends Session {
    /**
     * Closes with a code and a reason, both validated: a code that must not be sent is refused
     * ({@link CloseValidation#STRICT}, {@link IllegalArgumentException} with the rule, the session stays open)
     * or replaced by 1011 ({@link CloseValidation#LENIENT}); the reason's lone surrogates are replaced by
     * U+FFFD and it is truncated to {@value CloseRules#MAX_REASON_BYTES} UTF-8 bytes. If the container fails to
     * close, the session is closed with 1011 and no reason instead, and the failure reported; only if that
     * fails too is the first failure thrown.
     *
     * @param reason the reason, or null for none
     * @throws IllegalArgumentException in strict mode, if the code must not be sent
     * @throws IOException if the close and the fallback both failed
     */
    void close(int code, @Nullable String reason) throws IOException;

    /**
     * Closes with {@code closeReason}'s code and reason, validated as {@link #close(int, String)} does.
     *
     * @throws IllegalArgumentException in strict mode, if the code must not be sent
     */
    @Override
    void close(CloseReason closeReason) throws IOException;

    /** The locale closes of this session are classified in: fixed by the options or negotiated at the handshake. */
    Locale locale();

    /**
     * The decorated session for a session: the argument itself if it is one, else the one StatusKit keeps in
     * the container session's user properties.
     *
     * @throws IllegalArgumentException if the session does not belong to an endpoint wrapped by StatusKit
     */
    static StatusKitSession from(Session session) {
        if (session instanceof StatusKitSession decorated) {
            return decorated;
        }
        Object decorated = session.getUserProperties().get(ValidatingSession.PROPERTY);
        if (decorated instanceof StatusKitSession found) {
            return found;
        }
        throw new IllegalArgumentException("Session " + session.getId() + " does not belong to an endpoint wrapped by StatusKitEndpoint");
    }
}

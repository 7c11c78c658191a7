package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Locale;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * StatusKit's view of a container session: every close goes through {@link CloseRules} ({@link #close(CloseReason)}
 * and {@link #close()} as well as {@link #close(int, String)}), and {@link #classify(CloseReason)} classifies the
 * close the container reports. Everything else is the container session's.
 *
 * <p>An endpoint wrapped by {@link StatusKitEndpoint} receives this view. An annotated endpoint deployed by
 * {@link StatusKitConfigurator#annotatedEndpointConfig StatusKitConfigurator.annotatedEndpointConfig} receives the
 * container's own session, bound by the container with all its features, and asks {@link #from(Session)} for the
 * view:
 * <pre>{@code
 * @OnMessage
 * public void onMessage(RoomMessage message, @PathParam("room") String room, Session session) throws IOException {
 *     StatusKitSession.from(session).close(4001, "Room " + room + " closed");   // validated
 * }
 *
 * @OnClose
 * public void onClose(Session session, CloseReason closeReason) {
 *     CloseCodeInfo info = StatusKitSession.from(session).classify(closeReason);   // logged, listeners told
 * }
 * }</pre>
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

    /**
     * The locale closes of this session are classified in: fixed by the options or chosen by their
     * {@link dev.statuskit.i18n.LocaleResolver} at the handshake.
     */
    Locale locale();

    /**
     * Classifies the close the container reported for this session, in {@link #locale()}. The first call for a
     * session also logs the close at a level fitting its code (logger {@code dev.statuskit.websocket}) and reports
     * it to the options' {@link CloseListener}s ({@link CloseListener#closeReceived}); later calls only classify,
     * so that a close is reported once however often it is classified.
     *
     * <p>{@link StatusKitEndpoint} calls it for a programmatic endpoint, before the endpoint's {@code onClose}. The
     * container calls an annotated endpoint's {@code @OnClose} method itself, so that method calls it.
     *
     * @param closeReason the close as the container reported it
     * @return the classification, never null
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    CloseCodeInfo classify(CloseReason closeReason);

    /**
     * StatusKit's view of a session: the argument itself if it is one; else the view kept in the container
     * session's user properties, made on first use for a connection to an endpoint deployed through
     * {@link StatusKitConfigurator}. The same instance for every call on one connection.
     *
     * @throws IllegalArgumentException if the session belongs to no endpoint decorated by StatusKit
     */
    static StatusKitSession from(Session session) {
        if (session instanceof StatusKitSession decorated) {
            return decorated;
        }
        return ValidatingSession.find(session).orElseThrow(() -> new IllegalArgumentException(
                "Session " + session.getId() + " does not belong to an endpoint decorated by StatusKit"));
    }

    /**
     * StatusKit's view of a session StatusKit did not deploy, such as an annotated {@code @ClientEndpoint}'s: the
     * view {@link #from(Session)} would give if there is one, else a new one with these options, kept for later
     * calls. Its locale is the options' fixed one, else the catalog's default: a client has no handshake for the
     * options' {@link dev.statuskit.i18n.LocaleResolver} to read. Call it from {@code @OnOpen}.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    static StatusKitSession from(Session session, StatusKitWebSocketOptions options) {
        if (session instanceof StatusKitSession decorated) {
            return decorated;
        }
        return ValidatingSession.of(session, options, new CloseSupport(options));
    }
}

package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.LocaleRequest;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A Jakarta WebSocket endpoint that wraps another and makes its closes safe and readable, on servers and
 * clients alike:
 * <ul>
 *   <li>the wrapped endpoint sees a {@link StatusKitSession}, whose closes are validated by {@link CloseRules}
 *       (see {@link StatusKitSession#close(int, String)});</li>
 *   <li>every close reported to {@code onClose} is classified by the options' {@link CloseClassifier} in the
 *       connection's locale, logged at a level fitting its code (logger {@code dev.statuskit.websocket}),
 *       reported to the options' {@link CloseListener}s and handed to the wrapped endpoint if it implements
 *       {@link ClassifiedCloseHandler};</li>
 *   <li>the locale is the options' fixed one, else the one the options' {@link dev.statuskit.i18n.LocaleResolver}
 *       chooses for the handshake that {@link StatusKitConfigurator} keeps in the user property
 *       {@value #LOCALE_REQUEST_PROPERTY} ({@code Accept-Language} by default), else the catalog's default.</li>
 * </ul>
 * Each connection needs its own instance, as with any endpoint; see the package description for deploying one.
 */
@API(status = STABLE, since = "0.1")
public final class StatusKitEndpoint extends Endpoint {
    /** The user property holding the handshake's headers and query string, a {@link LocaleRequest}. */
    public static final String LOCALE_REQUEST_PROPERTY = "dev.statuskit.websocket.localeRequest";

    private final Endpoint delegate;
    private final @Nullable ClassifiedCloseHandler handler;
    private final StatusKitWebSocketOptions options;
    private final CloseSupport support;

    private StatusKitEndpoint(Endpoint delegate, Object target, StatusKitWebSocketOptions options) {
        this.delegate = delegate;
        this.handler = target instanceof ClassifiedCloseHandler h ? h : null;
        this.options = Objects.requireNonNull(options, "options");
        this.support = new CloseSupport(options);
    }

    /** Wraps a programmatic endpoint. */
    public static StatusKitEndpoint wrap(Endpoint delegate, StatusKitWebSocketOptions options) {
        return new StatusKitEndpoint(Objects.requireNonNull(delegate, "delegate"), delegate, options);
    }

    /**
     * Wraps an object annotated like a {@code @ServerEndpoint} or {@code @ClientEndpoint}. Its public
     * {@code @OnOpen}, {@code @OnMessage}, {@code @OnClose} and {@code @OnError} methods are found once per class
     * and called by reflection. They may take the parameters {@code Session} (or {@link StatusKitSession}),
     * {@code EndpointConfig}, {@code CloseReason}, {@code Throwable}, and a whole text ({@code String}) or binary
     * ({@code ByteBuffer}, {@code byte[]}) message; an {@code @OnMessage} method may return a {@code String},
     * {@code ByteBuffer} or {@code byte[]} to send back. Decoders, encoders, {@code @PathParam}, partial and
     * pong messages are not supported: use a programmatic endpoint for those.
     *
     * @throws IllegalArgumentException if the class has no such method, or one takes a parameter not listed above
     */
    public static StatusKitEndpoint wrapAnnotated(Object endpoint, StatusKitWebSocketOptions options) {
        return new StatusKitEndpoint(new AnnotatedEndpoint(endpoint), endpoint, options);
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        delegate.onOpen(decorate(session), config);
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        StatusKitSession decorated = decorated(session);
        String reason = closeReason.getReasonPhrase();
        CloseCodeInfo info = support.received(session.getId(), closeReason.getCloseCode().getCode(), reason,
                decorated.locale());
        try {
            if (handler != null) {
                handler.onClassifiedClose(decorated, info, reason);
            }
        } finally {
            delegate.onClose(decorated, closeReason);
        }
    }

    @Override
    public void onError(Session session, Throwable thr) {
        delegate.onError(decorated(session), thr);
    }

    private StatusKitSession decorate(Session session) {
        Object handshake = session.getUserProperties().get(LOCALE_REQUEST_PROPERTY);
        return new ValidatingSession(session, support, options.localeFor(
                handshake instanceof LocaleRequest request ? request : StatusKitWebSocketOptions.noHandshake()));
    }

    /** The decoration made in onOpen; made now if the container reports an error or a close without an open. */
    private StatusKitSession decorated(Session session) {
        Object decorated = session.getUserProperties().get(ValidatingSession.PROPERTY);
        return decorated instanceof StatusKitSession found ? found : decorate(session);
    }

    @Override
    public String toString() {
        return "StatusKitEndpoint[" + delegate + "]";
    }
}

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
 *   <li>what the wrapped endpoint's {@code onOpen}, or a message handler it adds through its session, throws goes to
 *       the endpoint's {@code onError}, and then the connection closes with 1011 (Internal Error) and the code's
 *       localized name unless {@code onError} closed it, on every container; left to themselves, Jetty closes with
 *       1003 after a handler and with 1011 after {@code onOpen}, Tomcat with 1002, both sending the exception's
 *       message as the reason after {@code onOpen}, and Tyrus keeps the connection open;</li>
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

    private StatusKitEndpoint(Endpoint delegate, StatusKitWebSocketOptions options) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.handler = delegate instanceof ClassifiedCloseHandler h ? h : null;
        this.options = Objects.requireNonNull(options, "options");
        this.support = new CloseSupport(options);
    }

    /**
     * Wraps a programmatic endpoint. (An annotated endpoint is deployed as itself, by
     * {@link StatusKitConfigurator#annotatedEndpointConfig StatusKitConfigurator.annotatedEndpointConfig}, so that
     * the container binds it with every feature; see {@link StatusKitSession}.)
     */
    public static StatusKitEndpoint wrap(Endpoint delegate, StatusKitWebSocketOptions options) {
        return new StatusKitEndpoint(delegate, options);
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        ValidatingSession view = decorated(session);
        try {
            delegate.onOpen(view, config);
        } catch (RuntimeException | Error failure) {
            view.endpointFailed("onOpen", failure);
        }
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        StatusKitSession decorated = decorated(session);
        CloseCodeInfo info = decorated.classify(closeReason);
        try {
            if (handler != null) {
                handler.onClassifiedClose(decorated, info, closeReason.getReasonPhrase());
            }
        } finally {
            delegate.onClose(decorated, closeReason);
        }
    }

    @Override
    public void onError(Session session, Throwable thr) {
        delegate.onError(decorated(session), thr);
    }

    /** The session's view, made on the first call (onOpen, or onError or onClose of a container that skips onOpen). */
    private ValidatingSession decorated(Session session) {
        return ValidatingSession.of(session, options, support, delegate::onError);
    }

    @Override
    public String toString() {
        return "StatusKitEndpoint[" + delegate + "]";
    }
}

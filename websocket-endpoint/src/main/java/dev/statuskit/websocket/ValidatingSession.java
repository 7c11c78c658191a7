package dev.statuskit.websocket;

import dev.statuskit.i18n.LocaleRequest;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Extension;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A view of a container session whose closes go through {@link CloseSupport}; everything else is forwarded. One
 * view per container session, kept in its user properties ({@link #PROPERTY}).
 */
final class ValidatingSession implements StatusKitSession {
    /** The user property under which the container session keeps its view. */
    static final String PROPERTY = StatusKitSession.class.getName();
    /**
     * The user property in which {@link StatusKitConfigurator} leaves the options of a connection to an annotated
     * endpoint, so that the view can be made when it is first asked for.
     */
    static final String OPTIONS_PROPERTY = StatusKitWebSocketOptions.class.getName();

    private final Session session;
    private final CloseSupport support;
    private final Locale locale;
    private final AtomicBoolean closeReported = new AtomicBoolean();
    /** Whether a close was asked for through this view: a container's session may say it is open until the handshake ends. */
    private final AtomicBoolean closeAsked = new AtomicBoolean();
    /** Where a message handler's failure is reported (the wrapped endpoint's onError); null: handlers are not guarded. */
    private final @Nullable BiConsumer<StatusKitSession, Throwable> onHandlerFailure;
    /** Each guarded handler by the application's handler it calls, so that the application's can be removed. */
    private final Map<MessageHandler, MessageHandler> guards = Collections.synchronizedMap(new IdentityHashMap<>());

    private ValidatingSession(Session session, CloseSupport support, Locale locale,
                              @Nullable BiConsumer<StatusKitSession, Throwable> onHandlerFailure) {
        this.session = session;
        this.support = support;
        this.locale = locale;
        this.onHandlerFailure = onHandlerFailure;
    }

    /**
     * The view of a container session: the one kept in its user properties, else a new one, kept there, whose
     * locale the options choose for the handshake the configurator left ({@link StatusKitEndpoint#LOCALE_REQUEST_PROPERTY}).
     */
    static StatusKitSession of(Session session, StatusKitWebSocketOptions options, CloseSupport support) {
        return of(session, options, support, null);
    }

    /**
     * The view of a container session, as {@link #of(Session, StatusKitWebSocketOptions, CloseSupport)} makes it; a new
     * view guards the message handlers added through it, reporting a failure here (see {@link #addMessageHandler}).
     */
    static ValidatingSession of(Session session, StatusKitWebSocketOptions options, CloseSupport support,
                                @Nullable BiConsumer<StatusKitSession, Throwable> onHandlerFailure) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(options, "options");
        Map<String, Object> properties = session.getUserProperties();
        synchronized (properties) {
            ValidatingSession kept = kept(session, properties);
            if (kept != null) {
                return kept;
            }
            Object handshake = properties.get(StatusKitEndpoint.LOCALE_REQUEST_PROPERTY);
            LocaleRequest request = handshake instanceof LocaleRequest r ? r : StatusKitWebSocketOptions.noHandshake();
            ValidatingSession view = new ValidatingSession(session, support, options.localeFor(request), onHandlerFailure);
            properties.put(PROPERTY, view);
            return view;
        }
    }

    /**
     * The view of a container session if it has one, or can have one because the configurator left the options of
     * its connection; empty for a session StatusKit knows nothing about.
     */
    static Optional<StatusKitSession> find(Session session) {
        Map<String, Object> properties = session.getUserProperties();
        synchronized (properties) {
            StatusKitSession kept = kept(session, properties);
            if (kept != null) {
                return Optional.of(kept);
            }
            Object options = properties.get(OPTIONS_PROPERTY);
            if (options instanceof StatusKitWebSocketOptions found) {
                return Optional.of(of(session, found, new CloseSupport(found)));
            }
            return Optional.empty();
        }
    }

    /** The view kept for this very session; a view of another one (user properties shared by mistake) is not it. */
    private static @Nullable ValidatingSession kept(Session session, Map<String, Object> properties) {
        return properties.get(PROPERTY) instanceof ValidatingSession view && view.session == session ? view : null;
    }

    @Override
    public CloseCodeInfo classify(CloseReason closeReason) {
        int code = closeReason.getCloseCode().getCode();
        String reason = closeReason.getReasonPhrase();
        return closeReported.compareAndSet(false, true)
                ? support.received(session.getId(), code, reason, locale)
                : support.classify(code, locale);
    }

    @Override
    public void close(int code, @Nullable String reason) throws IOException {
        String id = session.getId();
        int sendCode = support.sendableCode(id, code, CloseRules.closeCodeExceptionMessage(code));
        String sendReason = support.sendableReason(id, reason);
        closeAsked.set(true); // a close refused above (strict mode) asked for nothing
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(sendCode), sendReason));
        } catch (IOException | RuntimeException failure) {
            support.failed(id, sendCode, failure);
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(CloseRules.SUBSTITUTE_CODE), null));
            } catch (IOException | RuntimeException fallbackFailure) {
                failure.addSuppressed(fallbackFailure);
                throw failure;
            }
            return;
        }
        support.sent(id, sendCode, sendReason);
    }

    @Override
    public void close(CloseReason closeReason) throws IOException {
        close(closeReason.getCloseCode().getCode(), closeReason.getReasonPhrase());
    }

    @Override
    public void close() throws IOException {
        close(CloseRules.NORMAL_CLOSURE, null);
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public WebSocketContainer getContainer() {
        return session.getContainer();
    }

    /**
     * Adds a handler. For the wrapped programmatic endpoint, the handler is guarded: a {@code RuntimeException} or
     * {@code Error} it throws goes to the endpoint's {@code onError}, as containers pass it on, and then, unless
     * {@code onError} closed the session, StatusKit closes it with 1011 (Internal Error, RFC 6455 §7.4.1) and the
     * code's name in the connection's language as the reason. Containers differ here by themselves: Jetty closes
     * with 1003 (Unsupported Data) and Tomcat with 1002 (Protocol Error), each of which blames the client, and Tyrus
     * leaves the connection open. A handler whose message type cannot be read from its class (a lambda, which no
     * container accepts here either) is added as it is.
     */
    @Override
    public void addMessageHandler(MessageHandler handler) {
        Objects.requireNonNull(handler, "handler");
        Class<?> type = onHandlerFailure == null ? null : MessageTypes.of(handler);
        if (type == null) {
            session.addMessageHandler(handler);
        } else if (handler instanceof MessageHandler.Partial<?> partial) {
            addPartial(type, partial);
        } else if (handler instanceof MessageHandler.Whole<?> whole) {
            addWhole(type, whole);
        } else {
            session.addMessageHandler(handler);
        }
    }

    @SuppressWarnings("unchecked") // the type argument read from the handler's own class
    private <T> void addWhole(Class<T> type, MessageHandler.Whole<?> whole) {
        addMessageHandler(type, (MessageHandler.Whole<T>) whole);
    }

    @SuppressWarnings("unchecked") // the type argument read from the handler's own class
    private <T> void addPartial(Class<T> type, MessageHandler.Partial<?> partial) {
        addMessageHandler(type, (MessageHandler.Partial<T>) partial);
    }

    /** Adds a handler, guarded as {@link #addMessageHandler(MessageHandler)} says. */
    @Override
    public <T> void addMessageHandler(Class<T> clazz, MessageHandler.Whole<T> handler) {
        if (onHandlerFailure == null) {
            session.addMessageHandler(clazz, handler);
            return;
        }
        MessageHandler.Whole<T> guard = message -> {
            try {
                handler.onMessage(message);
            } catch (RuntimeException | Error failure) {
                endpointFailed("a message handler", failure);
            }
        };
        add(handler, guard, () -> session.addMessageHandler(clazz, guard));
    }

    /** Adds a handler, guarded as {@link #addMessageHandler(MessageHandler)} says. */
    @Override
    public <T> void addMessageHandler(Class<T> clazz, MessageHandler.Partial<T> handler) {
        if (onHandlerFailure == null) {
            session.addMessageHandler(clazz, handler);
            return;
        }
        MessageHandler.Partial<T> guard = (part, last) -> {
            try {
                handler.onMessage(part, last);
            } catch (RuntimeException | Error failure) {
                endpointFailed("a message handler", failure);
            }
        };
        add(handler, guard, () -> session.addMessageHandler(clazz, guard));
    }

    private void add(MessageHandler handler, MessageHandler guard, Runnable adding) {
        guards.put(handler, guard);
        try {
            adding.run();
        } catch (RuntimeException refused) {
            guards.remove(handler, guard); // the container refused it (a second handler of one type, say)
            throw refused;
        }
    }

    /**
     * The wrapped endpoint failed (its {@code onOpen}, or a message handler it added, threw): the endpoint's
     * {@code onError} gets the failure, then the connection closes with 1011 and the code's name in the connection's
     * language, unless it was closed through this view already, by {@code onError} or before. The failure is logged
     * at WARNING and never sent: Jetty and Tomcat would send its message as the close reason.
     */
    void endpointFailed(String where, Throwable failure) {
        if (failure instanceof VirtualMachineError fatal) {
            throw fatal;
        }
        String id = session.getId();
        CloseSupport.LOG.log(System.Logger.Level.WARNING, "WebSocket " + id + ": " + where + " threw; the endpoint's"
                + " onError has it, and the connection closes with " + CloseRules.SUBSTITUTE_CODE + " unless onError closed it",
                failure);
        if (onHandlerFailure != null) {
            try {
                onHandlerFailure.accept(this, failure);
            } catch (RuntimeException onErrorFailure) {
                CloseSupport.LOG.log(System.Logger.Level.WARNING, "WebSocket " + id + ": onError threw", onErrorFailure);
            }
        }
        if (!closeAsked.get() && session.isOpen()) {
            try {
                close(CloseRules.SUBSTITUTE_CODE, support.classify(CloseRules.SUBSTITUTE_CODE, locale).name());
            } catch (IOException closing) {
                CloseSupport.LOG.log(System.Logger.Level.DEBUG, "WebSocket " + id + ": closing after a failure failed",
                        closing);
            }
        }
    }

    /** The application's handlers: a guarded one as the application added it. */
    @Override
    public Set<MessageHandler> getMessageHandlers() {
        Set<MessageHandler> handlers = session.getMessageHandlers();
        if (guards.isEmpty()) {
            return handlers;
        }
        Map<MessageHandler, MessageHandler> applications = new IdentityHashMap<>();
        synchronized (guards) {
            guards.forEach((application, guard) -> applications.put(guard, application));
        }
        Set<MessageHandler> result = new HashSet<>();
        for (MessageHandler handler : handlers) {
            result.add(applications.getOrDefault(handler, handler));
        }
        return Collections.unmodifiableSet(result);
    }

    @Override
    public void removeMessageHandler(MessageHandler handler) {
        MessageHandler guard = guards.remove(handler);
        session.removeMessageHandler(guard != null ? guard : handler);
    }

    @Override
    public String getProtocolVersion() {
        return session.getProtocolVersion();
    }

    @Override
    public String getNegotiatedSubprotocol() {
        return session.getNegotiatedSubprotocol();
    }

    @Override
    public List<Extension> getNegotiatedExtensions() {
        return session.getNegotiatedExtensions();
    }

    @Override
    public boolean isSecure() {
        return session.isSecure();
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public long getMaxIdleTimeout() {
        return session.getMaxIdleTimeout();
    }

    @Override
    public void setMaxIdleTimeout(long milliseconds) {
        session.setMaxIdleTimeout(milliseconds);
    }

    @Override
    public void setMaxBinaryMessageBufferSize(int length) {
        session.setMaxBinaryMessageBufferSize(length);
    }

    @Override
    public int getMaxBinaryMessageBufferSize() {
        return session.getMaxBinaryMessageBufferSize();
    }

    @Override
    public void setMaxTextMessageBufferSize(int length) {
        session.setMaxTextMessageBufferSize(length);
    }

    @Override
    public int getMaxTextMessageBufferSize() {
        return session.getMaxTextMessageBufferSize();
    }

    @Override
    public RemoteEndpoint.Async getAsyncRemote() {
        return session.getAsyncRemote();
    }

    @Override
    public RemoteEndpoint.Basic getBasicRemote() {
        return session.getBasicRemote();
    }

    @Override
    public String getId() {
        return session.getId();
    }

    @Override
    public URI getRequestURI() {
        return session.getRequestURI();
    }

    @Override
    public Map<String, List<String>> getRequestParameterMap() {
        return session.getRequestParameterMap();
    }

    @Override
    public @Nullable String getQueryString() {
        return session.getQueryString();
    }

    @Override
    public Map<String, String> getPathParameters() {
        return session.getPathParameters();
    }

    @Override
    public Map<String, Object> getUserProperties() {
        return session.getUserProperties();
    }

    @Override
    public @Nullable Principal getUserPrincipal() {
        return session.getUserPrincipal();
    }

    /** The container's sessions, undecorated; {@link StatusKitSession#from(Session)} finds their decorations. */
    @Override
    public Set<Session> getOpenSessions() {
        return session.getOpenSessions();
    }

    @Override
    public String toString() {
        return "StatusKitSession[" + session + "]";
    }
}

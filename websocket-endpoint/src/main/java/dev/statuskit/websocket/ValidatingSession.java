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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private ValidatingSession(Session session, CloseSupport support, Locale locale) {
        this.session = session;
        this.support = support;
        this.locale = locale;
    }

    /**
     * The view of a container session: the one kept in its user properties, else a new one, kept there, whose
     * locale the options choose for the handshake the configurator left ({@link StatusKitEndpoint#LOCALE_REQUEST_PROPERTY}).
     */
    static StatusKitSession of(Session session, StatusKitWebSocketOptions options, CloseSupport support) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(options, "options");
        Map<String, Object> properties = session.getUserProperties();
        synchronized (properties) {
            StatusKitSession kept = kept(session, properties);
            if (kept != null) {
                return kept;
            }
            Object handshake = properties.get(StatusKitEndpoint.LOCALE_REQUEST_PROPERTY);
            LocaleRequest request = handshake instanceof LocaleRequest r ? r : StatusKitWebSocketOptions.noHandshake();
            ValidatingSession view = new ValidatingSession(session, support, options.localeFor(request));
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
    private static @Nullable StatusKitSession kept(Session session, Map<String, Object> properties) {
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

    @Override
    public void addMessageHandler(MessageHandler handler) {
        session.addMessageHandler(handler);
    }

    @Override
    public <T> void addMessageHandler(Class<T> clazz, MessageHandler.Whole<T> handler) {
        session.addMessageHandler(clazz, handler);
    }

    @Override
    public <T> void addMessageHandler(Class<T> clazz, MessageHandler.Partial<T> handler) {
        session.addMessageHandler(clazz, handler);
    }

    @Override
    public Set<MessageHandler> getMessageHandlers() {
        return session.getMessageHandlers();
    }

    @Override
    public void removeMessageHandler(MessageHandler handler) {
        session.removeMessageHandler(handler);
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

package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.STABLE;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@link WebSocket.Listener} of the JDK client ({@code java.net.http}) that wraps another and classifies how
 * each connection ends: {@code onClose} by its code, {@code onError} as 1006 Abnormal Closure. Each end is
 * logged at a level fitting its code, reported to the options' {@link CloseListener}s and, if the wrapped
 * listener implements {@link ClassifiedWebSocketListener}, handed to it. Everything else is forwarded.
 * Closes are classified in the options' fixed locale, else the catalog's default.
 *
 * <p>{@link #sendClose(WebSocket, int, String, StatusKitWebSocketOptions)} is the validated counterpart of
 * {@link WebSocket#sendClose(int, String)}.
 */
@API(status = STABLE, since = "0.1")
public final class StatusKitWebSocketListener implements WebSocket.Listener {
    private final WebSocket.Listener delegate;
    private final @Nullable ClassifiedWebSocketListener handler;
    private final CloseSupport support;
    private final Locale locale;

    private StatusKitWebSocketListener(WebSocket.Listener delegate, StatusKitWebSocketOptions options) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.handler = delegate instanceof ClassifiedWebSocketListener h ? h : null;
        this.support = new CloseSupport(options);
        this.locale = options.localeFor(StatusKitWebSocketOptions.noHandshake());
    }

    /** Wraps a listener; pass the result to {@code WebSocket.Builder.buildAsync}. */
    public static StatusKitWebSocketListener wrap(WebSocket.Listener delegate, StatusKitWebSocketOptions options) {
        return new StatusKitWebSocketListener(delegate, options);
    }

    /**
     * Sends a close the way {@link StatusKitSession#close(int, String)} does. Besides the rules of
     * {@link CloseRules}, the JDK client only sends 1000, 1001, 1008, 1011 and 3000-4999 and fails any other
     * code; such a code is refused or replaced like one that must not be sent. If the JDK then fails the close,
     * the failure is reported and the connection aborted (its output is closed by then, so a second close
     * cannot be sent), and the returned future fails.
     *
     * @param reason the reason, or null for none
     * @throws IllegalArgumentException in strict mode, if the code must not or cannot be sent
     */
    public static CompletableFuture<WebSocket> sendClose(WebSocket webSocket, int code, @Nullable String reason,
            StatusKitWebSocketOptions options) {
        CloseSupport support = new CloseSupport(options);
        String id = id(webSocket);
        String rule = CloseRules.closeCodeExceptionMessage(code);
        int sendCode = support.sendableCode(id, code, rule != null ? rule : jdkClientCodeExceptionMessage(code));
        String sendReason = support.sendableReason(id, reason);
        return webSocket.sendClose(sendCode, sendReason).whenComplete((ws, failure) -> {
            if (failure == null) {
                support.sent(id, sendCode, sendReason);
            } else {
                support.failed(id, sendCode, failure);
                webSocket.abort();
            }
        });
    }

    /** Null if the JDK client sends the code, else the rule. */
    private static @Nullable String jdkClientCodeExceptionMessage(int code) {
        switch (code) {
            case 1002: case 1003: case 1007: case 1009: case 1010: case 1012: case 1013: case 1014:
                return "Close code " + code + " cannot be sent by a java.net.http WebSocket client, which sends only"
                        + " 1000, 1001, 1008, 1011 and 3000-4999 (WebSocket.sendClose)";
            default:
                return null;
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        delegate.onOpen(webSocket);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        return delegate.onText(webSocket, data, last);
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        return delegate.onBinary(webSocket, data, last);
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        return delegate.onPing(webSocket, message);
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        return delegate.onPong(webSocket, message);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        CloseCodeInfo info = support.received(id(webSocket), statusCode, reason, locale);
        CompletionStage<?> stage;
        try {
            if (handler != null) {
                handler.onClassifiedClose(webSocket, info, reason);
            }
        } finally {
            stage = delegate.onClose(webSocket, statusCode, reason);
        }
        return stage;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        String description = String.valueOf(error);
        CloseCodeInfo info = support.received(id(webSocket), CloseRules.ABNORMAL_CLOSURE, description, locale);
        try {
            if (handler != null) {
                handler.onClassifiedClose(webSocket, info, description);
            }
        } finally {
            delegate.onError(webSocket, error);
        }
    }

    private static String id(WebSocket webSocket) {
        return "jdk-" + Integer.toHexString(System.identityHashCode(webSocket));
    }

    @Override
    public String toString() {
        return "StatusKitWebSocketListener[" + delegate + "]";
    }
}

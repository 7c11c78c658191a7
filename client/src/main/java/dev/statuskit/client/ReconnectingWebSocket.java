package dev.statuskit.client;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A JDK {@link java.net.http.WebSocket} client that reconnects the way the close code asks, by a
 * {@link ReconnectPolicy}.
 *
 * <pre>{@code
 * ReconnectingWebSocket socket = ReconnectingWebSocket.builder(URI.create("ws://host/ws/echo"), MyListener::new)
 *         .policy(ReconnectPolicy.builder().terminal(4403).build())
 *         .listener(event -> log.info(event.toString()))
 *         .connect();
 * socket.current().ifPresent(ws -> ws.sendText("hello", true));
 * socket.close();
 * }</pre>
 *
 * Each connection gets a new listener from the supplier, so per-connection state starts clean; the supplied
 * listener sees every callback as usual. A close received ({@code onClose}) is decided by its code; an
 * {@code onError} (the connection dropped without a close frame) and a connection that cannot be made count as
 * 1006 Abnormal Closure. Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReconnectingWebSocket implements AutoCloseable {
    private final URI uri;
    private final Reconnector<WebSocket> reconnector;

    private ReconnectingWebSocket(Builder builder) {
        this.uri = builder.uri;
        Supplier<? extends WebSocket.Listener> listeners = builder.listeners;
        HttpClient client = builder.client != null ? builder.client : HttpClient.newHttpClient();
        Consumer<WebSocket.Builder> configure = builder.configure;
        this.reconnector = new Reconnector<>(builder.policy, builder.scheduler, builder.clock, builder.listener,
                generation -> {
                    WebSocket.Builder webSocket = client.newWebSocketBuilder();
                    configure.accept(webSocket);
                    return webSocket.buildAsync(uri, new Forwarding(generation,
                            Objects.requireNonNull(listeners.get(), "the listener supplier gave null")));
                },
                webSocket -> webSocket.sendClose(WebSocket.NORMAL_CLOSURE, ""));
    }

    /**
     * A builder.
     *
     * @param uri the {@code ws:} or {@code wss:} URI
     * @param listeners gives the listener of each new connection
     */
    public static Builder builder(URI uri, Supplier<? extends WebSocket.Listener> listeners) {
        return new Builder(uri, listeners);
    }

    /** The URI connected to. */
    public URI uri() {
        return uri;
    }

    /** The open connection; empty while (re)connecting and after the client stopped. */
    public Optional<WebSocket> current() {
        return reconnector.current();
    }

    /** How many reconnect attempts have been made since the last healthy connection (see {@link ReconnectPolicy}). */
    public int attempts() {
        return reconnector.attempts();
    }

    /** Whether the client will not connect again: it gave up, or was closed. */
    public boolean isStopped() {
        return reconnector.isStopped();
    }

    /**
     * Stops reconnecting: cancels a scheduled reconnect, and closes the open connection with 1000 Normal Closure.
     * The listener hears {@link ReconnectEvent.GaveUp} with {@link ReconnectEvent.Why#CLOSED}. Idempotent.
     */
    @Override
    public void close() {
        reconnector.close();
    }

    /** Forwards every callback to the application's listener, and tells the reconnector of open and close. */
    private final class Forwarding implements WebSocket.Listener {
        private final int generation;
        private final WebSocket.Listener delegate;

        Forwarding(int generation, WebSocket.Listener delegate) {
            this.generation = generation;
            this.delegate = delegate;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            reconnector.opened(generation, webSocket);
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
            try {
                return delegate.onClose(webSocket, statusCode, reason);
            } finally {
                reconnector.closed(generation, statusCode, reason);
            }
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            try {
                delegate.onError(webSocket, error);
            } finally {
                reconnector.closed(generation, Reconnector.ABNORMAL_CLOSURE, String.valueOf(error));
            }
        }
    }

    /** Builds and connects a {@link ReconnectingWebSocket}. Not thread-safe. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private final URI uri;
        private final Supplier<? extends WebSocket.Listener> listeners;
        private @Nullable HttpClient client;
        private Consumer<WebSocket.Builder> configure = webSocket -> { };
        private ReconnectPolicy policy = ReconnectPolicy.defaults();
        private ReconnectScheduler scheduler = ReconnectScheduler.shared();
        private Clock clock = Clock.systemUTC();
        private ReconnectListener listener = ReconnectListener.NONE;

        private Builder(URI uri, Supplier<? extends WebSocket.Listener> listeners) {
            this.uri = Objects.requireNonNull(uri, "uri");
            this.listeners = Objects.requireNonNull(listeners, "listeners");
        }

        /** The HTTP client whose WebSocket builder connects; a new default client if not set. */
        public Builder httpClient(HttpClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /** Configures each connection's {@link WebSocket.Builder}: headers, subprotocols, connect timeout. */
        public Builder configure(Consumer<WebSocket.Builder> configure) {
            this.configure = Objects.requireNonNull(configure, "configure");
            return this;
        }

        /** The policy; {@link ReconnectPolicy#defaults()} if not set. */
        public Builder policy(ReconnectPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Where reconnects wait; {@link ReconnectScheduler#shared()} if not set. */
        public Builder scheduler(ReconnectScheduler scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /** The clock of event times and of the policy's reset time; the UTC system clock if not set. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Hears connections, scheduled reconnects and giving up. */
        public Builder listener(ReconnectListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Starts the first connection attempt and returns at once; the listener hears
         * {@link ReconnectEvent.Connected} when it opens. A first attempt that fails is a 1006, as any other.
         */
        public ReconnectingWebSocket connect() {
            ReconnectingWebSocket socket = new ReconnectingWebSocket(this);
            socket.reconnector.start();
            return socket;
        }
    }
}

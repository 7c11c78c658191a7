package dev.statuskit.client.jakarta;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.client.ReconnectEvent;
import dev.statuskit.client.ReconnectListener;
import dev.statuskit.client.ReconnectPolicy;
import dev.statuskit.client.ReconnectScheduler;
import dev.statuskit.client.Reconnector;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * A Jakarta WebSocket client (Tyrus, or any other implementation of {@code jakarta.websocket}) that reconnects
 * the way the close code asks, by a {@link ReconnectPolicy}.
 *
 * <pre>{@code
 * WebSocketContainer container = ContainerProvider.getWebSocketContainer();
 * ReconnectingSession session = ReconnectingSession.builder(container, URI.create("ws://host/ws/echo"), MyEndpoint::new)
 *         .listener(event -> log.info(event.toString()))
 *         .connect();
 * }</pre>
 *
 * Each connection gets a new programmatic {@link Endpoint} from the supplier. A close is decided by the code
 * {@code onClose} reports (an implementation reports a dropped connection as 1006 Abnormal Closure); a
 * connection that cannot be made ({@code connectToServer} throws) counts as 1006 too.
 * {@code WebSocketContainer.connectToServer} blocks until the handshake ends, so it runs on the connect
 * executor (by default a new daemon thread per attempt), never on the scheduler. Thread-safe.
 *
 * <p>What Tyrus 2.2 reports, measured against the Jetty demo server by this module's tests: a server's 1012
 * Service Restart arrives as 1012, so the 5-30 s window applies; a server's 1014 Bad Gateway does not: Tyrus
 * refuses 1014 in a close frame as a protocol error and reports 1002, after which the default policy gives up
 * (the JDK client reports 1014 and backs off).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReconnectingSession implements AutoCloseable {
    private final URI uri;
    private final Reconnector<Session> reconnector;

    private ReconnectingSession(Builder builder) {
        this.uri = builder.uri;
        WebSocketContainer container = builder.container;
        Supplier<? extends Endpoint> endpoints = builder.endpoints;
        ClientEndpointConfig config = builder.config;
        Executor connectExecutor = builder.connectExecutor;
        this.reconnector = new Reconnector<>(builder.policy, builder.scheduler, builder.clock, builder.listener,
                generation -> {
                    Endpoint endpoint = Objects.requireNonNull(endpoints.get(), "the endpoint supplier gave null");
                    return CompletableFuture.supplyAsync(() -> {
                        try {
                            return container.connectToServer(new Forwarding(generation, endpoint), config, uri);
                        } catch (DeploymentException | IOException e) {
                            throw new CompletionException(e);
                        }
                    }, connectExecutor);
                },
                session -> {
                    try {
                        session.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, ""));
                    } catch (IOException e) {
                        // The connection is gone already: nothing is left to close.
                    }
                });
    }

    /**
     * A builder.
     *
     * @param container the client container, such as {@code ContainerProvider.getWebSocketContainer()}
     * @param uri the {@code ws:} or {@code wss:} URI
     * @param endpoints gives the endpoint of each new connection
     */
    public static Builder builder(WebSocketContainer container, URI uri, Supplier<? extends Endpoint> endpoints) {
        return new Builder(container, uri, endpoints);
    }

    /** The URI connected to. */
    public URI uri() {
        return uri;
    }

    /** The open session; empty while (re)connecting and after the client stopped. */
    public Optional<Session> current() {
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
     * Stops reconnecting: cancels a scheduled reconnect, and closes the open session with 1000 Normal Closure.
     * The listener hears {@link ReconnectEvent.GaveUp} with {@link ReconnectEvent.Why#CLOSED}. Idempotent.
     */
    @Override
    public void close() {
        reconnector.close();
    }

    /** Forwards every callback to the application's endpoint, and tells the reconnector of open and close. */
    private final class Forwarding extends Endpoint {
        private final int generation;
        private final Endpoint delegate;

        Forwarding(int generation, Endpoint delegate) {
            this.generation = generation;
            this.delegate = delegate;
        }

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            reconnector.opened(generation, session);
            delegate.onOpen(session, config);
        }

        @Override
        public void onClose(Session session, CloseReason closeReason) {
            try {
                delegate.onClose(session, closeReason);
            } finally {
                reconnector.closed(generation, closeReason.getCloseCode().getCode(), closeReason.getReasonPhrase());
            }
        }

        @Override
        public void onError(Session session, Throwable error) {
            delegate.onError(session, error);
        }
    }

    /** Builds and connects a {@link ReconnectingSession}. Not thread-safe. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private final WebSocketContainer container;
        private final URI uri;
        private final Supplier<? extends Endpoint> endpoints;
        private ClientEndpointConfig config = ClientEndpointConfig.Builder.create().build();
        private ReconnectPolicy policy = ReconnectPolicy.defaults();
        private ReconnectScheduler scheduler = ReconnectScheduler.shared();
        private Clock clock = Clock.systemUTC();
        private ReconnectListener listener = ReconnectListener.NONE;
        private Executor connectExecutor = Builder::startDaemon;

        private Builder(WebSocketContainer container, URI uri, Supplier<? extends Endpoint> endpoints) {
            this.container = Objects.requireNonNull(container, "container");
            this.uri = Objects.requireNonNull(uri, "uri");
            this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        }

        private static void startDaemon(Runnable task) {
            Thread thread = new Thread(task, "statuskit-connect");
            thread.setDaemon(true);
            thread.start();
        }

        /** The configuration of every connection: subprotocols, extensions, a configurator for headers. */
        public Builder config(ClientEndpointConfig config) {
            this.config = Objects.requireNonNull(config, "config");
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
         * Where the blocking {@code connectToServer} runs; by default a new daemon thread per attempt. A test may
         * pass {@code Runnable::run} to connect on the thread that runs the scheduled task.
         */
        public Builder connectExecutor(Executor connectExecutor) {
            this.connectExecutor = Objects.requireNonNull(connectExecutor, "connectExecutor");
            return this;
        }

        /**
         * Starts the first connection attempt on the connect executor and returns; the listener hears
         * {@link ReconnectEvent.Connected} when it opens. A first attempt that fails is a 1006, as any other.
         */
        public ReconnectingSession connect() {
            ReconnectingSession session = new ReconnectingSession(this);
            session.reconnector.start();
            return session;
        }
    }
}

package dev.statuskit.client;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Not for applications: the reconnect state machine that {@link ReconnectingWebSocket} and
 * {@code dev.statuskit.client.jakarta.ReconnectingSession} share. It is public only because the Jakarta client
 * lives in another package, and it may change or go in any release; use one of those two clients instead.
 *
 * <p>The reconnect state machine both WebSocket clients share. Each connection attempt has a generation number;
 * the client reports its open and its close with that number, and a report for any other generation, or a
 * second close of one generation, is ignored. Thread-safe: state changes under one lock, events and I/O
 * outside it.
 *
 * @param <S> the session type: {@code java.net.http.WebSocket} or {@code jakarta.websocket.Session}
 */
@API(status = INTERNAL, since = "0.1")
public final class Reconnector<S> {
    /** The code reported when a connection drops without a close frame, or cannot be made (RFC 6455 §7.4.1). */
    public static final int ABNORMAL_CLOSURE = 1006;
    /** The code of a close by the application (RFC 6455 §7.4.1). */
    public static final int NORMAL_CLOSURE = 1000;

    private final ReconnectPolicy policy;
    private final ReconnectScheduler scheduler;
    private final Clock clock;
    private final ReconnectListener listener;
    private final IntFunction<CompletableFuture<?>> connector;
    private final Consumer<S> closer;

    private final Object lock = new Object();
    private int generation;
    private int closedGeneration;
    private int attempts;
    private @Nullable S current;
    private @Nullable Instant openedAt;
    private boolean stopped;
    private ReconnectScheduler.@Nullable Cancellable pending;

    /**
     * A reconnector.
     *
     * @param connector starts the connection attempt of a generation; its future fails if the connection
     *     cannot be made (it may also throw)
     * @param closer closes a session normally, when the application closes the client
     */
    public Reconnector(ReconnectPolicy policy, ReconnectScheduler scheduler, Clock clock, ReconnectListener listener,
            IntFunction<CompletableFuture<?>> connector, Consumer<S> closer) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.connector = connector;
        this.closer = closer;
    }

    /** Makes the first connection attempt. */
    public void start() {
        connect();
    }

    private void connect() {
        int attemptGeneration;
        synchronized (lock) {
            if (stopped) {
                return;
            }
            attemptGeneration = ++generation;
        }
        CompletableFuture<?> connecting;
        try {
            connecting = connector.apply(attemptGeneration);
        } catch (RuntimeException e) {
            connecting = CompletableFuture.failedFuture(e);
        }
        connecting.whenComplete((session, error) -> {
            if (error != null) {
                closed(attemptGeneration, ABNORMAL_CLOSURE, describe(error));
            }
        });
    }

    /** A connection of this generation opened. */
    public void opened(int openedGeneration, S session) {
        ReconnectEvent event;
        boolean closeIt = false;
        synchronized (lock) {
            // A connection nobody waits for any more (the client stopped, or its attempt was already
            // reported as failed) is an orphan: it is closed at once.
            if (stopped || openedGeneration != generation || closedGeneration == openedGeneration) {
                closeIt = true;
                event = null;
            } else {
                current = session;
                openedAt = clock.instant();
                event = new ReconnectEvent.Connected(attempts, openedAt);
            }
        }
        if (closeIt) {
            closer.accept(session);
        } else {
            emit(event);
        }
    }

    /** A connection of this generation closed with this code, or could not be made (1006). */
    public void closed(int closedGen, int code, String reason) {
        ReconnectEvent event;
        Duration delay;
        int scheduledGeneration;
        synchronized (lock) {
            if (closedGen != generation || closedGeneration == closedGen) {
                return;
            }
            closedGeneration = closedGen;
            current = null;
            if (stopped) {
                return;
            }
            Instant now = clock.instant();
            if (openedAt != null && Duration.between(openedAt, now).compareTo(policy.resetAfter()) >= 0) {
                attempts = 0;
            }
            openedAt = null;
            Optional<Duration> next = attempts >= policy.maxAttempts() ? Optional.empty() : policy.delay(code, attempts);
            if (next.isEmpty()) {
                stopped = true;
                ReconnectEvent.Why why = attempts >= policy.maxAttempts()
                        ? ReconnectEvent.Why.MAX_ATTEMPTS : ReconnectEvent.Why.POLICY;
                event = new ReconnectEvent.GaveUp(code, reason, why, attempts, now);
                delay = null;
            } else {
                delay = next.get();
                event = new ReconnectEvent.Scheduled(code, reason, attempts, delay, now);
            }
            scheduledGeneration = generation;
        }
        if (delay != null) {
            ReconnectScheduler.Cancellable handle = scheduler.schedule(delay, () -> reconnect(scheduledGeneration));
            boolean cancel;
            synchronized (lock) {
                cancel = stopped;
                if (!stopped && generation == scheduledGeneration) {
                    pending = handle;
                }
            }
            if (cancel) {
                handle.cancel();
            }
        }
        emit(event);
    }

    private void reconnect(int afterGeneration) {
        synchronized (lock) {
            if (stopped || generation != afterGeneration) {
                return;
            }
            pending = null;
            attempts++;
        }
        connect();
    }

    /** Stops reconnecting and closes the current connection normally. Idempotent. */
    public void close() {
        S session;
        ReconnectScheduler.Cancellable cancel;
        ReconnectEvent event;
        synchronized (lock) {
            if (stopped) {
                return;
            }
            stopped = true;
            cancel = pending;
            pending = null;
            session = current;
            current = null;
            event = new ReconnectEvent.GaveUp(NORMAL_CLOSURE, "closed by the application", ReconnectEvent.Why.CLOSED,
                    attempts, clock.instant());
        }
        if (cancel != null) {
            cancel.cancel();
        }
        if (session != null) {
            closer.accept(session);
        }
        emit(event);
    }

    /** The open connection, if any. */
    public Optional<S> current() {
        synchronized (lock) {
            return Optional.ofNullable(current);
        }
    }

    /** How many reconnect attempts have been made since the last healthy connection. */
    public int attempts() {
        synchronized (lock) {
            return attempts;
        }
    }

    /** Whether the client will not connect again: it gave up or was closed. */
    public boolean isStopped() {
        synchronized (lock) {
            return stopped;
        }
    }

    private void emit(ReconnectEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException ignored) {
            // A listener's failure must not stop reconnecting; the listener contract says it is ignored.
        }
    }

    /** The failure inside its future's wrappers, unwrapped at most 8 deep: a chain may come back on itself. */
    static String describe(Throwable error) {
        Throwable cause = error;
        for (int depth = 0; depth < 8 && (cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null; depth++) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getClass().getSimpleName() + ": " + cause.getMessage()
                : cause.getClass().getSimpleName();
    }
}

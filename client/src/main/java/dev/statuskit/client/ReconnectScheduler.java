package dev.statuskit.client;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;

/**
 * Runs a reconnect after its delay. A functional interface rather than a {@link ScheduledExecutorService}, so
 * that a test can record the delays and run the tasks when it chooses, without waiting.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ReconnectScheduler {

    /**
     * Runs {@code task} once, after {@code delay}.
     *
     * @return a handle that cancels the task if it has not run yet
     */
    Cancellable schedule(Duration delay, Runnable task);

    /** Cancels a scheduled task. */
    @API(status = EXPERIMENTAL, since = "0.1")
    @FunctionalInterface
    interface Cancellable {
        /** Cancels the task if it has not started; does nothing otherwise. */
        void cancel();
    }

    /** A scheduler on an executor the application owns (and shuts down). */
    static ReconnectScheduler of(ScheduledExecutorService executor) {
        Objects.requireNonNull(executor, "executor");
        return (delay, task) -> {
            ScheduledFuture<?> future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        };
    }

    /**
     * The scheduler the clients use by default: one daemon thread, {@code statuskit-reconnect}, shared by every
     * client of the JVM, created on first use. Its tasks only start connections, which do not block it, except
     * for the Jakarta client's connect, which its clients hand to another executor.
     */
    static ReconnectScheduler shared() {
        return SharedScheduler.INSTANCE;
    }
}

/** The holder of the shared scheduler, created on first use. */
final class SharedScheduler {
    static final ReconnectScheduler INSTANCE;

    static {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "statuskit-reconnect");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        INSTANCE = ReconnectScheduler.of(executor);
    }

    private SharedScheduler() {
    }
}

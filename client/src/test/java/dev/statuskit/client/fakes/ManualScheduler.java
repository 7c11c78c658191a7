package dev.statuskit.client.fakes;

import dev.statuskit.client.ReconnectScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler that runs nothing by itself: it records each task with its delay, and a test runs a task when it
 * chooses. Tasks may be scheduled from any thread (a WebSocket callback's); the test waits for them, bounded.
 */
public final class ManualScheduler implements ReconnectScheduler {
    /** A recorded task. */
    public static final class Task {
        private final Duration delay;
        private final Runnable runnable;
        private volatile boolean cancelled;
        private volatile boolean ran;

        Task(Duration delay, Runnable runnable) {
            this.delay = delay;
            this.runnable = runnable;
        }

        /** The delay it was scheduled with. */
        public Duration delay() {
            return delay;
        }

        /** Whether it was cancelled. */
        public boolean isCancelled() {
            return cancelled;
        }

        /** Runs it now, as the delay having passed, unless it was cancelled. */
        public void run() {
            if (!cancelled && !ran) {
                ran = true;
                runnable.run();
            }
        }
    }

    private final LinkedBlockingQueue<Task> unclaimed = new LinkedBlockingQueue<>();
    private final List<Task> all = new ArrayList<>();

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        Task recorded = new Task(delay, task);
        all.add(recorded);
        unclaimed.add(recorded);
        return () -> recorded.cancelled = true;
    }

    /** Every task scheduled so far, in order. */
    public synchronized List<Task> tasks() {
        return List.copyOf(all);
    }

    /**
     * The next task not yet returned by this method, waiting at most 10 s for it to be scheduled.
     *
     * @throws AssertionError if none comes
     */
    public Task awaitNext() throws InterruptedException {
        Task task = unclaimed.poll(10, TimeUnit.SECONDS);
        if (task == null) {
            throw new AssertionError("no reconnect was scheduled within 10 s");
        }
        return task;
    }
}

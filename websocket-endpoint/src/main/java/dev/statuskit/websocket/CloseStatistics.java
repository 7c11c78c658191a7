package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.concurrent.atomic.LongAdder;
import org.apiguardian.api.API;

/**
 * A {@link CloseListener} that counts, for dashboards and tests. Add it with
 * {@link StatusKitWebSocketOptions.Builder#addListener(CloseListener)} and read the counters at any time.
 * Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CloseStatistics implements CloseListener {
    private final LongAdder sent = new LongAdder();
    private final LongAdder received = new LongAdder();
    private final LongAdder substituted = new LongAdder();
    private final LongAdder truncated = new LongAdder();
    private final LongAdder repaired = new LongAdder();
    private final LongAdder failed = new LongAdder();

    /** Statistics with every counter at zero. */
    public CloseStatistics() {
    }

    @Override
    public void closeSent(int code, String reason) {
        sent.increment();
    }

    @Override
    public void closeReceived(CloseCodeInfo info, String reason) {
        received.increment();
    }

    @Override
    public void codeSubstituted(int requested, int sentCode, String rule) {
        substituted.increment();
    }

    @Override
    public void reasonTruncated(String original, String truncatedReason) {
        truncated.increment();
    }

    @Override
    public void reasonRepaired(String original, String repairedReason) {
        repaired.increment();
    }

    @Override
    public void closeFailed(int code, Throwable failure) {
        failed.increment();
    }

    /** Close frames sent. */
    public long closesSent() {
        return sent.sum();
    }

    /** Closes reported and classified. */
    public long closesReceived() {
        return received.sum();
    }

    /** Codes replaced in lenient mode. */
    public long codesSubstituted() {
        return substituted.sum();
    }

    /** Reasons cut to {@value CloseRules#MAX_REASON_BYTES} bytes. */
    public long reasonsTruncated() {
        return truncated.sum();
    }

    /** Reasons whose lone surrogates were replaced. */
    public long reasonsRepaired() {
        return repaired.sum();
    }

    /** Closes that failed and fell back. */
    public long closeFailures() {
        return failed.sum();
    }

    @Override
    public String toString() {
        return "CloseStatistics[sent=" + closesSent() + ", received=" + closesReceived() + ", substituted="
                + codesSubstituted() + ", truncated=" + reasonsTruncated() + ", repaired=" + reasonsRepaired()
                + ", failed=" + closeFailures() + "]";
    }
}

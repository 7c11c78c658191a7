package dev.statuskit.client;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ReconnectPolicy} does after one close code: never reconnect, reconnect with full-jitter
 * exponential backoff, or reconnect after a random delay drawn from a fixed window. Immutable.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Decision {
    /** The kinds of decision. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Kind {
        /** Do not reconnect. */
        NEVER,
        /** Full-jitter exponential backoff with the policy's base and cap. */
        BACKOFF,
        /** A delay drawn uniformly from a fixed window, whatever the attempt. */
        WINDOW
    }

    private static final Decision NEVER = new Decision(Kind.NEVER, null, null);
    private static final Decision BACKOFF = new Decision(Kind.BACKOFF, null, null);

    private final Kind kind;
    private final @Nullable Duration min;
    private final @Nullable Duration max;

    private Decision(Kind kind, @Nullable Duration min, @Nullable Duration max) {
        this.kind = kind;
        this.min = min;
        this.max = max;
    }

    /** Do not reconnect. */
    public static Decision never() {
        return NEVER;
    }

    /**
     * Reconnect after {@code random(0, min(cap, base * 2^attempt))}, with the policy's base and cap: the "full
     * jitter" of the AWS Architecture Blog's "Exponential Backoff And Jitter" (Marc Brooker, 2015).
     */
    public static Decision backoff() {
        return BACKOFF;
    }

    /**
     * Reconnect after a delay drawn uniformly from {@code [min, max]}, milliseconds apart, whatever the attempt.
     *
     * @throws IllegalArgumentException if {@code min} is negative or greater than {@code max}
     */
    public static Decision randomDelay(Duration min, Duration max) {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.isNegative() || min.compareTo(max) > 0) {
            throw new IllegalArgumentException("A random delay window needs 0 <= min <= max, not [" + min + ", "
                    + max + "]");
        }
        return new Decision(Kind.WINDOW, min, max);
    }

    /** Reconnect after exactly this delay: {@code randomDelay(delay, delay)}. */
    public static Decision after(Duration delay) {
        return randomDelay(delay, delay);
    }

    /** The kind. */
    public Kind kind() {
        return kind;
    }

    /** The shortest delay of a {@link Kind#WINDOW} decision; null for the other kinds. */
    public @Nullable Duration min() {
        return min;
    }

    /** The longest delay of a {@link Kind#WINDOW} decision; null for the other kinds. */
    public @Nullable Duration max() {
        return max;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Decision other && other.kind == kind && Objects.equals(other.min, min)
                && Objects.equals(other.max, max);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, min, max);
    }

    @Override
    public String toString() {
        return kind == Kind.WINDOW ? "randomDelay[" + min + ", " + max + "]" : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}

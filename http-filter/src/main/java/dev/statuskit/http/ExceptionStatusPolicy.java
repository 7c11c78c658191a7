package dev.statuskit.http;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Which status an exception answers with: {@code com.acme.NoSuchThing} 404, say. A class's mapping covers its
 * subclasses; the nearest mapped class or superclass wins. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class ExceptionStatusPolicy {
    private static final ExceptionStatusPolicy NONE = new ExceptionStatusPolicy(Map.of());

    private final Map<Class<? extends Throwable>, Integer> statuses;

    private ExceptionStatusPolicy(Map<Class<? extends Throwable>, Integer> statuses) {
        this.statuses = statuses;
    }

    /** No mappings: every exception answers 500. */
    public static ExceptionStatusPolicy none() {
        return NONE;
    }

    /** A builder with no mappings. */
    public static Builder builder() {
        return new Builder();
    }

    /** The mappings, in the order given; unmodifiable. */
    public Map<Class<? extends Throwable>, Integer> statuses() {
        return statuses;
    }

    /**
     * The status for an exception: that of its nearest mapped class or superclass, else the fallback. Walks
     * the class hierarchy only, with one map lookup per level.
     */
    public int statusFor(@Nullable Throwable error, int fallback) {
        if (error == null || statuses.isEmpty()) {
            return fallback;
        }
        for (Class<?> type = error.getClass(); type != null; type = type.getSuperclass()) {
            Integer status = statuses.get(type);
            if (status != null) {
                return status;
            }
        }
        return fallback;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ExceptionStatusPolicy other && statuses.equals(other.statuses);
    }

    @Override
    public int hashCode() {
        return statuses.hashCode();
    }

    /** The mappings as the {@value ProblemConfiguration#EXCEPTION_STATUS} option writes them. */
    @Override
    public String toString() {
        return statuses.entrySet().stream().map(e -> e.getKey().getName() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** Builds an {@link ExceptionStatusPolicy}; each mapping is checked at once. Not thread-safe. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private final Map<Class<? extends Throwable>, Integer> statuses = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Maps an exception class and its subclasses to a status.
         *
         * @param status 400-599
         * @throws IllegalArgumentException if the status is outside 400-599
         */
        public Builder map(Class<? extends Throwable> type, int status) {
            Objects.requireNonNull(type, "type");
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("Option " + ProblemConfiguration.EXCEPTION_STATUS + ": status "
                        + status + " for " + type.getName() + " must be in 400-599 (an error status, RFC 9110 §15.5-15.6)");
            }
            statuses.put(type, status);
            return this;
        }

        /** The policy. */
        public ExceptionStatusPolicy build() {
            return statuses.isEmpty() ? NONE : new ExceptionStatusPolicy(Collections.unmodifiableMap(new LinkedHashMap<>(statuses)));
        }
    }
}

package dev.statuskit.http;

import org.jspecify.annotations.Nullable;

/**
 * Reads an exception's message for the rules that recognize an exception by it ({@link MalformedRequests},
 * {@link ParameterErrors}) and describes it for a log line: an application's exception whose {@code getMessage} or
 * {@code toString} throws is read as one without a message, or by its class name, so that answering it never fails.
 */
final class ExceptionMessages {
    private ExceptionMessages() {
    }

    /** The exception's message; null if it has none, or if {@code getMessage} throws. */
    static @Nullable String of(Throwable error) {
        try {
            return error.getMessage();
        } catch (RuntimeException broken) {
            return null;
        }
    }

    /** The exception as {@code toString} gives it; its class name if {@code toString} throws. */
    static String describe(Throwable error) {
        try {
            return String.valueOf(error);
        } catch (RuntimeException broken) {
            return error.getClass().getName();
        }
    }
}

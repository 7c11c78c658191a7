package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Told about every close a decorated endpoint or listener sends, receives or had to change; for metrics and
 * audits. Every method does nothing by default. Methods are called on the container's threads and must be
 * quick and thread-safe; an exception one throws is logged and otherwise ignored.
 *
 * @see CloseStatistics
 */
@API(status = STABLE, since = "0.1")
public interface CloseListener {
    /** A close frame with this code and reason was handed to the container or the JDK client. */
    default void closeSent(int code, String reason) {
    }

    /**
     * A connection ended and the container or the JDK client reported it (Jakarta {@code onClose}, JDK
     * {@code onClose}, or JDK {@code onError} as 1006), classified. For a close this side started, the code is
     * the one the container reports, usually the one sent.
     */
    default void closeReceived(CloseCodeInfo info, String reason) {
    }

    /**
     * In {@link CloseValidation#LENIENT} mode, a code that must not be sent was replaced.
     *
     * @param rule the rule the requested code breaks, from {@link CloseRules#closeCodeExceptionMessage(int)}
     */
    default void codeSubstituted(int requested, int sent, String rule) {
    }

    /**
     * In {@link CloseValidation#STRICT} mode, a code that must not be sent was refused: the close threw
     * {@link IllegalArgumentException} and the connection stays open.
     *
     * @param rule the rule the requested code breaks, from {@link CloseRules#closeCodeExceptionMessage(int)}
     */
    default void closeRefused(int requested, String rule) {
    }

    /** A reason over {@value CloseRules#MAX_REASON_BYTES} UTF-8 bytes was cut to {@code truncated}. */
    default void reasonTruncated(String original, String truncated) {
    }

    /** Lone surrogates in a reason were replaced by U+FFFD so that it could be encoded as UTF-8. */
    default void reasonRepaired(String original, String repaired) {
    }

    /**
     * Sending a close with this code failed; the decorator fell back to 1011 without a reason (Jakarta) or
     * aborted the connection (JDK).
     */
    default void closeFailed(int code, Throwable failure) {
    }
}

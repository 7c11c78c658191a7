package dev.statuskit.websocket;

import dev.statuskit.i18n.CloseCodeRegistry;
import dev.statuskit.i18n.internal.Utf16;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What every decorator does around a close, whatever the API: validate the code (refuse or substitute), make
 * the reason sendable, classify what was received, and log and report each step.
 */
final class CloseSupport {
    /** The logger of the module, {@code dev.statuskit.websocket}. */
    static final Logger LOG = System.getLogger("dev.statuskit.websocket");

    private final CloseValidation validation;
    private final CloseClassifier classifier;
    private final CloseListener listener;

    /** Support configured by the options. */
    CloseSupport(StatusKitWebSocketOptions options) {
        this.validation = options.validation();
        this.classifier = options.classifier();
        this.listener = options.listener();
    }

    /**
     * The code to send for the one requested: the same if it breaks no rule; otherwise, in strict mode, an
     * exception, and in lenient mode {@link CloseRules#SUBSTITUTE_CODE}, logged and reported.
     *
     * @param rule the rule the code breaks, null if none (usually {@link CloseRules#closeCodeExceptionMessage(int)})
     * @throws IllegalArgumentException in strict mode, with the rule
     */
    int sendableCode(String connection, int code, @Nullable String rule) {
        if (rule == null) {
            return code;
        }
        if (validation == CloseValidation.STRICT) {
            listener.closeRefused(code, rule);
            throw new IllegalArgumentException(rule);
        }
        LOG.log(Level.WARNING, () -> "WebSocket " + connection + ": sending " + CloseRules.SUBSTITUTE_CODE
                + " instead of " + code + ": " + rule);
        listener.codeSubstituted(code, CloseRules.SUBSTITUTE_CODE, rule);
        return CloseRules.SUBSTITUTE_CODE;
    }

    /**
     * The reason to send: lone surrogates replaced by U+FFFD, then cut to {@value CloseRules#MAX_REASON_BYTES}
     * bytes; each change logged at INFO and reported. A null reason is the empty one.
     */
    String sendableReason(String connection, @Nullable String reason) {
        if (reason == null) {
            return "";
        }
        String repaired = reason;
        if (Utf16.hasLoneSurrogate(reason)) {
            repaired = Utf16.replaceLoneSurrogates(reason);
            String rule = CloseRules.closeReasonExceptionMessage(reason);
            LOG.log(Level.INFO, () -> "WebSocket " + connection + ": lone surrogates replaced by U+FFFD: " + rule);
            listener.reasonRepaired(reason, repaired);
        }
        String truncated = CloseRules.truncateReason(repaired);
        if (truncated.length() != repaired.length()) {
            String rule = CloseRules.closeReasonExceptionMessage(repaired);
            LOG.log(Level.INFO, () -> "WebSocket " + connection + ": close reason truncated to "
                    + Utf16.utf8Length(truncated) + " bytes: " + rule);
            listener.reasonTruncated(repaired, truncated);
        }
        return truncated;
    }

    /** Reports a close handed to the container. */
    void sent(String connection, int code, String reason) {
        LOG.log(Level.DEBUG, () -> "WebSocket " + connection + ": close " + code + " sent");
        listener.closeSent(code, reason);
    }

    /** Reports a close that failed; the caller falls back. */
    void failed(String connection, int code, Throwable failure) {
        LOG.log(Level.WARNING, "WebSocket " + connection + ": close " + code + " failed; falling back", failure);
        listener.closeFailed(code, failure);
    }

    /** Classifies a code, without logging or reporting anything. */
    CloseCodeInfo classify(int code, Locale locale) {
        return classifier.classify(code, locale);
    }

    /** Classifies a reported close, logs it at the level its code deserves and reports it. */
    CloseCodeInfo received(String connection, int code, String reason, Locale locale) {
        CloseCodeInfo info = classifier.classify(code, locale);
        Level level = levelOf(code);
        if (LOG.isLoggable(level)) {
            LOG.log(level, "WebSocket " + connection + ": closed with " + code + " "
                    + CloseCodeRegistry.lookup(code).meaning() + (reason.isEmpty() ? "" : " (\"" + reason + "\")")
                    + "; reconnect " + info.reconnectHint());
        }
        listener.closeReceived(info, reason);
        return info;
    }

    /**
     * The log level of a reported close: DEBUG for the ordinary ends (1000, 1001, 1005), WARNING for failures
     * and protocol violations (1002, 1006, 1007, 1011, 1015, and any code that must not appear in a close
     * frame), INFO for the rest (policy, size, restart, overload and application codes).
     */
    private static Level levelOf(int code) {
        switch (code) {
            case 1000: case 1001: case 1005:
                return Level.DEBUG;
            case 1002: case 1006: case 1007: case 1011: case 1015:
                return Level.WARNING;
            default:
                return CloseCodeRegistry.lookup(code).mayBeSent() ? Level.INFO : Level.WARNING;
        }
    }
}

package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.CloseCodeCategory;
import dev.statuskit.i18n.CloseCodeRegistry;
import dev.statuskit.i18n.internal.Utf16;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The RFC 6455 rules for close frames: which codes may be sent, how long a reason may be, and how to cut one
 * that is too long without breaking a character.
 *
 * <p>Each rule comes in two forms. {@link #closeCodeExceptionMessage(int)} and
 * {@link #closeReasonExceptionMessage(String)} return {@code null} when the value is allowed, and otherwise a
 * message that states the rule, the offending value and the RFC section, such as
 * {@code Close code 1005 must never be sent in a close frame (RFC 6455 §7.4.1)}: for a caller that turns it into
 * a protocol error (input from a peer) or a log line. {@link #validateCloseCode(int)} and
 * {@link #validateCloseReason(String)} throw an {@link IllegalArgumentException} with that message instead (API
 * misuse). Whether a code may be sent at all is {@link dev.statuskit.i18n.CloseCode#mayBeSent()}, from
 * {@link CloseCodeRegistry#lookup(int)}.
 *
 * <p>Lone surrogates: a Java string may hold a surrogate without its partner, which has no UTF-8 encoding.
 * {@link #closeReasonExceptionMessage(String)} rejects such a reason; {@link #replaceLoneSurrogates(String)}
 * replaces each one with U+FFFD, and {@link #sendableReason(String)} does that before truncating, so the
 * replacement is kept when it fits in {@value #MAX_REASON_BYTES} bytes and cut otherwise. Nothing else here ever
 * adds a U+FFFD.
 */
@API(status = STABLE, since = "0.1")
public final class CloseRules {
    /** The most UTF-8 bytes a close reason may have: 125 bytes of control frame payload less 2 for the code (RFC 6455 §5.5). */
    public static final int MAX_REASON_BYTES = 123;
    /** The code of an ordinary close, sent by {@code Session.close()} without arguments. */
    public static final int NORMAL_CLOSURE = 1000;
    /** The code reported locally when a connection ends without a close frame; never sent. */
    public static final int ABNORMAL_CLOSURE = 1006;
    /** The code sent in place of one that must not be sent, and after a close that failed (Internal Error). */
    public static final int SUBSTITUTE_CODE = 1011;
    /** The code whose peers should reconnect after a randomized delay (Service Restart). */
    public static final int SERVICE_RESTART = 1012;
    /** What a lone surrogate becomes in a reason that is sent. */
    public static final char REPLACEMENT_CHARACTER = Utf16.REPLACEMENT_CHARACTER;

    private CloseRules() {
    }

    /**
     * Why a close frame may not carry the code, whether this endpoint sends it or a peer did.
     *
     * @return null if it may, else the rule it breaks
     */
    public static @Nullable String closeCodeExceptionMessage(int code) {
        CloseCodeCategory category = CloseCodeRegistry.categoryOf(code);
        switch (category) {
            case INVALID:
                return "Close code " + code + " is outside the range " + CloseCodeRegistry.MIN_CODE + "-"
                        + CloseCodeRegistry.MAX_CODE + " (RFC 6455 §7.4.2)";
            case NEVER_SENT:
                return "Close code " + code + " must never be sent in a close frame (RFC 6455 §7.4.1)";
            case RESERVED:
                return code < 1016
                        ? "Close code " + code + " is reserved and must not be sent (RFC 6455 §7.4.1)"
                        : "Close code " + code + " is reserved for future protocol use and must not be sent (RFC 6455 §7.4.2)";
            default:
                return null;
        }
    }

    /**
     * Checks that a close frame may carry the code.
     *
     * @throws IllegalArgumentException with {@link #closeCodeExceptionMessage(int)} if it may not
     */
    public static void validateCloseCode(int code) {
        String message = closeCodeExceptionMessage(code);
        if (message != null) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * Why a close reason cannot be sent as it is: it is not well-formed UTF-16 (so it has no UTF-8 encoding) or
     * it is over {@value #MAX_REASON_BYTES} UTF-8 bytes. A null reason is an empty one.
     *
     * @return null if it can, else the rule it breaks
     */
    public static @Nullable String closeReasonExceptionMessage(@Nullable String reason) {
        if (reason == null) {
            return null;
        }
        int lone = loneSurrogateIndex(reason);
        if (lone >= 0) {
            return "Close reason contains a lone surrogate at index " + lone + " and is not valid UTF-8 (RFC 6455 §5.5.1)";
        }
        int bytes = utf8Length(reason);
        if (bytes > MAX_REASON_BYTES) {
            return "Close reason is " + bytes + " UTF-8 bytes; at most " + MAX_REASON_BYTES + " are allowed (RFC 6455 §5.5)";
        }
        return null;
    }

    /**
     * Checks that a close reason can be sent as it is. A null reason is an empty one.
     *
     * @throws IllegalArgumentException with {@link #closeReasonExceptionMessage(String)} if it cannot
     */
    public static void validateCloseReason(@Nullable String reason) {
        String message = closeReasonExceptionMessage(reason);
        if (message != null) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * The number of UTF-8 bytes of the text, computed without encoding it. A lone surrogate counts 3, the size
     * of the U+FFFD that {@link #replaceLoneSurrogates(String)} puts in its place.
     */
    public static int utf8Length(CharSequence text) {
        return Utf16.utf8Length(text);
    }

    /** The index of the first surrogate that is not part of a pair, or -1 if the text is well-formed. */
    public static int loneSurrogateIndex(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Utf16.isLoneSurrogateAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text with each lone surrogate replaced by U+FFFD, so that it has a UTF-8 encoding. Returns the same
     * instance when there is none.
     */
    public static String replaceLoneSurrogates(String text) {
        return Utf16.replaceLoneSurrogates(text);
    }

    /**
     * The longest prefix of the reason that fits in {@value #MAX_REASON_BYTES} UTF-8 bytes, cut between two
     * code points: a surrogate pair, and so a UTF-8 sequence, is never split, and no character that would have
     * fit is dropped. Nothing is added. Returns the same instance when the reason already fits; a null reason is
     * the empty one. Lone surrogates are kept and count 3 bytes (see {@link #sendableReason(String)}).
     */
    public static String truncateReason(@Nullable String reason) {
        if (reason == null) {
            return "";
        }
        int end = Utf16.utf8PrefixEnd(reason, MAX_REASON_BYTES);
        return end == reason.length() ? reason : reason.substring(0, end);
    }

    /**
     * A reason that can always be sent: lone surrogates replaced by U+FFFD, then
     * {@linkplain #truncateReason(String) truncated}. The result is valid UTF-8 of at most
     * {@value #MAX_REASON_BYTES} bytes; a null reason is the empty one.
     */
    public static String sendableReason(@Nullable String reason) {
        return reason == null ? "" : truncateReason(replaceLoneSurrogates(reason));
    }
}

package dev.statuskit.websocket;

import dev.statuskit.i18n.CloseCodeCategory;
import dev.statuskit.i18n.CloseCodeRegistry;

/**
 * The RFC 6455 rules for close frames: which codes may be sent, how long a reason may be, and how to cut one
 * that is too long without breaking a character.
 *
 * <p>The {@code check} methods return {@code null} when the value is allowed, and otherwise a message that
 * states the rule, the offending value and the RFC section, such as
 * {@code Close code 1005 must never be sent in a close frame (RFC 6455 §7.4.1)}. Callers turn a message into
 * an {@link IllegalArgumentException} (API misuse) or a protocol error (input from a peer).
 *
 * <p>Lone surrogates: a Java string may hold a surrogate without its partner, which has no UTF-8 encoding.
 * {@link #checkReason(String)} rejects such a reason; {@link #replaceLoneSurrogates(String)} replaces each
 * one with U+FFFD, and {@link #sendableReason(String)} does that before truncating, so the replacement is
 * kept when it fits in {@value #MAX_REASON_BYTES} bytes and cut otherwise. Nothing else here ever adds a
 * U+FFFD.
 */
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
    public static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private CloseRules() {
    }

    /** Whether an endpoint may send the code in a close frame: 1000-1003, 1007-1014 and 3000-4999 (RFC 6455 §7.4). */
    public static boolean mayBeSent(int code) {
        return CloseCodeRegistry.lookup(code).mayBeSent();
    }

    /**
     * Whether a close frame from a peer may carry the code. RFC 6455 §7.4 makes this the set of
     * {@link #mayBeSent(int)}; a frame with any other code is a protocol error (1002).
     */
    public static boolean mayAppearOnWire(int code) {
        return CloseCodeRegistry.lookup(code).mayBeSent();
    }

    /**
     * Checks that a close frame may carry the code, whether this endpoint sends it or a peer did.
     *
     * @return null if it may, else the rule it breaks
     */
    public static String checkCode(int code) {
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
     * Checks that a close reason can be sent as it is: well-formed UTF-16 (so that it has a UTF-8 encoding) and
     * at most {@value #MAX_REASON_BYTES} UTF-8 bytes. A null reason is an empty one.
     *
     * @return null if it can, else the rule it breaks
     */
    public static String checkReason(String reason) {
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
     * The number of UTF-8 bytes of the text, computed without encoding it. A lone surrogate counts 3, the size
     * of the U+FFFD that {@link #replaceLoneSurrogates(String)} puts in its place.
     */
    public static int utf8Length(CharSequence text) {
        int bytes = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The index of the first surrogate that is not part of a pair, or -1 if the text is well-formed. */
    public static int loneSurrogateIndex(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
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
        int first = loneSurrogateIndex(text);
        if (first < 0) {
            return text;
        }
        StringBuilder repaired = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                repaired.append(c).append(text.charAt(++i));
            } else {
                repaired.append(Character.isSurrogate(c) ? REPLACEMENT_CHARACTER : c);
            }
        }
        return repaired.toString();
    }

    /**
     * The longest prefix of the reason that fits in {@value #MAX_REASON_BYTES} UTF-8 bytes, cut between two
     * code points: a surrogate pair, and so a UTF-8 sequence, is never split, and no character that would have
     * fit is dropped. Nothing is added. Returns the same instance when the reason already fits; a null reason is
     * the empty one. Lone surrogates are kept and count 3 bytes (see {@link #sendableReason(String)}).
     */
    public static String truncateReason(String reason) {
        if (reason == null) {
            return "";
        }
        int bytes = 0;
        int length = reason.length();
        for (int i = 0; i < length; ) {
            char c = reason.charAt(i);
            int width;
            int chars = 1;
            if (c < 0x80) {
                width = 1;
            } else if (c < 0x800) {
                width = 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(reason.charAt(i + 1))) {
                width = 4;
                chars = 2;
            } else {
                width = 3;
            }
            if (bytes + width > MAX_REASON_BYTES) {
                return reason.substring(0, i);
            }
            bytes += width;
            i += chars;
        }
        return reason;
    }

    /**
     * A reason that can always be sent: lone surrogates replaced by U+FFFD, then
     * {@linkplain #truncateReason(String) truncated}. The result is valid UTF-8 of at most
     * {@value #MAX_REASON_BYTES} bytes; a null reason is the empty one.
     */
    public static String sendableReason(String reason) {
        return reason == null ? "" : truncateReason(replaceLoneSurrogates(reason));
    }
}

package dev.statuskit.http;

import dev.statuskit.http.internal.Json;
import dev.statuskit.http.internal.KnownStrings;
import dev.statuskit.i18n.internal.Utf16;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Writes the XML, HTML and text bodies in two passes over the same code: first with no array, which only
 * counts the bytes, then into an array of exactly that size. Every method takes the array (null to count),
 * a position, and returns the position after what it wrote.
 *
 * <p>Texts are escaped as their format needs, character by character:
 * <ul>
 *   <li>{@link #XML}: {@code &}, {@code <} and {@code >} as entities; characters XML 1.0 cannot carry (controls
 *       other than tab, line feed and carriage return, lone surrogates, U+FFFE, U+FFFF) as U+FFFD.</li>
 *   <li>{@link #HTML}: as the OWASP encoder's {@code Encode.forHtml}: {@code &}, {@code <}, {@code >},
 *       {@code "} and {@code '} as entities; controls other than tab, line feed and carriage return, DEL and
 *       the C1 controls other than U+0085, lone surrogates and Unicode noncharacters as a space.</li>
 *   <li>{@link #TEXT}: controls (line breaks included), U+2028 and U+2029 as a space, lone surrogates as
 *       U+FFFD.</li>
 * </ul>
 */
final class Utf8 {
    static final int XML = 0;
    static final int HTML = 1;
    static final int TEXT = 2;

    private static final byte[] AMP = {'&', 'a', 'm', 'p', ';'};
    private static final byte[] LT = {'&', 'l', 't', ';'};
    private static final byte[] GT = {'&', 'g', 't', ';'};
    private static final byte[] QUOT = {'&', '#', '3', '4', ';'};
    private static final byte[] APOS = {'&', '#', '3', '9', ';'};
    private static final char REPLACEMENT = Utf16.REPLACEMENT_CHARACTER;
    /** In {@link #plainFlags}: the instance is plain. */
    static final int PLAIN_INSTANCE = 1;
    /** In {@link #plainFlags}: the first member's value is a plain String (an error id, a trace id). */
    static final int PLAIN_FIRST_VALUE = 2;
    /**
     * Per format, for each ASCII character, whether the format writes it as it is: printable ASCII, other than
     * {@code &}, {@code <} and {@code >} for XML and HTML, and {@code "} and {@code '} for HTML.
     */
    private static final boolean[][] PLAIN = new boolean[3][0x80];

    static {
        for (char c = 0x20; c < 0x7F; c++) {
            boolean markup = c == '&' || c == '<' || c == '>';
            PLAIN[TEXT][c] = true;
            PLAIN[XML][c] = !markup;
            PLAIN[HTML][c] = !markup && c != '"' && c != '\'';
        }
    }

    private Utf8() {
    }

    /** The bytes of an ASCII constant, as {@link Json#ascii(String)} makes them for every format. */
    static byte[] ascii(String constant) {
        return Json.ascii(constant);
    }

    /** A text escaped for a format, as an array of its own; for encodings made once. */
    static byte[] encoded(String s, int format) {
        byte[] out = new byte[text(null, 0, s, format)];
        text(out, 0, s, format);
        return out;
    }

    static int raw(byte @Nullable [] out, int pos, byte[] bytes) {
        if (out != null) {
            System.arraycopy(bytes, 0, out, pos, bytes.length);
        }
        return pos + bytes.length;
    }

    static int raw(byte @Nullable [] out, int pos, char ascii) {
        if (out != null) {
            out[pos] = (byte) ascii;
        }
        return pos + 1;
    }

    /** Writes a string known to be ASCII with nothing to escape: a member name, a language tag, a number. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) keeps the low byte of each char: for ASCII, the char
    static int ascii(byte @Nullable [] out, int pos, String ascii) {
        if (out != null) {
            ascii.getBytes(0, ascii.length(), out, pos);
        }
        return pos + ascii.length();
    }

    /** Writes a decimal integer. */
    static int integer(byte @Nullable [] out, int pos, long value) {
        if (value < 0 || value == Long.MIN_VALUE) {
            return ascii(out, pos, Long.toString(value));
        }
        int length = 1;
        for (long rest = value; rest >= 10; rest /= 10) {
            length++;
        }
        if (out != null) {
            long rest = value;
            int i = pos + length;
            do {
                out[--i] = (byte) ('0' + (int) (rest % 10));
                rest /= 10;
            } while (rest != 0);
        }
        return pos + length;
    }

    /** Writes a text escaped for a format. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) keeps the low byte of each char: for ASCII, the char
    static int text(byte @Nullable [] out, int pos, String s, int format) {
        int length = s.length();
        // Most texts start with, or are, printable ASCII with nothing to escape: that part is copied in bulk.
        int plain = plainPrefix(s, format);
        if (out != null) {
            s.getBytes(0, plain, out, pos);
        }
        pos += plain;
        for (int i = plain; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                if (format != TEXT && (c == '&' || c == '<' || c == '>' || (format == HTML && (c == '"' || c == '\'')))) {
                    pos = raw(out, pos, c == '&' ? AMP : c == '<' ? LT : c == '>' ? GT : c == '"' ? QUOT : APOS);
                } else {
                    pos = raw(out, pos, c);
                }
            } else if (Character.isSurrogate(c)) {
                if (Utf16.isPairAt(s, i)) {
                    int codePoint = Character.toCodePoint(c, s.charAt(++i));
                    if (format == HTML && (codePoint & 0xFFFE) == 0xFFFE) {
                        pos = raw(out, pos, ' '); // a noncharacter
                    } else {
                        pos = codePoint(out, pos, codePoint);
                    }
                } else {
                    pos = format == HTML ? raw(out, pos, ' ') : codePoint(out, pos, REPLACEMENT);
                }
            } else {
                pos = codePoint(out, pos, replacement(c, format));
            }
        }
        return pos;
    }

    /**
     * Whether a format writes this text as it is, one byte per character: a renderer that finds so while
     * measuring copies it in bulk with {@link #ascii(byte[], int, String)} instead of looking at it again.
     */
    static boolean isPlain(String s, int format) {
        return plainPrefix(s, format) == s.length();
    }

    /**
     * Looks once at the two strings of a problem that vary per request, its instance and a first member that is a
     * String, and says which a format writes as they are: a renderer that measures and then writes takes their
     * length in both passes and copies them in bulk in the second, without a second look at a character.
     */
    static int plainFlags(Problem problem, int format) {
        URI instance = problem.instance();
        Object first = problem.memberCount() > 0 ? problem.memberValue(0) : null;
        return (instance != null && isPlain(instance.toString(), format) ? PLAIN_INSTANCE : 0)
                | (first instanceof String s && isPlain(s, format) ? PLAIN_FIRST_VALUE : 0);
    }

    /**
     * Writes a type URI, escaped for a format; one found plain before is copied in bulk without a look at its
     * characters, and a plain one is remembered.
     */
    static int type(byte @Nullable [] out, int pos, String type, int format, KnownStrings plainTypes) {
        if (plainTypes.contains(type)) {
            return ascii(out, pos, type);
        }
        if (plainPrefix(type, format) == type.length()) {
            plainTypes.add(type);
        }
        return text(out, pos, type, format);
    }

    /** The length of the string's longest prefix of printable ASCII that the format writes as it is. */
    private static int plainPrefix(String s, int format) {
        boolean[] plain = PLAIN[format];
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || !plain[c]) {
                return i;
            }
        }
        return length;
    }

    /** What a character outside printable ASCII and the surrogates becomes in a format. */
    private static char replacement(char c, int format) {
        boolean lineBreakOrTab = c == '\t' || c == '\n' || c == '\r';
        switch (format) {
            case XML:
                return c < 0x20 && !lineBreakOrTab || c == 0xFFFE || c == 0xFFFF ? REPLACEMENT : c;
            case HTML:
                return c < 0x20 && !lineBreakOrTab || (c >= 0x7F && c <= 0x9F && c != 0x85) || (c >= 0xFDD0 && c <= 0xFDEF)
                        || c == 0xFFFE || c == 0xFFFF ? ' ' : c;
            default:
                return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c;
        }
    }

    private static int codePoint(byte @Nullable [] out, int pos, int codePoint) {
        if (codePoint < 0x80) {
            return raw(out, pos, (char) codePoint);
        }
        if (codePoint < 0x800) {
            if (out != null) {
                out[pos] = (byte) (0xC0 | (codePoint >> 6));
                out[pos + 1] = (byte) (0x80 | (codePoint & 0x3F));
            }
            return pos + 2;
        }
        if (codePoint < 0x10000) {
            if (out != null) {
                out[pos] = (byte) (0xE0 | (codePoint >> 12));
                out[pos + 1] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                out[pos + 2] = (byte) (0x80 | (codePoint & 0x3F));
            }
            return pos + 3;
        }
        if (out != null) {
            out[pos] = (byte) (0xF0 | (codePoint >> 18));
            out[pos + 1] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
            out[pos + 2] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
            out[pos + 3] = (byte) (0x80 | (codePoint & 0x3F));
        }
        return pos + 4;
    }
}

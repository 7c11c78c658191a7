package dev.statuskit.http.internal;

import dev.statuskit.i18n.internal.Utf16;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A small JSON writer (RFC 8259) for the values a problem holds: null, String, Boolean, Number, List and
 * Map with String keys. It writes UTF-8 straight into a byte array: {@code length} methods count the bytes a
 * value takes (exactly, at most, or only if every string is plain), {@code write} methods put them at a position
 * and return the position after them. A document measured first costs one array of exactly its size; one
 * bounded by {@link #maxLength} can be written in one pass into a larger buffer.
 *
 * <p>Strings escape {@code "}, {@code \}, every control character below U+0020, U+2028 and U+2029 (line
 * terminators in JavaScript) and every lone surrogate. A lone surrogate is written as a {@code \}{@code uXXXX}
 * escape of its code unit, so the output stays valid UTF-8 and a parser reads back exactly the original
 * string; a valid surrogate pair is written as is, as one 4-byte UTF-8 sequence.
 */
public final class Json {
    private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    /** For each ASCII character, the bytes its escape takes beyond one: 0, 1 for {@code \n} and the like, 5 for {@code \}{@code u00XX}. */
    private static final byte[] ASCII_EXTRA = new byte[0x80];
    /** For each ASCII character, whether a string literal holds it as it is: printable, not {@code "} or {@code \}, or DEL. */
    private static final boolean[] PLAIN = new boolean[0x80];

    static {
        for (char c = 0; c < 0x20; c++) {
            ASCII_EXTRA[c] = (byte) (shortEscape(c) != 0 ? 1 : 5);
        }
        ASCII_EXTRA['"'] = 1;
        ASCII_EXTRA['\\'] = 1;
        for (char c = 0x20; c < 0x80; c++) {
            PLAIN[c] = c != '"' && c != '\\';
        }
    }

    private Json() {
    }

    /** The bytes of an ASCII constant. */
    public static byte[] ascii(String constant) {
        byte[] bytes = new byte[constant.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = constant.charAt(i);
            if (c >= 0x80) {
                throw new IllegalArgumentException("Not ASCII: " + constant);
            }
            bytes[i] = (byte) c;
        }
        return bytes;
    }

    /** Copies raw bytes, such as a constant from {@link #ascii(String)}. */
    public static int writeRaw(byte[] out, int pos, byte[] raw) {
        System.arraycopy(raw, 0, out, pos, raw.length);
        return pos + raw.length;
    }

    /** What {@link #length(Object, int)} sums for a string: its exact length, at least its length, or its length if plain. */
    private static final int EXACT = 0;
    private static final int BOUND = 1;
    private static final int IF_PLAIN = 2;

    /** The UTF-8 length of a value. */
    public static int valueLength(@Nullable Object value) {
        return (int) length(value, EXACT);
    }

    /**
     * The UTF-8 length of a value if every string in it is {@linkplain #writePlainString plain}, else -1, found in
     * one walk that stops at the first string that is not. A List that is not {@link RandomAccess} and a Map that
     * is not a {@link MemberMap} also give -1. A value with a length here is written by {@link #writePlainValue}.
     */
    public static int plainLength(@Nullable Object value) {
        return (int) length(value, IF_PLAIN);
    }

    /**
     * At least the UTF-8 length of a value, found without a look at any character: a string's literal takes at most
     * six bytes per {@code char} (a {@code \}{@code uXXXX} escape; a character outside ASCII takes at most three
     * bytes, a surrogate pair four), plus its quotes. For a buffer that {@link #writeValue} fills in one pass.
     */
    public static long maxLength(@Nullable Object value) {
        return length(value, BOUND);
    }

    /** At least the UTF-8 length of a string's literal: six bytes per {@code char}, and the quotes. */
    public static long maxStringLength(String s) {
        return 6L * s.length() + 2;
    }

    /**
     * The length of a plain string's literal, {@code s.length() + 2}, or -1 if the string is not plain: the look
     * at its characters stops at the first one that is not.
     */
    public static int plainStringLength(String s) {
        int length = s.length();
        return plainPrefix(s) == length ? length + 2 : -1;
    }

    private static long length(String s, int mode) {
        return mode == EXACT ? stringLength(s) : mode == BOUND ? maxStringLength(s) : plainStringLength(s);
    }

    /**
     * The one walk of a value for {@link #valueLength}, {@link #plainLength} and {@link #maxLength}: -1 as soon as a
     * string is not plain when {@code mode} is {@link #IF_PLAIN} (never otherwise).
     */
    private static long length(@Nullable Object value, int mode) {
        // Final classes first, by a cheap comparison of class; the interface checks (List, Map) come last,
        // since on JDK 17 a failed one scans the class's interfaces, and two in turn on one class defeat its cache.
        // A string inside a list or member map is handled in the loop, without a recursive call.
        if (value instanceof String s) {
            return length(s, mode);
        } else if (value instanceof MemberMap map) {
            int size = map.size();
            long length = 2 + Math.max(0, size - 1);
            for (int i = 0; i < size; i++) {
                Object item = map.value(i);
                long itemLength = item instanceof String s ? length(s, mode) : length(item, mode);
                if (itemLength < 0) {
                    return -1;
                }
                // A key of a MemberMap is an XML name (Members checks it): plain, two quotes around its characters.
                length += map.key(i).length() + 3 + itemLength;
            }
            return length;
        } else if (value == null || value instanceof Number || value instanceof Boolean) {
            return scalarLength(value);
        } else if (isIndexed(value)) {
            List<?> list = (List<?>) value;
            int size = list.size();
            long length = 2 + Math.max(0, size - 1);
            for (int i = 0; i < size; i++) {
                Object item = list.get(i);
                long itemLength = item instanceof String s ? length(s, mode) : length(item, mode);
                if (itemLength < 0) {
                    return -1;
                }
                length += itemLength;
            }
            return length;
        } else if (value instanceof List<?> list) {
            if (mode == IF_PLAIN) {
                return -1; // not walked by position: written with a look at every string
            }
            long length = 2 + Math.max(0, list.size() - 1);
            for (Object item : list) {
                length += length(item, mode);
            }
            return length;
        } else if (value instanceof Map<?, ?> map) {
            if (mode == IF_PLAIN) {
                return -1;
            }
            long length = 2 + Math.max(0, map.size() - 1);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                length += length((String) entry.getKey(), mode) + 1 + length(entry.getValue(), mode);
            }
            return length;
        }
        throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }

    /** Whether a value is a List read by position: the builder's own lists and those of List.of first, by class. */
    private static boolean isIndexed(Object value) {
        return value instanceof MemberList || Members.isListOf(value) || value instanceof List<?> && value instanceof RandomAccess;
    }

    /** The length of null, a Boolean or a Number. */
    private static int scalarLength(@Nullable Object value) {
        if (value == null) {
            return 4;
        } else if (value instanceof Boolean b) {
            return b ? 4 : 5;
        } else if (isIntegral(value)) {
            return integerLength(((Number) value).longValue());
        }
        return value.toString().length();
    }

    /**
     * Writes a value whose {@link #plainLength} found every string plain: every string is copied in bulk, without a
     * look at its characters.
     */
    public static int writePlainValue(byte[] out, int pos, @Nullable Object value) {
        return write(out, pos, value, true);
    }

    /**
     * Writes a value; numbers are written with {@code toString()}, which is valid JSON for the finite JDK
     * numbers, and integers digit by digit.
     */
    public static int writeValue(byte[] out, int pos, @Nullable Object value) {
        return write(out, pos, value, false);
    }

    /**
     * Writes a value; with {@code plain}, every string in the lists and member maps walked by position is
     * copied in bulk (the caller has checked with {@link #plainLength} that all are plain).
     */
    private static int write(byte[] out, int pos, @Nullable Object value, boolean plain) {
        // In the order of length, for the same reason.
        if (value instanceof String s) {
            return plain ? writePlainString(out, pos, s) : writeString(out, pos, s);
        } else if (value instanceof MemberMap map) {
            out[pos++] = '{';
            int size = map.size();
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    out[pos++] = ',';
                }
                pos = writePlainString(out, pos, map.key(i));
                out[pos++] = ':';
                pos = writeItem(out, pos, map.value(i), plain);
            }
            out[pos++] = '}';
            return pos;
        } else if (value == null) {
            return writeAscii(out, pos, "null");
        } else if (value instanceof Number) {
            return isIntegral(value) ? writeInteger(out, pos, ((Number) value).longValue()) : writeAscii(out, pos, value.toString());
        } else if (value instanceof Boolean b) {
            return writeAscii(out, pos, b ? "true" : "false");
        } else if (isIndexed(value)) {
            List<?> list = (List<?>) value;
            out[pos++] = '[';
            int size = list.size();
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    out[pos++] = ',';
                }
                pos = writeItem(out, pos, list.get(i), plain);
            }
            out[pos++] = ']';
            return pos;
        } else if (value instanceof List<?> list) {
            out[pos++] = '[';
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out[pos++] = ',';
                }
                first = false;
                pos = writeValue(out, pos, item);
            }
            out[pos++] = ']';
            return pos;
        } else if (value instanceof Map<?, ?> map) {
            out[pos++] = '{';
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out[pos++] = ',';
                }
                first = false;
                pos = writeString(out, pos, (String) entry.getKey());
                out[pos++] = ':';
                pos = writeValue(out, pos, entry.getValue());
            }
            out[pos++] = '}';
            return pos;
        }
        throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }

    /** Writes an item of a list or member map: a string here, small enough to be inlined in the loop; the rest by {@link #write}. */
    private static int writeItem(byte[] out, int pos, @Nullable Object item, boolean plain) {
        if (item instanceof String s) {
            return plain ? writePlainString(out, pos, s) : writeString(out, pos, s);
        }
        return write(out, pos, item, plain);
    }

    /**
     * The UTF-8 length of a string literal, quotes and escapes included. It is exactly
     * {@code s.length() + 2} when the string is {@linkplain #writePlainString plain}.
     */
    public static int stringLength(String s) {
        int length = s.length();
        int bytes = length + 2;
        int plain = plainPrefix(s);
        if (plain == length) {
            return bytes;
        }
        for (int i = plain; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += ASCII_EXTRA[c];
            } else if (c < 0x800) {
                bytes += 1;
            } else if (Character.isSurrogate(c)) {
                if (Utf16.isPairAt(s, i)) {
                    bytes += 2; // two chars, four bytes
                    i++;
                } else {
                    bytes += 5; // backslash-u and four hex digits
                }
            } else {
                bytes += c == '\u2028' || c == '\u2029' ? 5 : 2;
            }
        }
        return bytes;
    }

    /**
     * The length of the string's longest prefix of plain characters: printable ASCII other than {@code "} and
     * {@code \}, and DEL. One comparison and one table load per character, with a single, rarely taken exit,
     * so it runs much faster than the character-by-character measure that follows it for the rest.
     */
    private static int plainPrefix(String s) {
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || !PLAIN[c]) {
                return i;
            }
        }
        return length;
    }

    /**
     * Writes a plain string literal: one whose {@link #stringLength} is {@code s.length() + 2}, so every
     * character is printable ASCII other than {@code "} and {@code \}, written as one byte. A bulk copy.
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) keeps the low byte of each char: for ASCII, the char
    public static int writePlainString(byte[] out, int pos, String s) {
        int length = s.length();
        out[pos] = '"';
        s.getBytes(0, length, out, pos + 1);
        out[pos + 1 + length] = '"';
        return pos + length + 2;
    }

    /** Writes a string literal, quoted and escaped; its plain prefix is copied in bulk. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) keeps the low byte of each char: for ASCII, the char
    public static int writeString(byte[] out, int pos, String s) {
        out[pos++] = '"';
        int length = s.length();
        int plain = plainPrefix(s);
        s.getBytes(0, plain, out, pos);
        pos += plain;
        for (int i = plain; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x800 && (c < 0xD800 ? (c & 0xFFFE) != 0x2028 : c > 0xDFFF)) {
                // Three bytes and nothing to escape: CJK, most of the scripts of India and Southeast Asia, and
                // typographic punctuation. Tested first, in one condition, since a text that has one has many.
                out[pos] = (byte) (0xE0 | (c >> 12));
                out[pos + 1] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[pos + 2] = (byte) (0x80 | (c & 0x3F));
                pos += 3;
            } else if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    out[pos++] = (byte) c;
                } else {
                    char escape = shortEscape(c);
                    if (escape != 0) {
                        out[pos++] = '\\';
                        out[pos++] = (byte) escape;
                    } else {
                        pos = writeUnicodeEscape(out, pos, c);
                    }
                }
            } else if (c < 0x800) {
                out[pos++] = (byte) (0xC0 | (c >> 6));
                out[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Utf16.isPairAt(s, i)) {
                    int codePoint = Character.toCodePoint(c, s.charAt(++i));
                    out[pos++] = (byte) (0xF0 | (codePoint >> 18));
                    out[pos++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                    out[pos++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                    out[pos++] = (byte) (0x80 | (codePoint & 0x3F));
                } else {
                    pos = writeUnicodeEscape(out, pos, c);
                }
            } else {
                pos = writeUnicodeEscape(out, pos, c); // U+2028 or U+2029, line terminators in JavaScript
            }
        }
        out[pos++] = '"';
        return pos;
    }

    /** The number of characters of a decimal integer. */
    public static int integerLength(long value) {
        if (value == Long.MIN_VALUE) {
            return 20;
        }
        int length = value < 0 ? 2 : 1;
        for (long rest = Math.abs(value); rest >= 10; rest /= 10) {
            length++;
        }
        return length;
    }

    /** Writes a decimal integer. */
    public static int writeInteger(byte[] out, int pos, long value) {
        if (value == Long.MIN_VALUE) {
            return writeAscii(out, pos, Long.toString(value));
        }
        int end = pos + integerLength(value);
        if (value < 0) {
            out[pos] = '-';
        }
        long rest = Math.abs(value);
        int i = end;
        do {
            out[--i] = (byte) ('0' + (int) (rest % 10));
            rest /= 10;
        } while (rest != 0);
        return end;
    }

    private static boolean isIntegral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
    }

    /** The letter of a two-character escape such as {@code \n}, or 0 if the character has none. */
    private static char shortEscape(char c) {
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\n' -> 'n';
            case '\r' -> 'r';
            case '\t' -> 't';
            case '\b' -> 'b';
            case '\f' -> 'f';
            default -> 0;
        };
    }

    private static int writeUnicodeEscape(byte[] out, int pos, char c) {
        out[pos++] = '\\';
        out[pos++] = 'u';
        out[pos++] = HEX[c >> 12];
        out[pos++] = HEX[(c >> 8) & 0xF];
        out[pos++] = HEX[(c >> 4) & 0xF];
        out[pos++] = HEX[c & 0xF];
        return pos;
    }

    /** Writes a string known to be ASCII, such as a number's {@code toString()}. */
    private static int writeAscii(byte[] out, int pos, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            out[pos++] = (byte) ascii.charAt(i);
        }
        return pos;
    }
}

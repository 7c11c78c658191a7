package dev.statuskit.http.internal;

import dev.statuskit.i18n.internal.Utf16;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A small JSON writer (RFC 8259) for the values a problem holds: null, String, Boolean, Number, List and
 * Map with String keys. It writes UTF-8 straight into a byte array, in two passes: {@code length} methods
 * count the bytes a value takes, {@code write} methods put them at a position and return the position
 * after them. So a document costs one array of exactly its size and nothing else.
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

    static {
        for (char c = 0; c < 0x20; c++) {
            ASCII_EXTRA[c] = (byte) (shortEscape(c) != 0 ? 1 : 5);
        }
        ASCII_EXTRA['"'] = 1;
        ASCII_EXTRA['\\'] = 1;
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

    /** The UTF-8 length of a value. */
    public static int valueLength(Object value) {
        if (value == null) {
            return 4;
        } else if (value instanceof String s) {
            return stringLength(s);
        } else if (value instanceof Boolean b) {
            return b ? 4 : 5;
        } else if (isIntegral(value)) {
            return integerLength(((Number) value).longValue());
        } else if (value instanceof Number) {
            return value.toString().length();
        } else if (value instanceof List<?> list && list instanceof RandomAccess) {
            int size = list.size();
            int length = 2 + Math.max(0, size - 1);
            for (int i = 0; i < size; i++) {
                length += valueLength(list.get(i));
            }
            return length;
        } else if (value instanceof List<?> list) {
            int length = 2 + Math.max(0, list.size() - 1);
            for (Object item : list) {
                length += valueLength(item);
            }
            return length;
        } else if (value instanceof MemberMap map) {
            int size = map.size();
            int length = 2 + Math.max(0, size - 1);
            for (int i = 0; i < size; i++) {
                // A key of a MemberMap is an XML name (Members checks it): plain, two quotes around its characters.
                length += map.key(i).length() + 2 + 1 + valueLength(map.value(i));
            }
            return length;
        } else if (value instanceof Map<?, ?> map) {
            int length = 2 + Math.max(0, map.size() - 1);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                length += stringLength((String) entry.getKey()) + 1 + valueLength(entry.getValue());
            }
            return length;
        }
        throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }

    /**
     * The length a value would take if every string in it were {@linkplain #writePlainString plain}: its
     * {@link #valueLength} without looking at a character. It is never more than {@link #valueLength}, and equal
     * to it exactly when every string in the value is plain (a string takes {@code length() + 2} bytes when
     * plain and more otherwise), so that {@link #writePlainValue} can then copy them all in bulk.
     */
    public static int plainLength(Object value) {
        if (value instanceof String s) {
            return s.length() + 2;
        } else if (value instanceof List<?> list && list instanceof RandomAccess) {
            int size = list.size();
            int length = 2 + Math.max(0, size - 1);
            for (int i = 0; i < size; i++) {
                length += plainLength(list.get(i));
            }
            return length;
        } else if (value instanceof MemberMap map) {
            int size = map.size();
            int length = 2 + Math.max(0, size - 1);
            for (int i = 0; i < size; i++) {
                length += map.key(i).length() + 2 + 1 + plainLength(map.value(i));
            }
            return length;
        } else if (value instanceof List<?> || value instanceof Map<?, ?>) {
            return -1; // not walked by position: never taken as plain
        }
        return valueLength(value);
    }

    /**
     * Writes a value whose {@link #plainLength} equals its {@link #valueLength}: every string is copied in
     * bulk, without a look at its characters.
     */
    public static int writePlainValue(byte[] out, int pos, Object value) {
        return write(out, pos, value, true);
    }

    /**
     * Writes a value; numbers are written with {@code toString()}, which is valid JSON for the finite JDK
     * numbers, and integers digit by digit.
     */
    public static int writeValue(byte[] out, int pos, Object value) {
        return write(out, pos, value, false);
    }

    /**
     * Writes a value; with {@code plain}, every string in the lists and member maps walked by position is
     * copied in bulk (the caller has checked with {@link #plainLength} that all are plain).
     */
    private static int write(byte[] out, int pos, Object value, boolean plain) {
        if (value == null) {
            return writeAscii(out, pos, "null");
        } else if (value instanceof String s) {
            return plain || plainPrefix(s) == s.length() ? writePlainString(out, pos, s) : writeString(out, pos, s);
        } else if (value instanceof Boolean b) {
            return writeAscii(out, pos, b ? "true" : "false");
        } else if (isIntegral(value)) {
            return writeInteger(out, pos, ((Number) value).longValue());
        } else if (value instanceof Number) {
            return writeAscii(out, pos, value.toString());
        } else if (value instanceof List<?> list && list instanceof RandomAccess) {
            out[pos++] = '[';
            int size = list.size();
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    out[pos++] = ',';
                }
                pos = write(out, pos, list.get(i), plain);
            }
            out[pos++] = ']';
            return pos;
        } else if (value instanceof MemberMap map) {
            out[pos++] = '{';
            int size = map.size();
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    out[pos++] = ',';
                }
                pos = writePlainString(out, pos, map.key(i));
                out[pos++] = ':';
                pos = write(out, pos, map.value(i), plain);
            }
            out[pos++] = '}';
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
     * {@code \}, and DEL. The loop has a single, rarely taken branch, so it runs much faster than the
     * character-by-character measure that follows it for the rest.
     */
    private static int plainPrefix(String s) {
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x20 | c >= 0x80 | c == '"' | c == '\\') {
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

    /** Writes a string literal, quoted and escaped. */
    public static int writeString(byte[] out, int pos, String s) {
        out[pos++] = '"';
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
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
            } else if (c == '\u2028' || c == '\u2029') {
                pos = writeUnicodeEscape(out, pos, c);
            } else {
                out[pos++] = (byte) (0xE0 | (c >> 12));
                out[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[pos++] = (byte) (0x80 | (c & 0x3F));
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

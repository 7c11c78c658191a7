package dev.statuskit.client.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A strict, bounded JSON parser (RFC 8259) for one problem document: a JSON object, read from UTF-8 bytes.
 *
 * <ul>
 *   <li>Objects become {@link LinkedHashMap}s in document order, arrays {@link ArrayList}s, both unmodifiable;
 *       strings {@link String}s, {@code true}/{@code false} {@link Boolean}s, {@code null} null.</li>
 *   <li>A number without fraction or exponent that fits a {@code long} becomes a {@link Long}; every other
 *       number a {@link BigDecimal}, exactly as written ({@code 1e999} is {@code 1E+999}, never Infinity).
 *       A number literal longer than {@value #MAX_NUMBER_CHARS} characters is refused: converting it would
 *       cost time out of proportion to its size.</li>
 *   <li>A member name that appears twice in one object is refused: RFC 8259 §4 says names SHOULD be unique
 *       and leaves duplicates to each parser, so two parsers may read two different problems from them.</li>
 *   <li>A UTF-8 byte order mark before the document is skipped (RFC 8259 §8.1 allows it); any other
 *       byte sequence that is not UTF-8 is refused, so is a raw control character in a string.</li>
 *   <li>A {@code \}{@code u} escape of a lone surrogate is kept as that char (RFC 8259 §8.2 leaves it to
 *       the parser): it is how StatusKit's own writer carries a lone surrogate, so such strings read back
 *       unchanged.</li>
 *   <li>Objects and arrays nest at most {@value #MAX_DEPTH} levels, the document object being the first;
 *       recursion is bounded by that, so no input overflows the stack.</li>
 * </ul>
 *
 * Every error is an {@link InvalidDocumentException} stating the rule and the byte offset.
 */
public final class JsonParser {
    /** The deepest nesting of objects and arrays, the document object included. */
    public static final int MAX_DEPTH = 32;
    /** The longest number literal read. */
    public static final int MAX_NUMBER_CHARS = 1000;

    private final byte[] in;
    private final int end;
    private int pos;

    private JsonParser(byte[] in, int length) {
        this.in = in;
        this.end = length;
    }

    /**
     * Parses a document that must be one JSON object, with nothing but whitespace after it.
     *
     * @param in the document, UTF-8
     * @param length how many bytes of {@code in} to read
     * @return the object's members in document order; values as described above
     * @throws InvalidDocumentException if the document is not such an object
     */
    public static Map<String, @Nullable Object> parseObject(byte[] in, int length) {
        JsonParser parser = new JsonParser(in, length);
        if (length >= 3 && (in[0] & 0xFF) == 0xEF && (in[1] & 0xFF) == 0xBB && (in[2] & 0xFF) == 0xBF) {
            parser.pos = 3;
        }
        parser.skipWhitespace();
        if (parser.pos >= length || in[parser.pos] != '{') {
            throw parser.error("A problem+json document must be a JSON object (RFC 9457 §3), found " + parser.found());
        }
        Map<String, @Nullable Object> members = parser.readObject(1);
        parser.skipWhitespace();
        if (parser.pos < length) {
            throw parser.error("Expected the end of the document after the problem object, found " + parser.found());
        }
        return members;
    }

    private @Nullable Object readValue(int depth) {
        if (pos >= end) {
            throw error("Expected a JSON value, found end of input");
        }
        byte b = in[pos];
        switch (b) {
            case '{':
                return readObject(depth + 1);
            case '[':
                return readArray(depth + 1);
            case '"':
                return readString();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (b == '-' || (b >= '0' && b <= '9')) {
                    return readNumber();
                }
                throw error("Expected a JSON value (object, array, string, number, true, false or null), found " + found());
        }
    }

    private Map<String, @Nullable Object> readObject(int depth) {
        validateDepth(depth);
        pos++; // '{'
        Map<String, @Nullable Object> members = new LinkedHashMap<>();
        skipWhitespace();
        if (pos < end && in[pos] == '}') {
            pos++;
            return Collections.unmodifiableMap(members);
        }
        while (true) {
            if (pos >= end || in[pos] != '"') {
                throw error("Expected '\"' to start a member name, found " + found());
            }
            int nameStart = pos;
            String name = readString();
            skipWhitespace();
            if (pos >= end || in[pos] != ':') {
                throw error("Expected ':' after member name \"" + shorten(name) + "\", found " + found());
            }
            pos++;
            skipWhitespace();
            Object value = readValue(depth);
            if (members.containsKey(name)) {
                throw new InvalidDocumentException("Duplicate member name \"" + shorten(name)
                        + "\": RFC 8259 §4 says names SHOULD be unique, and parsers disagree on which one counts",
                        nameStart);
            }
            members.put(name, value);
            skipWhitespace();
            if (pos < end && in[pos] == ',') {
                pos++;
                skipWhitespace();
            } else if (pos < end && in[pos] == '}') {
                pos++;
                return Collections.unmodifiableMap(members);
            } else {
                throw error("Expected ',' or '}' after the value of member \"" + shorten(name) + "\", found " + found());
            }
        }
    }

    private List<@Nullable Object> readArray(int depth) {
        validateDepth(depth);
        pos++; // '['
        List<@Nullable Object> items = new ArrayList<>();
        skipWhitespace();
        if (pos < end && in[pos] == ']') {
            pos++;
            return Collections.unmodifiableList(items);
        }
        while (true) {
            items.add(readValue(depth));
            skipWhitespace();
            if (pos < end && in[pos] == ',') {
                pos++;
                skipWhitespace();
            } else if (pos < end && in[pos] == ']') {
                pos++;
                return Collections.unmodifiableList(items);
            } else {
                throw error("Expected ',' or ']' after an array item, found " + found());
            }
        }
    }

    private void validateDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("Objects and arrays nest deeper than " + MAX_DEPTH + " levels");
        }
    }

    private @Nullable Object literal(String word, @Nullable Object value) {
        int length = word.length();
        boolean matches = pos + length <= end;
        for (int i = 0; matches && i < length; i++) {
            matches = in[pos + i] == word.charAt(i);
        }
        if (!matches) {
            throw error("Expected the literal " + word + " (RFC 8259 §3), found " + found());
        }
        pos += length;
        return value;
    }

    private Object readNumber() {
        int start = pos;
        boolean integral = true;
        if (in[pos] == '-') {
            pos++;
        }
        if (pos >= end || !isDigit(in[pos])) {
            throw error("Expected a digit in a number (RFC 8259 §6), found " + found());
        }
        if (in[pos] == '0') {
            pos++;
            if (pos < end && isDigit(in[pos])) {
                throw error("A number must not have a leading zero (RFC 8259 §6)");
            }
        } else {
            skipDigits();
        }
        if (pos < end && in[pos] == '.') {
            integral = false;
            pos++;
            if (pos >= end || !isDigit(in[pos])) {
                throw error("Expected a digit after the decimal point (RFC 8259 §6), found " + found());
            }
            skipDigits();
        }
        if (pos < end && (in[pos] == 'e' || in[pos] == 'E')) {
            integral = false;
            pos++;
            if (pos < end && (in[pos] == '+' || in[pos] == '-')) {
                pos++;
            }
            if (pos >= end || !isDigit(in[pos])) {
                throw error("Expected a digit in the exponent (RFC 8259 §6), found " + found());
            }
            skipDigits();
        }
        int length = pos - start;
        if (length > MAX_NUMBER_CHARS) {
            throw new InvalidDocumentException("A number of " + length + " characters is longer than the limit of "
                    + MAX_NUMBER_CHARS, start);
        }
        String text = new String(in, start, length, java.nio.charset.StandardCharsets.US_ASCII);
        if (integral && length <= 20) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException beyondLong) {
                // falls through to BigDecimal
            }
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            // Only an exponent beyond the int range gets here.
            throw new InvalidDocumentException("The number " + shorten(text) + " has an exponent out of range", start);
        }
    }

    private void skipDigits() {
        while (pos < end && isDigit(in[pos])) {
            pos++;
        }
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private String readString() {
        int start = pos;
        pos++; // opening quote
        StringBuilder text = new StringBuilder();
        while (true) {
            if (pos >= end) {
                throw new InvalidDocumentException("Unterminated string, found end of input", start);
            }
            int b = in[pos] & 0xFF;
            if (b == '"') {
                pos++;
                return text.toString();
            }
            if (b == '\\') {
                readEscape(text);
            } else if (b < 0x20) {
                throw error(String.format("Control character U+%04X must be escaped in a string (RFC 8259 §7)", b));
            } else if (b < 0x80) {
                text.append((char) b);
                pos++;
            } else {
                text.appendCodePoint(readUtf8(b));
            }
        }
    }

    private void readEscape(StringBuilder text) {
        int escape = pos;
        if (pos + 1 >= end) {
            throw error("Unterminated escape in a string, found end of input");
        }
        byte b = in[pos + 1];
        pos += 2;
        switch (b) {
            case '"': text.append('"'); return;
            case '\\': text.append('\\'); return;
            case '/': text.append('/'); return;
            case 'b': text.append('\b'); return;
            case 'f': text.append('\f'); return;
            case 'n': text.append('\n'); return;
            case 'r': text.append('\r'); return;
            case 't': text.append('\t'); return;
            case 'u': text.append(readHex4(escape)); return;
            default:
                pos = escape;
                int c = b & 0xFF;
                throw error("Invalid escape " + (c >= 0x21 && c < 0x7F ? "\\" + (char) c : String.format("\\ before byte 0x%02X", c))
                        + " in a string (RFC 8259 §7)");
        }
    }

    private char readHex4(int escape) {
        if (pos + 4 > end) {
            pos = escape;
            throw error("A \\u escape needs four hex digits (RFC 8259 §7), found end of input");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(in[pos + i], 16);
            if (digit < 0 || in[pos + i] < 0) {
                pos = escape;
                throw error("A \\u escape needs four hex digits (RFC 8259 §7)");
            }
            value = value * 16 + digit;
        }
        pos += 4;
        return (char) value;
    }

    /** Decodes one multi-byte UTF-8 sequence starting with {@code lead}; refuses everything RFC 3629 forbids. */
    private int readUtf8(int lead) {
        int count;
        int codePoint;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            count = 1;
            codePoint = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            count = 2;
            codePoint = lead & 0x0F;
            if (lead == 0xE0) {
                min2 = 0xA0; // no overlong forms
            } else if (lead == 0xED) {
                max2 = 0x9F; // no surrogates
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            count = 3;
            codePoint = lead & 0x07;
            if (lead == 0xF0) {
                min2 = 0x90; // no overlong forms
            } else if (lead == 0xF4) {
                max2 = 0x8F; // nothing above U+10FFFF
            }
        } else {
            throw error(String.format("Invalid UTF-8: byte 0x%02X cannot start a character (RFC 8259 §8.1)", lead));
        }
        for (int i = 1; i <= count; i++) {
            int at = pos + i;
            if (at >= end) {
                throw error("Invalid UTF-8: the sequence is cut short by the end of input (RFC 8259 §8.1)");
            }
            int next = in[at] & 0xFF;
            int min = i == 1 ? min2 : 0x80;
            int max = i == 1 ? max2 : 0xBF;
            if (next < min || next > max) {
                throw new InvalidDocumentException(String.format(
                        "Invalid UTF-8: byte 0x%02X cannot follow in the sequence starting with 0x%02X (RFC 8259 §8.1)",
                        next, lead), at);
            }
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        pos += count + 1;
        return codePoint;
    }

    private void skipWhitespace() {
        while (pos < end) {
            byte b = in[pos];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return;
            }
            pos++;
        }
    }

    /** What is at the current position, for messages. */
    private String found() {
        return pos >= end ? "end of input" : describe(in[pos] & 0xFF);
    }

    private static String describe(int b) {
        return b >= 0x21 && b < 0x7F ? "'" + (char) b + "'" : String.format("byte 0x%02X", b);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private InvalidDocumentException error(String rule) {
        return new InvalidDocumentException(rule, pos);
    }
}

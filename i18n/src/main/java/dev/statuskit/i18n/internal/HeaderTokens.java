package dev.statuskit.i18n.internal;

/**
 * The one tolerant reader of weighted HTTP header lists, such as {@code Accept} and {@code Accept-Language}
 * (RFC 9110 §5.6.1 lists, §12.4.2 weights): {@code #( value *( OWS ";" OWS parameter ) )}.
 *
 * <p>It reads at most {@code maxChars} characters in one forward pass, each a bounded number of times,
 * whatever the input, and allocates nothing: each element's value is handed to a {@link Visitor} as a range of
 * the header. An element that the limit cuts is skipped, since its first part may mean something else
 * ({@code en;q=0.9} cut to {@code en;q=0}, {@code zh-TW} to {@code zh}); to tell, the character just after the
 * limit is read too. The weight is the first parameter named {@code q} (any case) followed by {@code =}; an element
 * whose weight is not a qvalue is skipped, and parameters after the weight (accept-ext) are ignored. A
 * bare {@code q} (without {@code =}) makes its element malformed, like a bad qvalue; another parameter whose
 * name merely starts with q is ignored. Never throws.
 *
 * <p>Depends on the JDK alone, so that every StatusKit module can share it.
 */
public final class HeaderTokens {
    /** The weight of an element without {@code q}: 1.000, in thousandths. */
    public static final int MAX_WEIGHT = 1000;

    private HeaderTokens() {
    }

    /** Receives the elements of a list, in header order. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * One element whose weight is well-formed.
         *
         * @param header the whole header
         * @param from the start of the value, white space trimmed
         * @param to the end of the value (exclusive), white space trimmed; {@code from == to} for an empty value
         * @param weight the weight in thousandths, 0 to {@value #MAX_WEIGHT}
         * @return true if the visitor took the element (it counts towards the limit), false if it skipped it
         */
        boolean element(CharSequence header, int from, int to, int weight);
    }

    /**
     * Reads the list, handing each element with a well-formed weight to the visitor, until {@code maxChars}
     * characters are read or the visitor has taken {@code maxElements} elements.
     */
    public static void read(CharSequence header, int maxChars, int maxElements, Visitor visitor) {
        int limit = Math.min(header.length(), maxChars);
        int taken = 0;
        for (int start = 0; start < limit && taken < maxElements; ) {
            int end = find(header, ',', start, limit);
            if (end == limit && limit < header.length() && header.charAt(limit) != ',') {
                return; // the limit cuts this element
            }
            int valueEnd = find(header, ';', start, end);
            int from = skipSpace(header, start, valueEnd);
            int to = trimSpace(header, from, valueEnd);
            int weight = weight(header, valueEnd, end);
            if (weight >= 0 && visitor.element(header, from, to, weight)) {
                taken++;
            }
            start = end + 1;
        }
    }

    /** The weight among the parameters in {@code s[from, to)}, which starts at a ';' or is empty; -1 if malformed. */
    private static int weight(CharSequence s, int from, int to) {
        for (int p = from; p < to; ) {
            int next = find(s, ';', p + 1, to);
            int a = skipSpace(s, p + 1, next);
            int b = trimSpace(s, a, next);
            if (a < b && (s.charAt(a) == 'q' || s.charAt(a) == 'Q')) {
                int eq = skipSpace(s, a + 1, b);
                if (eq < b && s.charAt(eq) == '=') {
                    return qvalue(s, skipSpace(s, eq + 1, b), b);
                }
                if (eq == b) {
                    return -1; // a bare "q": a weight without its value
                }
            }
            p = next;
        }
        return MAX_WEIGHT;
    }

    /**
     * Parses {@code qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )} (RFC 9110 §12.4.2) from
     * {@code s[from, to)}.
     *
     * @return the weight in thousandths (0 to {@value #MAX_WEIGHT}), or -1 if the text is not a qvalue
     */
    public static int qvalue(CharSequence s, int from, int to) {
        if (from >= to || to - from > 5) {
            return -1;
        }
        char first = s.charAt(from);
        if (first != '0' && first != '1') {
            return -1;
        }
        int value = (first - '0') * MAX_WEIGHT;
        if (to - from == 1) {
            return value;
        }
        if (s.charAt(from + 1) != '.') {
            return -1;
        }
        int scale = 100;
        for (int i = from + 2; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || (first == '1' && c != '0')) {
                return -1;
            }
            value += (c - '0') * scale;
            scale /= 10;
        }
        return value;
    }

    /**
     * Whether {@code s[from, to)} is a token (RFC 9110 §5.6.2): one or more of the characters
     * {@code ALPHA DIGIT ! # $ % & ' * + - . ^ _ ` | ~}.
     */
    public static boolean isToken(CharSequence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean tchar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!tchar) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of {@code c} in {@code s[from, to)}, or {@code to}. Never reads past {@code to}: with
     * {@code String.indexOf} each of thousands of elements would scan the rest of the header.
     */
    public static int find(CharSequence s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return to;
    }

    private static int skipSpace(CharSequence s, int from, int to) {
        while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
            from++;
        }
        return from;
    }

    private static int trimSpace(CharSequence s, int from, int to) {
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
            to--;
        }
        return to;
    }
}

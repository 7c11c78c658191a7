package dev.statuskit.i18n;

/**
 * The weight of an HTTP content-negotiation element, such as {@code q=0.8} in {@code Accept-Language} or
 * {@code Accept} (RFC 9110 §12.4.2), in thousandths so that comparing weights needs no floating point.
 */
public final class QValue {
    /** The weight of an element without {@code q}: 1.000, in thousandths. */
    public static final int MAX = 1000;

    private QValue() {
    }

    /**
     * Parses {@code qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )} from {@code s[from, to)}.
     *
     * @return the weight in thousandths (0 to {@value #MAX}), or -1 if the text is not a qvalue
     */
    public static int parse(CharSequence s, int from, int to) {
        if (from >= to || to - from > 5) {
            return -1;
        }
        char first = s.charAt(from);
        if (first != '0' && first != '1') {
            return -1;
        }
        int value = (first - '0') * MAX;
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
}

package dev.statuskit.i18n.internal;

/**
 * The one place that knows UTF-16: surrogate pairs, lone surrogates and UTF-8 lengths. Every renderer, the
 * close-reason rules and the command line ask here, so that a lone surrogate is treated the same everywhere.
 * Depends on the JDK alone.
 */
public final class Utf16 {
    /** U+FFFD, which replaces a lone surrogate where text must become valid UTF-8. */
    public static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private Utf16() {
    }

    /** Whether {@code s[i]} and {@code s[i + 1]} form a surrogate pair. */
    public static boolean isPairAt(CharSequence s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    /** Whether {@code s[i]} is a surrogate that is not part of a pair. */
    public static boolean isLoneSurrogateAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    /** Whether the text holds a lone surrogate, which no UTF encoding can carry. */
    public static boolean hasLoneSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isPairAt(s, i)) {
                i++;
            } else if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text with each lone surrogate replaced by U+FFFD; the same instance if it has none. */
    public static String replaceLoneSurrogates(String s) {
        if (!hasLoneSurrogate(s)) {
            return s;
        }
        StringBuilder repaired = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (isPairAt(s, i)) {
                repaired.append(s.charAt(i)).append(s.charAt(i + 1));
                i++;
            } else {
                char c = s.charAt(i);
                repaired.append(Character.isSurrogate(c) ? REPLACEMENT_CHARACTER : c);
            }
        }
        return repaired.toString();
    }

    /**
     * How many UTF-8 bytes the char at {@code i} takes, with a pair counted at its high surrogate (4) and
     * its low surrogate (0); a lone surrogate counts 3, as U+FFFD does.
     */
    public static int utf8Width(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        if (isPairAt(s, i)) {
            return 4;
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
            return 0;
        }
        return 3;
    }

    /** The UTF-8 length of the text, a lone surrogate counted as U+FFFD. */
    public static int utf8Length(CharSequence s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            bytes += utf8Width(s, i);
        }
        return bytes;
    }

    /**
     * The end of the longest prefix of {@code s} whose UTF-8 form fits in {@code maxBytes}, never between the
     * two halves of a pair.
     */
    public static int utf8PrefixEnd(CharSequence s, int maxBytes) {
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int chars = isPairAt(s, i) ? 2 : 1;
            int width = chars == 2 ? 4 : utf8Width(s, i);
            if (bytes + width > maxBytes) {
                return i;
            }
            bytes += width;
            i += chars;
        }
        return s.length();
    }
}

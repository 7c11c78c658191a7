package dev.statuskit.http.internal;

import dev.statuskit.http.ProblemFormat;
import dev.statuskit.i18n.QValue;
import java.util.Arrays;
import java.util.Locale;

/** A tolerant, bounded reader of {@code Accept} that chooses a {@link ProblemFormat}. */
public final class AcceptNegotiation {
    /** The most characters of a header that are read; the rest is ignored. */
    public static final int MAX_HEADER_CHARS = 8192;
    /** The most well-formed media ranges that are considered; later ones are ignored. */
    public static final int MAX_RANGES = 64;

    private static final ProblemFormat[] FORMATS = ProblemFormat.values();
    private static final int NO_MATCH = -1;
    private static final int ANY = 0;
    private static final int ANY_SUBTYPE = 1;
    private static final int SUFFIX = 2;
    private static final int EXACT = 3;

    private AcceptNegotiation() {
    }

    /** See {@link ProblemFormat#negotiate(String)}. */
    public static ProblemFormat negotiate(String accept) {
        if (accept == null || accept.isEmpty()) {
            return ProblemFormat.JSON;
        }
        int[] specificity = new int[FORMATS.length];
        int[] weight = new int[FORMATS.length];
        Arrays.fill(specificity, NO_MATCH);
        int limit = Math.min(accept.length(), MAX_HEADER_CHARS);
        int ranges = 0;
        for (int start = 0; start < limit && ranges < MAX_RANGES; ) {
            int end = find(accept, ',', start, limit);
            if (consider(accept, start, end, specificity, weight)) {
                ranges++;
            }
            start = end + 1;
        }
        ProblemFormat best = ProblemFormat.JSON;
        int bestWeight = 0;
        int bestSpecificity = NO_MATCH;
        for (ProblemFormat format : FORMATS) {
            int i = format.ordinal();
            if (weight[i] > bestWeight || (weight[i] == bestWeight && weight[i] > 0 && specificity[i] > bestSpecificity)) {
                best = format;
                bestWeight = weight[i];
                bestSpecificity = specificity[i];
            }
        }
        return best;
    }

    /** Reads one element {@code type/subtype *(;param)}; false if it is malformed. */
    private static boolean consider(String s, int start, int end, int[] specificity, int[] weight) {
        int rangeEnd = find(s, ';', start, end);
        int from = skipSpace(s, start, rangeEnd);
        int to = trimSpace(s, from, rangeEnd);
        int slash = find(s, '/', from, to);
        if (!isToken(s, from, slash) || !isToken(s, slash + 1, to)) {
            return false;
        }
        String type = s.substring(from, slash).toLowerCase(Locale.ROOT);
        String subtype = s.substring(slash + 1, to).toLowerCase(Locale.ROOT);
        if (type.equals("*") && !subtype.equals("*")) {
            return false;
        }
        int q = QValue.MAX;
        for (int p = rangeEnd; p < end; ) {
            int next = find(s, ';', p + 1, end);
            int a = skipSpace(s, p + 1, next);
            int b = trimSpace(s, a, next);
            if (a < b && (s.charAt(a) == 'q' || s.charAt(a) == 'Q')) {
                int eq = skipSpace(s, a + 1, b);
                if (eq < b && s.charAt(eq) == '=') {
                    q = QValue.parse(s, skipSpace(s, eq + 1, b), b);
                    if (q < 0) {
                        return false;
                    }
                    break; // what follows the weight is accept-ext, ignored
                }
            }
            p = next;
        }
        for (ProblemFormat format : FORMATS) {
            int i = format.ordinal();
            int match = specificity(format, type, subtype);
            if (match > specificity[i] || (match == specificity[i] && match != NO_MATCH && q > weight[i])) {
                specificity[i] = match;
                weight[i] = q;
            }
        }
        return true;
    }

    private static int specificity(ProblemFormat format, String type, String subtype) {
        if (type.equals("*")) {
            return ANY;
        }
        boolean application = type.equals("application");
        boolean text = type.equals("text");
        if (subtype.equals("*")) {
            boolean matches = switch (format) {
                case JSON -> application;
                case XML -> application || text;
                case HTML, TEXT -> text;
            };
            return matches ? ANY_SUBTYPE : NO_MATCH;
        }
        switch (format) {
            case JSON:
                if (application && (subtype.equals("json") || subtype.equals("problem+json"))) {
                    return EXACT;
                }
                return application && subtype.endsWith("+json") ? SUFFIX : NO_MATCH;
            case XML:
                if ((application && (subtype.equals("xml") || subtype.equals("problem+xml")))
                        || (text && subtype.equals("xml"))) {
                    return EXACT;
                }
                return (application || text) && subtype.endsWith("+xml") && !subtype.equals("xhtml+xml")
                        ? SUFFIX : NO_MATCH;
            case HTML:
                return text && subtype.equals("html") ? EXACT : NO_MATCH;
            default:
                return text && subtype.equals("plain") ? EXACT : NO_MATCH;
        }
    }

    /** RFC 9110 §5.6.2 token: one or more tchar. */
    private static boolean isToken(String s, int from, int to) {
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

    /** The index of {@code c} in {@code s[from, to)}, or {@code to}; never reads outside the range. */
    private static int find(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return to;
    }

    private static int skipSpace(String s, int from, int to) {
        while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
            from++;
        }
        return from;
    }

    private static int trimSpace(String s, int from, int to) {
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
            to--;
        }
        return to;
    }
}

package dev.statuskit.http;

import dev.statuskit.i18n.internal.HeaderTokens;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A tolerant, bounded reader of {@code Accept} that chooses a {@link ProblemFormat}, over the one header tokenizer. */
final class AcceptNegotiation {
    /** The most characters of a header that are read; the rest is ignored. */
    static final int MAX_HEADER_CHARS = 8192;
    /** The most well-formed media ranges that are considered; later ones are ignored. */
    static final int MAX_RANGES = 64;

    private static final ProblemFormat[] FORMATS = ProblemFormat.values();
    private static final int NO_MATCH = -1;
    private static final int ANY = 0;
    private static final int ANY_SUBTYPE = 1;
    private static final int SUFFIX = 2;
    private static final int EXACT = 3;

    private AcceptNegotiation() {
    }

    /** See {@link ProblemFormat#negotiate(String)}. */
    static ProblemFormat negotiate(@Nullable String accept) {
        if (accept == null || accept.isEmpty()) {
            return ProblemFormat.JSON;
        }
        int[] specificity = new int[FORMATS.length];
        int[] weight = new int[FORMATS.length];
        Arrays.fill(specificity, NO_MATCH);
        HeaderTokens.read(accept, MAX_HEADER_CHARS, MAX_RANGES, (s, from, to, q) -> {
            int slash = HeaderTokens.find(s, '/', from, to);
            if (!HeaderTokens.isToken(s, from, slash) || !HeaderTokens.isToken(s, slash + 1, to)) {
                return false;
            }
            String type = s.subSequence(from, slash).toString().toLowerCase(Locale.ROOT);
            String subtype = s.subSequence(slash + 1, to).toString().toLowerCase(Locale.ROOT);
            if (type.equals("*") && !subtype.equals("*")) {
                return false;
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
        });
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
}

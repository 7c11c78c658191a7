package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testing.Gen;
import dev.statuskit.testing.RandomCases;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * For any {@code Accept} header, negotiation picks a format the header accepts with the highest weight, or
 * JSON when the header accepts none of them. The expected weights come from a small reference reading of
 * RFC 9110 §12.5.1 written here, independently of the parser under test.
 */
class AcceptNegotiationPropertyTest {
    private static final Gen<String> ACCEPT_LIKE = Gen.of("text/html", "application/json", "*/*", "text/*",
                    "application/*+xml", ";", ",", "q=", "q=0.5", "q=1.0001", ";q=", "/", " ", "\t", "*", "=", "\"",
                    "\u0000", "é", "text/", "/plain", "application/problem+json", "0.", "1", "text/plain",
                    "application/xml", "text/xml", "application/xhtml+xml", ";q=0", ";q=1", ";Q=0.3", "; q = 0.7")
            .joined("", 30);

    @Test
    void choosesTheBestAcceptedFormatForHeaderShapedStrings() {
        RandomCases.check(3000, ACCEPT_LIKE, AcceptNegotiationPropertyTest::choosesTheBestAcceptedFormat);
    }

    @Test
    void choosesTheBestAcceptedFormatForArbitraryUnicode() {
        RandomCases.check(1000, Gen.anyUtf16(40), AcceptNegotiationPropertyTest::choosesTheBestAcceptedFormat);
    }

    @Test
    void theReferenceReadingAgreesWithTheDocumentedExamples() {
        assertThat(weights("text/html;q=0.5, application/*;q=0.9")).containsEntry(ProblemFormat.HTML, 500)
                .containsEntry(ProblemFormat.JSON, 900).containsEntry(ProblemFormat.XML, 900)
                .containsEntry(ProblemFormat.TEXT, 0);
        assertThat(weights("*/*;q=0.1, text/plain;q=0")).containsEntry(ProblemFormat.TEXT, 0)
                .containsEntry(ProblemFormat.JSON, 100);
        assertThat(weights("image/png")).allSatisfy((format, weight) -> assertThat(weight).isZero());
    }

    private static void choosesTheBestAcceptedFormat(String accept) {
        ProblemFormat chosen = ProblemFormat.negotiate(accept);
        Map<ProblemFormat, Integer> weights = weights(accept);
        int best = weights.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (best == 0) {
            assertThat(chosen).as("no format is accepted by %s", weights).isEqualTo(ProblemFormat.JSON);
        } else {
            assertThat(weights.get(chosen)).as("weights %s", weights).isEqualTo(best);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+\\-.^_`|~]+");
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    /** Each format's weight in thousandths: that of the most specific range matching it, 0 when none does. */
    static Map<ProblemFormat, Integer> weights(String accept) {
        Map<ProblemFormat, Integer> weight = new EnumMap<>(ProblemFormat.class);
        Map<ProblemFormat, Integer> specificity = new EnumMap<>(ProblemFormat.class);
        for (ProblemFormat format : ProblemFormat.values()) {
            weight.put(format, 0);
            specificity.put(format, -1);
        }
        for (String element : accept.split(",", -1)) {
            String[] parts = element.split(";", -1);
            String range = parts[0].replaceAll("^[ \t]+|[ \t]+$", "");
            int slash = range.indexOf('/');
            if (slash < 0) {
                continue;
            }
            String type = range.substring(0, slash);
            String subtype = range.substring(slash + 1);
            if (!TOKEN.matcher(type).matches() || !TOKEN.matcher(subtype).matches()
                    || (type.equals("*") && !subtype.equals("*"))) {
                continue;
            }
            Integer q = 1000;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].replaceAll("^[ \t]+|[ \t]+$", "");
                if (param.equalsIgnoreCase("q")) {
                    q = null; // a bare q: malformed
                    break;
                }
                if (param.startsWith("q") || param.startsWith("Q")) {
                    String rest = param.substring(1).replaceAll("^[ \t]+", "");
                    if (rest.startsWith("=")) {
                        String value = rest.substring(1).replaceAll("^[ \t]+", "");
                        q = QVALUE.matcher(value).matches()
                                ? new BigDecimal(value.endsWith(".") ? value + "0" : value).movePointRight(3).intValue()
                                : null;
                        break;
                    }
                }
            }
            if (q == null) {
                continue;
            }
            for (ProblemFormat format : ProblemFormat.values()) {
                int match = match(format, type.toLowerCase(Locale.ROOT), subtype.toLowerCase(Locale.ROOT));
                if (match > specificity.get(format) || (match == specificity.get(format) && match >= 0 && q > weight.get(format))) {
                    specificity.put(format, match);
                    weight.put(format, q);
                }
            }
        }
        return weight;
    }

    /** 3 exact type, 2 structured suffix, 1 type/*, 0 *&#47;*, -1 no match. */
    private static int match(ProblemFormat format, String type, String subtype) {
        if (type.equals("*")) {
            return 0;
        }
        String[] exact = switch (format) {
            case JSON -> new String[] {"application/json", "application/problem+json"};
            case XML -> new String[] {"application/xml", "text/xml", "application/problem+xml"};
            case HTML -> new String[] {"text/html"};
            case TEXT -> new String[] {"text/plain"};
        };
        String[] families = switch (format) {
            case JSON -> new String[] {"application"};
            case XML -> new String[] {"application", "text"};
            case HTML, TEXT -> new String[] {"text"};
        };
        boolean family = java.util.Arrays.asList(families).contains(type);
        if (subtype.equals("*")) {
            return family ? 1 : -1;
        }
        if (java.util.Arrays.asList(exact).contains(type + "/" + subtype)) {
            return 3;
        }
        if (format == ProblemFormat.JSON && family && subtype.endsWith("+json")) {
            return 2;
        }
        if (format == ProblemFormat.XML && family && subtype.endsWith("+xml") && !subtype.equals("xhtml+xml")) {
            return 2;
        }
        return -1;
    }
}

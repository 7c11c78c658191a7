package dev.statuskit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.Problem;
import dev.statuskit.http.ProblemBuilder;
import dev.statuskit.http.ProblemFormat;
import dev.statuskit.http.ProblemRenderer;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.testing.Gen;
import dev.statuskit.testing.RandomCases;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What each renderer writes, the reader reads back as an equal {@link Problem}, for seeded random problems.
 *
 * <p>The generator draws extension numbers as the reader gives them back: {@link Long}s, and {@link BigDecimal}s
 * with a scale other than 0 (a BigDecimal of scale 0 is written as an integer, and an integer that fits a long
 * reads back as a Long). In JSON nothing else is normalized: every UTF-16 string, lone surrogates included,
 * reads back unchanged. XML carries text only, so the XML case compares with the problem as XML can carry it
 * ({@link #asXmlCarriesIt}): every leaf as its string, null and empty containers as {@code ""}, characters
 * XML 1.0 cannot carry as U+FFFD (as the renderer writes them), and carriage returns as line feeds (XML 1.0
 * §2.11 line-end handling, since the renderer writes CR raw).
 */
class RoundTripTest {
    private static final StatusCatalog CATALOG = StatusCatalog.standard();
    private static final ProblemRenderer JSON = ProblemRenderer.of(ProblemFormat.JSON, CATALOG);
    private static final ProblemRenderer XML = ProblemRenderer.of(ProblemFormat.XML, CATALOG);
    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** Extension names as RFC 9457 §3.2 asks: a letter, then at least two letters, digits or "_". */
    private static final Gen<String> NAMES = Gen.chars(LETTERS, 1).flatMap(first -> Gen.chars(LETTERS + "0123456789_", 10)
            .map(rest -> (first.isEmpty() ? "a" : first) + rest)).map(name -> name.length() < 3 ? name + "xyz" : name)
            .map(name -> RESERVED.contains(name) ? name + "_x" : name);
    /** Map keys that are XML names of at least two characters, so never the "i" of a list item. */
    private static final Gen<String> KEYS = Gen.chars(LETTERS + "_", 1).flatMap(first -> Gen.chars(LETTERS + "0123456789_-.", 8)
            .map(rest -> (first.isEmpty() ? "k" : first) + (rest.isEmpty() ? "_" : rest)));
    private static final Gen<String> TEXT = Gen.anyUtf16(40);
    private static final Gen<URI> URIS = Gen.oneOf(
            Gen.chars("abcdefghij-_~0123456789", 12).map(s -> URI.create("https://example.com/probs/" + s)),
            Gen.chars("abcdefghij0123456789", 8).map(s -> URI.create("/errors/" + s + "?q=" + s + "#f")),
            Gen.chars("abcdefghij", 8).map(s -> URI.create("urn:example:" + s)),
            Gen.of(URI.create("about:blank"), URI.create("tag:example.com,2024:x"), URI.create("")));
    private static final Gen<Object> LEAVES = Gen.oneOf(
            TEXT,
            random -> random.nextInt(8) == 0 ? (Object) (random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE)
                    : (Object) random.nextLong(),
            random -> BigDecimal.valueOf(random.nextLong(), random.nextBoolean() ? 1 + random.nextInt(12)
                    : -1 - random.nextInt(12)),
            Gen.of(Boolean.TRUE, Boolean.FALSE),
            random -> null);

    private static Gen<Object> values(int depth) {
        if (depth == 0) {
            return LEAVES;
        }
        Gen<Object> list = values(depth - 1).list(0, 3).map(items -> (Object) items);
        Gen<Object> map = random -> {
            int size = random.nextInt(4);
            Map<String, Object> entries = new LinkedHashMap<>();
            while (entries.size() < size) {
                entries.put(KEYS.next(random), values(depth - 1).next(random));
            }
            return entries;
        };
        return Gen.frequency(2, LEAVES, 1, Gen.oneOf(list, map));
    }

    private static final Gen<Problem> PROBLEMS = random -> {
        ProblemBuilder problem = Problem.builder().status(100 + random.nextInt(500));
        if (random.nextInt(4) > 0) {
            problem.type(URIS.next(random));
        }
        if (random.nextInt(4) > 0) {
            problem.title(TEXT.next(random));
        }
        if (random.nextInt(4) > 0) {
            problem.detail(TEXT.next(random));
        }
        if (random.nextInt(3) == 0) {
            problem.instance(URIS.next(random));
        }
        int extensions = random.nextInt(5);
        for (int i = 0; i < extensions; i++) {
            problem.with(NAMES.next(random), values(3).next(random));
        }
        return problem.build();
    };

    @Test
    void everyProblemTheJsonRendererWritesReadsBackEqual() {
        int cases = RandomCases.check(1000, PROBLEMS, problem -> {
            byte[] json = JSON.render(problem, Locale.ENGLISH);

            assertThat(ProblemReader.json().read(json, 500)).isEqualTo(problem);
        });

        assertThat(cases).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void everyProblemTheXmlRendererWritesReadsBackEqualToWhatXmlCanCarry() {
        int cases = RandomCases.check(1000, PROBLEMS, problem -> {
            byte[] xml = XML.render(problem, Locale.ENGLISH);

            assertThat(ProblemReader.xml().read(xml, 500)).isEqualTo(asXmlCarriesIt(problem));
        });

        assertThat(cases).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void theNormalizationOfTheXmlCaseIsExactlyWhatItSays() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("k1", null);
        map.put("k2", List.of());
        Problem problem = Problem.builder().status(400).title("a\r\nb\rc\u0000").with("num", 30L)
                .with("dec", new BigDecimal("1.50")).with("yes", true).with("nothing", null).with("map", map)
                .with("list", List.of(Map.of(), "x")).build();

        assertThat(asXmlCarriesIt(problem)).isEqualTo(Problem.builder().status(400).title("a\nb\nc\uFFFD")
                .with("num", "30").with("dec", "1.50").with("yes", "true").with("nothing", "")
                .with("map", Map.of("k1", "", "k2", "")).with("list", List.of("", "x")).build());
        assertThat(ProblemReader.xml().read(XML.render(problem, Locale.ENGLISH), 400)).isEqualTo(asXmlCarriesIt(problem));
    }

    @Test
    void jsonNumbersOfOtherJavaTypesReadBackAsLongOrBigDecimalOfEqualValue() {
        Problem problem = Problem.builder().status(400).with("int", 30).with("dbl", 0.5).with("flt", 1.0e10f)
                .with("bigint", new java.math.BigInteger("123456789012345678901234567890")).build();

        Problem read = ProblemReader.json().read(JSON.render(problem, Locale.ENGLISH), 400);

        assertThat(read.extensions()).containsExactly(Map.entry("int", 30L), Map.entry("dbl", new BigDecimal("0.5")),
                Map.entry("flt", new BigDecimal("1.0E10")),
                Map.entry("bigint", new BigDecimal("123456789012345678901234567890")));
    }

    /** The problem as problem+xml can carry it; see the class comment. */
    static Problem asXmlCarriesIt(Problem problem) {
        ProblemBuilder xml = Problem.builder().status(problem.status()).type(problem.type())
                .title(problem.title() != null ? text(problem.title()) : null)
                .detail(problem.detail() != null ? text(problem.detail()) : null).instance(problem.instance());
        problem.extensions().forEach((name, value) -> xml.with(name, carried(value)));
        return xml.build();
    }

    private static Object carried(Object value) {
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return "";
            }
            List<Object> items = new ArrayList<>();
            list.forEach(item -> items.add(carried(item)));
            return items;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "";
            }
            Map<String, Object> entries = new LinkedHashMap<>();
            map.forEach((key, item) -> entries.put((String) key, carried(item)));
            return entries;
        }
        return value == null ? "" : text(value.toString());
    }

    /** U+FFFD for what XML 1.0 cannot carry, as the renderer writes it; then XML 1.0 §2.11 line-end handling. */
    private static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                out.append(c).append(s.charAt(++i));
            } else {
                boolean valid = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
                out.append(valid ? c : '\uFFFD');
            }
        }
        return out.toString().replace("\r\n", "\n").replace('\r', '\n');
    }
}

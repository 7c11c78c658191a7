package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.HttpStatusRegistry;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.owasp.encoder.Encode;

/**
 * The renderers copy the catalog's titles and details from an encoding made once, and write every body into
 * an array of its exact size. Their bytes must be those of encoding every text per request, and those of the
 * renderers they replaced (kept here as {@code Legacy*Renderer}: StAX for XML, the OWASP encoder and a
 * StringBuilder for HTML, a StringBuilder for text).
 */
class PreEncodedTextsTest {
    private static final StatusCatalog CATALOG = StatusCatalog.standard();
    private static final URI INSTANCE = URI.create("/api/items/42?q=a&b=%3Cc%3E");

    /** The renderer as a responder has it, with the catalog's texts encoded once. */
    private static ProblemRenderer preEncoded(ProblemFormat format) {
        return ProblemRenderer.of(format, CATALOG);
    }

    /** The same renderer without encoded texts: every text is encoded per request. */
    private static ProblemRenderer perRequest(ProblemFormat format) {
        return switch (format) {
            case JSON -> new JsonRenderer(Map.of());
            case XML -> new XmlRenderer(Map.of());
            case HTML -> new HtmlRenderer(CATALOG, Map.of());
            case TEXT -> new TextRenderer(Map.of());
        };
    }

    private static ProblemRenderer legacy(ProblemFormat format) {
        return switch (format) {
            case JSON -> LegacyJsonRenderer.INSTANCE;
            case XML -> LegacyXmlRenderer.INSTANCE;
            case HTML -> new LegacyHtmlRenderer(CATALOG);
            case TEXT -> LegacyTextRenderer.INSTANCE;
        };
    }

    @ParameterizedTest
    @EnumSource(ProblemFormat.class)
    void everyStatusInEveryLocaleRendersTheSameBytesPreEncodedAndPerRequestAsBefore(ProblemFormat format) {
        ProblemRenderer preEncoded = preEncoded(format);
        ProblemRenderer perRequest = perRequest(format);
        ProblemRenderer legacy = legacy(format);
        int compared = 0;
        for (Locale locale : CATALOG.supportedLocales()) {
            for (int code = HttpStatusRegistry.MIN_CODE; code <= HttpStatusRegistry.MAX_CODE; code++) {
                LocalizedText text = CATALOG.http(code, locale);
                Problem problem = Problem.builder().status(code).title(text.title()).detail(text.description())
                        .instance(INSTANCE).with(ProblemResponder.ERROR_ID, "e" + code).build();
                byte[] expected = legacy.render(problem, locale);
                assertThat(preEncoded.render(problem, locale)).as("%s %s %d", format, locale, code).isEqualTo(expected);
                assertThat(body(preEncoded, problem, locale, null)).as("%s %s %d", format, locale, code).isEqualTo(expected);
                assertThat(perRequest.render(problem, locale)).as("%s %s %d", format, locale, code).isEqualTo(expected);
                assertThat(body(perRequest, problem, locale, null)).as("%s %s %d", format, locale, code).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(CATALOG.supportedLocales().size() * 500);
    }

    @ParameterizedTest
    @EnumSource(ProblemFormat.class)
    void catalogTextsOfAnotherStatusOrLocaleAndPlainOrEscapedMembersRenderAsBefore(ProblemFormat format) {
        ProblemRenderer renderer = preEncoded(format);
        ProblemRenderer legacy = legacy(format);
        Locale en = Locale.ENGLISH;
        Locale zh = Locale.forLanguageTag("zh-CN");
        LocalizedText notFound = CATALOG.http(404, en);
        LocalizedText notFoundZh = CATALOG.http(404, zh);
        LocalizedText goneZh = CATALOG.http(410, zh);
        URI plainInstance = URI.create("/api/items/42");
        List<Problem> problems = List.of(
                Problem.builder().status(404).title(notFound.title()).detail(notFound.description()).build(),
                Problem.builder().status(404).title(notFound.title()).detail(notFoundZh.description()).build(),
                Problem.builder().status(404).title(goneZh.title()).detail(notFound.description()).build(),
                Problem.builder().status(410).title(notFound.title()).detail(notFound.description()).build(),
                Problem.builder().status(404).detail(notFound.description()).instance(plainInstance).build(),
                Problem.builder().status(404).title(notFound.title()).instance(plainInstance).build(),
                Problem.builder().status(404).title(notFound.title()).detail(notFound.description())
                        .type(URI.create("https://example.com/p/gone")).instance(plainInstance)
                        .with("traceId", "4bf92f3577b34da6a3ce929d0e0e4736").with(ProblemResponder.ERROR_ID, "e1").build(),
                Problem.builder().status(404).title(notFound.title()).detail(notFound.description())
                        .instance(URI.create("/a?b=%3Cc%3E&d")).with(ProblemResponder.ERROR_ID, "x<y>&\"'\u0085\u0001")
                        .with("traceId", "plain").build(),
                Problem.builder().status(404).title(notFound.title()).detail(notFound.description())
                        .with("count", 7).with("traceId", "plain").with("errors", List.of(Map.of("detail", "a&b"))).build());
        for (Problem problem : problems) {
            for (Locale locale : List.of(en, zh, Locale.forLanguageTag("sw"))) {
                byte[] expected = legacy.render(problem, locale);
                // Twice: the first render may make the status's segment, the second takes it.
                assertThat(renderer.render(problem, locale)).as("%s %s %s", format, locale, problem).isEqualTo(expected);
                assertThat(renderer.render(problem, locale)).as("%s %s %s", format, locale, problem).isEqualTo(expected);
                assertThat(body(renderer, problem, locale, null)).as("%s %s %s", format, locale, problem).isEqualTo(expected);
            }
        }
    }

    @Test
    void aStatusSegmentIsMadeOnceFromTheCatalogsTextsForARegisteredStatusInASupportedLocale() {
        List<String> made = new ArrayList<>();
        StatusSegments segments = new StatusSegments(CATALOG, (out, pos, status, title, detail) -> {
            made.add(status + " " + title);
            byte[] bytes = (status + "|" + title + "|" + detail).getBytes(StandardCharsets.UTF_8);
            if (out != null) {
                System.arraycopy(bytes, 0, out, pos, bytes.length);
            }
            return pos + bytes.length;
        });
        Locale en = Locale.ENGLISH;
        LocalizedText notFound = CATALOG.http(404, en);
        assertThat(CATALOG.supportedLocales()).contains(en);
        assertThat(HttpStatusRegistry.of(299).isAssigned()).isFalse();

        byte[] first = segments.lookUp(en, 404, notFound.title(), notFound.description());
        byte[] second = segments.lookUp(en, 404, new String(notFound.title()), notFound.description());

        assertThat(first).isEqualTo((404 + "|" + notFound.title() + "|" + notFound.description()).getBytes(StandardCharsets.UTF_8));
        assertThat(second).isSameAs(first);
        assertThat(segments.lookUp(en, 404, notFound.title(), "Another detail")).isNull();
        assertThat(segments.lookUp(en, 404, notFound.title(), null)).isNull();
        assertThat(segments.lookUp(en, 410, notFound.title(), notFound.description())).isNull();
        assertThat(segments.lookUp(Locale.forLanguageTag("sw"), 404, notFound.title(), notFound.description())).isNull();
        assertThat(segments.lookUp(en, 299, CATALOG.http(299, en).title(), CATALOG.http(299, en).description())).isNull();
        // Measured and written once for 404 and once for 410, from the catalog's texts of each.
        assertThat(made).containsExactly("404 " + notFound.title(), "404 " + notFound.title(),
                "410 " + CATALOG.http(410, en).title(), "410 " + CATALOG.http(410, en).title());
    }

    @ParameterizedTest
    @EnumSource(ProblemFormat.class)
    void theCatalogsTextsAreEncodedOnceForEveryFormat(ProblemFormat format) {
        preEncoded(format);
        Map<String, byte[]> table = CatalogTexts.of(CATALOG, format, text -> {
            throw new AssertionError("Encoded again: " + text);
        });
        LocalizedText zh = CATALOG.http(404, Locale.forLanguageTag("zh-CN"));

        assertThat(table).containsKeys(zh.title(), zh.description());
        assertThat(table.get(zh.title())).isNotEmpty();
        assertThat(table).doesNotContainKey("Not a text of the catalog");
    }

    @ParameterizedTest
    @EnumSource(ProblemFormat.class)
    void everyCharacterIsWrittenAsBefore(ProblemFormat format) {
        ProblemRenderer renderer = preEncoded(format);
        ProblemRenderer legacy = legacy(format);
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "a" + (char) c + "b";
            Problem problem = Problem.builder().status(400).title(s).detail(s).with("member", s).build();
            assertThat(renderer.render(problem, Locale.ENGLISH)).as("%s U+%04X", format, c)
                    .isEqualTo(legacy.render(problem, Locale.ENGLISH));
        }
    }

    @Test
    void htmlTextIsEscapedAsTheOwaspEncoderEscapesIt() {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            texts.add("a" + (char) c + "b");
        }
        for (int plane = 1; plane <= 16; plane++) {
            for (int low : new int[] {0x0000, 0x1234, 0xFFFD, 0xFFFE, 0xFFFF}) {
                texts.add("a" + new String(Character.toChars(plane << 16 | low)) + "b");
            }
        }
        texts.addAll(List.of("\uD800", "\uDC00x", "x\uDBFF", "\uDC00\uD800", "\uD83D\uDE00\uD83D", "&amp;<>\"'"));
        for (String text : texts) {
            assertThat(Utf8.encoded(text, Utf8.HTML)).as(text)
                    .isEqualTo(Encode.forHtml(text).getBytes(StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @EnumSource(ProblemFormat.class)
    void problemsOfEveryShapeRenderAsBefore(ProblemFormat format) {
        ProblemRenderer renderer = preEncoded(format);
        ProblemRenderer legacy = legacy(format);
        Random random = new Random(14);
        for (int i = 0; i < 2_000; i++) {
            Problem problem = randomProblem(random);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"), Locale.forLanguageTag("sw"))) {
                assertThat(renderer.render(problem, locale)).as("%s %s %s", format, locale, problem)
                        .isEqualTo(legacy.render(problem, locale));
                assertThat(body(renderer, problem, locale, null)).as("%s %s %s", format, locale, problem)
                        .isEqualTo(legacy.render(problem, locale));
                // With a query the HTML page's link keeps, which makes the end of the page the answer's own.
                RequestInfo request = new RequestInfo("GET", "/p", null, null, QUERIES[i % QUERIES.length]);
                assertThat(body(renderer, problem, locale, request)).as("%s %s %s", format, locale, problem)
                        .isEqualTo(renderer.render(problem, locale, request));
            }
        }
    }

    /** Queries a request may carry: none, only {@code format}, and others that an HTML page's link keeps. */
    private static final String[] QUERIES = {null, "format=html", "a=1&format=html", "x=\"><script>&y='"};

    /**
     * The bytes of the body an answer keeps, as {@link ErrorAnswer#writeBody} sends it, after checking that
     * {@link ErrorAnswer#body()}'s copy and the length it declares agree with them.
     */
    static byte[] body(ProblemRenderer renderer, Problem problem, Locale locale, @Nullable ProblemRequest request) {
        Body body = ((BodyRenderer) renderer).body(problem, locale, request);
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        try {
            body.writeTo(sent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(body.toByteArray()).isEqualTo(sent.toByteArray());
        assertThat(body.length()).isEqualTo(sent.size());
        return sent.toByteArray();
    }

    private static Problem randomProblem(Random random) {
        ProblemBuilder builder = Problem.builder().status(100 + random.nextInt(500));
        if (random.nextBoolean()) {
            builder.type(URI.create(random.nextBoolean() ? "https://example.com/probs/x?a=1&b=%3C2%3E" : "/probs/out-of-credit"));
        }
        if (random.nextInt(3) > 0) {
            builder.title(randomText(random));
        }
        if (random.nextInt(3) > 0) {
            builder.detail(randomText(random));
        }
        if (random.nextBoolean()) {
            builder.instance(INSTANCE);
        }
        int members = random.nextInt(5);
        for (int m = 0; m < members; m++) {
            String name = random.nextInt(4) == 0 ? ProblemResponder.ERROR_ID : "member" + random.nextInt(6);
            builder.with(name, randomValue(random, 0));
        }
        return builder.build();
    }

    private static Object randomValue(Random random, int depth) {
        int kind = random.nextInt(depth < 3 ? 10 : 7);
        return switch (kind) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt() - (random.nextBoolean() ? 0 : Long.MAX_VALUE / 3);
            case 3 -> random.nextDouble() * 1e6;
            case 4 -> new BigDecimal("-12.50");
            case 5, 6 -> randomText(random);
            case 7 -> Arrays.asList(randomValue(random, depth + 1), randomValue(random, depth + 1));
            default -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("k_" + random.nextInt(3), randomValue(random, depth + 1));
                map.put("z.x-1", randomValue(random, depth + 1));
                yield map;
            }
        };
    }

    private static String randomText(Random random) {
        String[] pieces = {"Not Found", "未找到", "غير موجود", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u0000", "\u001B[31m",
            "\u007F", "\u0085", "\u2028", "\u2029", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uFFFE", "\uFFFF", "\uFDD0", "\u00E9",
            " ", "\\", "{0}"};
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}

package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.StatusCatalog;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.owasp.encoder.Encode;

class HtmlRendererTest {
    private static final ProblemRenderer HTML = ProblemRenderer.of(ProblemFormat.HTML, StatusCatalog.standard());
    private static final String XSS = "<script>alert(1)</script>";

    private static String render(Problem problem, Locale locale) {
        return new String(HTML.render(problem, locale), StandardCharsets.UTF_8);
    }

    private static String render(Problem problem) {
        return render(problem, Locale.ENGLISH);
    }

    @ParameterizedTest
    @CsvSource({
        "en,    en,    ltr",
        "de,    de,    ltr",
        "zh-CN, zh-CN, ltr",
        "ar,    ar,    rtl",
        "he,    he,    rtl",
        "iw-IL, he-IL, rtl",
        "th,    th,    ltr",
        "uk,    uk,    ltr",
    })
    void declaresTheLanguageAndTheWritingDirection(String tag, String lang, String dir) {
        String html = render(Problem.builder().status(404).title("t").build(), Locale.forLanguageTag(tag));

        assertThat(html).contains("<html lang=\"" + lang + "\" dir=\"" + dir + "\">");
    }

    @Test
    void hebrewIsWrittenRightToLeftOnTheErrorPageLikeArabicAndNoOtherShippedLanguageIs() {
        for (Locale locale : StatusCatalog.SHIPPED_LOCALES) {
            String html = render(Problem.builder().status(404).build(), locale);
            boolean rtl = locale.getLanguage().equals("ar") || locale.getLanguage().equals("he");

            assertThat(html).as(locale.toLanguageTag())
                    .contains("<html lang=\"" + locale.toLanguageTag() + "\" dir=\"" + (rtl ? "rtl" : "ltr") + "\">")
                    .contains("<h1>" + StatusCatalog.standard().http(404, locale).title() + "</h1>");
        }
    }

    @Test
    void isAUtf8DocumentThatFitsAPhoneAndLoadsNothingElse() throws CharacterCodingException {
        byte[] bytes = HTML.render(Problem.builder().status(404).title("未找到").detail("غير موجود").build(),
                Locale.forLanguageTag("zh-CN"));
        String html = JsonRendererTest.strictUtf8(bytes);

        assertThat(html).startsWith("<!DOCTYPE html>\n")
                .contains("<meta charset=\"utf-8\">")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("<style>", "default-src 'none'", "未找到", "غير موجود")
                .doesNotContain("<script", "<link", "src=", "@import", "url(");
    }

    @Test
    void showsTheStatusTitleAndDetail() {
        String html = render(Problem.builder().status(503).title("Service Unavailable").detail("Try later.").build());

        assertThat(html).contains("<title>503 Service Unavailable</title>", "<p class=\"status\">503</p>",
                "<h1>Service Unavailable</h1>", "<p>Try later.</p>");
    }

    @Test
    void takesTheLocalizedReasonPhraseWhenTheProblemHasNoTitle() {
        String html = render(Problem.builder().status(404).build(), Locale.GERMAN);

        assertThat(html).contains("<h1>Nicht gefunden</h1>");
    }

    @Nested
    class Escaping {
        @Test
        void escapesScriptPayloadsInEveryMember() {
            Problem problem = Problem.builder().type(URI.create("urn:x:%3Cscript%3E")).title(XSS).status(400).detail(XSS)
                    .instance(URI.create("/a?q=%22")).with("note", XSS).with("list", List.of(XSS))
                    .with("byKey", Map.of("key", XSS)).build();

            String html = render(problem);

            assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }

        @Test
        void escapesQuotesSoNoValueLeavesItsElement() {
            String html = render(Problem.builder().status(400).detail("\" onmouseover=\"x' <b>").build());

            assertThat(html).contains("<p>&#34; onmouseover=&#34;x&#39; &lt;b&gt;</p>");
        }

        @Test
        void staysValidUtf8WithLoneSurrogates() throws CharacterCodingException {
            byte[] bytes = HTML.render(Problem.builder().status(400).detail("a\uD800b").build(), Locale.ENGLISH);

            assertThat(JsonRendererTest.strictUtf8(bytes)).doesNotContain("\uD800").contains("a");
        }
    }

    @Nested
    class Members {
        @Test
        void listsTypeInstanceAndExtensions() {
            Problem problem = Problem.builder().type(URI.create("https://example.com/probs/credit")).status(403)
                    .instance(URI.create("/account/1")).with("balance", 30).with("accounts", List.of("a", "b"))
                    .with("limits", Map.of("daily", 50)).build();

            String html = render(problem);

            assertThat(html).contains("<dt>type</dt><dd><code>https://example.com/probs/credit</code></dd>",
                    "<dt>instance</dt><dd><code>/account/1</code></dd>",
                    "<dt>balance</dt><dd><code>30</code></dd>",
                    "<dt>accounts</dt><dd><ul><li><code>a</code></li><li><code>b</code></li></ul></dd>",
                    "<dt>limits</dt><dd><dl><dt>daily</dt><dd><code>50</code></dd>\n</dl></dd>");
        }

        @Test
        void leavesOutTheListForAPlainAboutBlankProblem() {
            assertThat(render(Problem.builder().status(404).title("Not Found").build())).doesNotContain("<dl>");
        }

        @Test
        void labelsTheErrorIdInTheAnswersLanguage() {
            String html = render(Problem.builder().status(500).with("errorId", "abc-123").build(), Locale.FRENCH);

            assertThat(html).contains("<dt>Identifiant de l&#39;erreur</dt><dd><code>abc-123</code></dd>");
        }

        @Test
        void linksToTheSameAnswerAsProblemJsonInTheAnswersLanguage() {
            String html = render(Problem.builder().status(404).build(), Locale.forLanguageTag("zh-CN"));

            assertThat(html).contains("<p><a href=\"?format=json\" rel=\"alternate\" type=\"application/problem+json\">"
                    + "以 JSON 格式查看此响应</a></p>");
        }

        @Test
        void linksToTheSameRequestAsProblemJsonKeepingItsOtherQueryParameters() {
            ProblemRenderer html = ProblemRenderer.of(ProblemFormat.HTML, StatusCatalog.standard());
            Problem problem = Problem.builder().status(400).instance(URI.create("/items")).build();
            RequestInfo request = new RequestInfo("GET", "/items", "text/html", null, "limit=abc&format=html&lang=ja");

            String page = new String(html.render(problem, Locale.JAPANESE, request), StandardCharsets.UTF_8);

            assertThat(page).contains("<p><a href=\"?format=json&amp;limit=abc&amp;lang=ja\" rel=\"alternate\" "
                    + "type=\"application/problem+json\">このレスポンスを JSON で表示</a></p>\n</main>");
            // Without other parameters, the page is the one the request-free render writes, byte for byte.
            for (String query : new String[] {null, "format=html"}) {
                assertThat(html.render(problem, Locale.JAPANESE, new RequestInfo("GET", "/items", null, null, query)))
                        .isEqualTo(html.render(problem, Locale.JAPANESE));
            }
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "no list         | 404 | ",
            "after a code row | 500 | abc-123",
        })
        void escapesTheKeptQueryAsTheOwaspEncoderDoes(String what, int status, String errorId) {
            ProblemRenderer html = ProblemRenderer.of(ProblemFormat.HTML, StatusCatalog.standard());
            ProblemBuilder builder = Problem.builder().status(status);
            if (errorId != null) {
                builder.with("errorId", errorId);
            }
            // A raw socket can send what a browser would encode; Jetty passes a raw < and " in the query through.
            String query = "x=\"><script>alert(1)</script>&y='&z=%3C";
            String page = new String(html.render(builder.build(), Locale.ENGLISH, new RequestInfo("GET", "/", null, null, query)),
                    StandardCharsets.UTF_8);

            assertThat(page).contains("<a href=\"?format=json&amp;" + Encode.forHtml(query) + "\" rel=")
                    .doesNotContain("<script>").doesNotContain("'&")
                    .endsWith("</a></p>\n</main>\n</body>\n</html>\n");
        }

        @Test
        void labelsTheErrorIdFromAnApplicationBundle() {
            StatusCatalog catalog = StatusCatalog.builder().addBundle("test.statuskit.app-messages").build();
            ProblemRenderer html = ProblemRenderer.of(ProblemFormat.HTML, catalog);

            String page = new String(html.render(Problem.builder().status(500).with("errorId", "abc-123").build(),
                    Locale.GERMAN), StandardCharsets.UTF_8);

            assertThat(page).contains("<dt>Fehlerkennung</dt><dd><code>abc-123</code></dd>");
        }
    }
}

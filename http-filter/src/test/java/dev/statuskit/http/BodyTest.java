package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The body an answer keeps: an HTML page is kept as its shared start, status segment and type's row, the part
 * written for the answer, and its shared end, so that the 1.5 KB every page has in common is never copied for an answer; a JSON body
 * as its type's start and its status's title, status and detail, shared, and the rest written for the answer.
 */
class BodyTest {
    private static final StatusCatalog CATALOG = StatusCatalog.standard();
    private static final BodyRenderer HTML = (BodyRenderer) ProblemRenderer.of(ProblemFormat.HTML, CATALOG);
    private static final URI INSTANCE = URI.create("/api/items/42");

    private static Problem notFound(Locale locale) {
        LocalizedText text = CATALOG.http(404, locale);
        return Problem.builder().type(URI.create("https://statuskit.dev/problems/item-not-found")).title(text.title())
                .status(404).detail(text.description()).instance(INSTANCE).with("traceId", "4bf92f3577b34da6").build();
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN", "ar"})
    void anHtmlPageWithTheCatalogsTextsOwnsOnlyItsDefinitionList(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        Problem problem = notFound(locale);

        Body body = HTML.body(problem, locale, null);
        String page = utf8(body.toByteArray());

        assertThat(page).isEqualTo(utf8(HTML.render(problem, locale)));
        String own = page.substring(page.indexOf("</code></dd>\n<dt>instance</dt>"), page.indexOf("</code></dd>\n</dl>\n<p><a"));
        assertThat(own).endsWith("<dd><code>4bf92f3577b34da6");
        assertThat(body.ownLength()).isEqualTo(utf8Length(own));
        // The start with its style sheet, the status segment, the type's row, the other rows and the end.
        assertThat(body.partCount()).isEqualTo(5);
        assertThat(body.length()).isEqualTo(utf8Length(page));
        assertThat(body.ownLength() * 5).isLessThan(body.length());
    }

    @Test
    void anApplicationsOwnTitleIsWrittenForTheAnswerAndTheStartAndEndAreStillShared() {
        Problem problem = Problem.builder().status(403).title("You do not have enough credit.")
                .detail("Your current balance is 30, but that costs 50.").instance(INSTANCE).build();

        Body body = HTML.body(problem, Locale.ENGLISH, null);
        String page = utf8(body.toByteArray());

        String own = page.substring(page.indexOf("</title>") - "403 You do not have enough credit.".length(),
                page.indexOf("</code></dd>\n</dl>\n<p><a"));
        assertThat(own).startsWith("403 You do not have enough credit.</title>").endsWith("<code>/api/items/42");
        assertThat(body.ownLength()).isEqualTo(utf8Length(own));
        assertThat(body.partCount()).isEqualTo(3);
    }

    @Test
    void aLinkThatKeepsTheRequestsQueryMakesTheEndOfThePageTheAnswersOwn() {
        Problem problem = notFound(Locale.ENGLISH);
        RequestInfo request = new RequestInfo("GET", "/api/items/42", "text/html", "en", "limit=abc");

        Body body = HTML.body(problem, Locale.ENGLISH, request);
        String page = utf8(body.toByteArray());

        assertThat(page).isEqualTo(utf8(HTML.render(problem, Locale.ENGLISH, request)))
                .contains("<a href=\"?format=json&amp;limit=abc\"");
        assertThat(utf8(body.toByteArray()).substring(body.length() - body.ownLength()))
                .startsWith("</code></dd>\n<dt>instance</dt>").endsWith("</html>\n");
        assertThat(body.partCount()).isEqualTo(4);
    }

    @Test
    void aPageWithoutADefinitionListOwnsNothingAndIsSentFromSharedPartsAlone() {
        LocalizedText text = CATALOG.http(404, Locale.ENGLISH);
        Problem problem = Problem.builder().status(404).title(text.title()).detail(text.description()).build();

        Body body = HTML.body(problem, Locale.ENGLISH, null);

        assertThat(body.ownLength()).isZero();
        assertThat(body.partCount()).isEqualTo(3);
        assertThat(body.toByteArray()).isEqualTo(HTML.render(problem, Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN", "ar"})
    void aJsonBodyWithTheCatalogsTextsOwnsOnlyWhatFollowsTheDetail(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        BodyRenderer json = (BodyRenderer) ProblemRenderer.of(ProblemFormat.JSON, CATALOG);
        Problem problem = notFound(locale);

        Body body = json.body(problem, locale, null);

        assertThat(body.toByteArray()).isEqualTo(json.render(problem, locale));
        // The type's start, the status's title, status and detail, and this answer's own members.
        assertThat(body.partCount()).isEqualTo(3);
        assertThat(body.ownLength()).isEqualTo(utf8Length(",\"instance\":\"/api/items/42\",\"traceId\":\"4bf92f3577b34da6\"}"));
        // The same type's start is taken for a 500 with an error id, whose own part is its instance and id.
        LocalizedText text = CATALOG.http(500, locale);
        Problem serverError = Problem.builder().type(problem.type()).title(text.title()).status(500).detail(text.description())
                .instance(INSTANCE).with(ProblemResponder.ERROR_ID, "3f2c8a9e-5b7d-4e1f-9a6c-0d8e7b5a4c21").build();
        Body second = json.body(serverError, locale, null);
        assertThat(second.toByteArray()).isEqualTo(json.render(serverError, locale));
        assertThat(second.ownLength()).isEqualTo(utf8Length(
                ",\"instance\":\"/api/items/42\",\"errorId\":\"3f2c8a9e-5b7d-4e1f-9a6c-0d8e7b5a4c21\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"own title", "type to escape", "other script in instance"})
    void aJsonBodyIsRenderedWholeUnlessItsTextsAreTheCatalogsAndItsTypeIsPlain(String what) {
        BodyRenderer json = (BodyRenderer) ProblemRenderer.of(ProblemFormat.JSON, CATALOG);
        LocalizedText text = CATALOG.http(404, Locale.ENGLISH);
        ProblemBuilder builder = Problem.builder().status(404).title(text.title()).detail(text.description()).instance(INSTANCE);
        switch (what) {
            case "own title" -> builder.title("Item 42 is gone");
            case "type to escape" -> builder.type(URI.create("https://example.com/d\u00e9j\u00e0-vu"));
            default -> builder.instance(URI.create("/api/\u9879\u76ee/42"));
        }
        Problem problem = builder.build();

        Body body = json.body(problem, Locale.ENGLISH, null);

        assertThat(body.toByteArray()).isEqualTo(json.render(problem, Locale.ENGLISH));
        // A body whose rest needs escaping or encoding still shares its start and middle; the others are whole.
        assertThat(body.partCount()).isEqualTo(what.startsWith("other") ? 3 : 1);
    }

    @ParameterizedTest
    @EnumSource(value = ProblemFormat.class, names = {"XML", "TEXT"})
    void theOtherFormatsAreRenderedWholeForEachAnswer(ProblemFormat format) {
        BodyRenderer renderer = (BodyRenderer) ProblemRenderer.of(format, CATALOG);
        Problem problem = notFound(Locale.ENGLISH);

        Body body = renderer.body(problem, Locale.ENGLISH, null);

        assertThat(body.partCount()).isOne();
        assertThat(body.ownLength()).isEqualTo(body.length());
        assertThat(body.toByteArray()).isEqualTo(renderer.render(problem, Locale.ENGLISH));
    }

    @Test
    void sendingABodyWritesEachNonEmptyPartOnceInOrderAndCopiesNone() throws Exception {
        Problem problem = notFound(Locale.ENGLISH);
        Body body = HTML.body(problem, Locale.ENGLISH, null);
        List<Integer> writes = new ArrayList<>();
        ByteArrayOutputStream sent = new ByteArrayOutputStream() {
            @Override
            public void write(byte[] b, int off, int len) {
                writes.add(len);
                super.write(b, off, len);
            }
        };

        body.writeTo(sent);

        assertThat(writes).hasSize(5).contains(body.ownLength());
        assertThat(sent.toByteArray()).isEqualTo(HTML.render(problem, Locale.ENGLISH));
    }

    @Test
    void anHtmlAnswerAllocatesLessThanAQuarterOfItsPage() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "this JVM does not count allocated bytes");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Problem problem = notFound(Locale.ENGLISH);
        int calls = 2_000;
        int pageLength = HTML.body(problem, Locale.ENGLISH, null).length();

        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < calls; i++) {
            HTML.body(problem, Locale.ENGLISH, null);
        }
        long perBody = (threads.getCurrentThreadAllocatedBytes() - before) / calls;
        long before2 = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < calls; i++) {
            HTML.render(problem, Locale.ENGLISH);
        }
        long perPage = (threads.getCurrentThreadAllocatedBytes() - before2) / calls;

        // The page rendered whole allocates at least the page; the body as an answer keeps it, a fraction of that.
        assertThat(perPage).isGreaterThanOrEqualTo(pageLength);
        assertThat(perBody * 4).isLessThan(pageLength);
    }
}

package dev.statuskit.it;

import static dev.statuskit.testing.HttpCalls.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import dev.statuskit.testing.HttpCalls;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jakarta Validation errors on every server: a query parameter, a path parameter, the body and a return value
 * validated by the Jakarta REST implementation's own validation (Jersey's bean validation, RESTEasy's validator
 * provider), and a servlet that throws the violations; the messages in the request's language (Hibernate
 * Validator's own translations, and StatusKit's where it has none), in en, de, ja, zh-CN, ar, he and th.
 */
class ValidationErrorsTest {
    /**
     * Per language: the 400 title, then the @Min(1), @NotBlank, @Positive and @Pattern messages: Hibernate
     * Validator's, or StatusKit's where it has none (all four in he and th, @Positive in ar).
     */
    static final List<List<String>> MESSAGES = List.of(
            List.of("en", "Bad Request", "must be greater than or equal to 1", "must not be blank",
                    "must be greater than 0", "must match \\\"[a-z]{3}\\\""),
            List.of("de", "Ungültige Anfrage", "muss größer-gleich 1 sein", "darf nicht leer sein",
                    "muss größer als 0 sein", "muss mit \\\"[a-z]{3}\\\" übereinstimmen"),
            List.of("ja", "不正なリクエスト", "1 以上の値にしてください", "空白は許可されていません",
                    "0 より大きな値にしてください", "正規表現 \\\"[a-z]{3}\\\" にマッチさせてください"),
            List.of("zh-CN", "错误请求", "最小不能小于1", "不能为空", "必须是正数", "需要匹配正则表达式\\\"[a-z]{3}\\\""),
            List.of("ar", "طلب غير صالح", "يجب أن تكون أكبر من أو مساوية ل 1", "لا يمكن أن تكون فارغة",
                    "يجب أن تكون أكبر من 0", "يجب أن يتطابق مع \\\"[a-z]{3}\\\""),
            List.of("he", "בקשה שגויה", "חייב להיות לפחות 1", "אינו יכול להיות ריק או להכיל רווחים בלבד",
                    "חייב להיות גדול מ-0", "חייב להתאים לתבנית \\\"[a-z]{3}\\\""),
            List.of("th", "คำขอไม่ถูกต้อง", "ต้องมีค่ามากกว่าหรือเท่ากับ 1", "ต้องไม่ว่างเปล่าหรือมีแต่ช่องว่าง",
                    "ต้องมีค่ามากกว่า 0", "ต้องตรงกับรูปแบบ \\\"[a-z]{3}\\\""));

    static Stream<Arguments> serversAndLanguages() {
        return ServerKind.available().stream().flatMap(kind -> MESSAGES.stream()
                .map(m -> Arguments.of(kind, m.get(0), m.get(1), m.get(2), m.get(3), m.get(4), m.get(5))));
    }

    static Stream<Arguments> servletContainersAndLanguages() {
        return serversAndLanguages().filter(arguments -> ((ServerKind) arguments.get()[0]).isServletContainer());
    }

    static Stream<ServerKind> servers() {
        return ServerKind.available().stream();
    }

    static HttpResponse<String> post(ServerKind kind, String path, String json, String language) {
        HttpRequest request = HttpRequest.newBuilder(Servers.get(kind).uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpCalls.call(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(ServerKind kind, String path, String language) {
        return HttpCalls.send(Servers.get(kind).base(), "GET", path, "Accept-Language", language);
    }

    static void assertBadRequest(HttpResponse<String> response, String tag, String title, String errors) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(header(response, "Content-Language")).isEqualTo(tag);
        assertThat(response.body()).startsWith("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":400,")
                .endsWith(",\"errors\":" + errors + "}");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serversAndLanguages")
    void anInvalidQueryParameterIsA400WithOneErrorNamingIt(ServerKind kind, String tag, String title, String min,
                                                            String blank, String positive, String pattern) {
        assertBadRequest(get(kind, "api/validated/items?limit=0", tag), tag, title,
                "[{\"detail\":\"" + min + "\",\"parameter\":\"limit\"}]");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serversAndLanguages")
    void anInvalidPathParameterIsA400WithOneErrorNamingIt(ServerKind kind, String tag, String title, String min,
                                                           String blank, String positive, String pattern) {
        assertBadRequest(get(kind, "api/validated/items/AB1", tag), tag, title,
                "[{\"detail\":\"" + pattern + "\",\"parameter\":\"code\"}]");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serversAndLanguages")
    void anInvalidBodyIsA400WithAPointerToEachInvalidMember(ServerKind kind, String tag, String title, String min,
                                                             String blank, String positive, String pattern) {
        assertBadRequest(post(kind, "api/validated/items", "{\"name\": \" \", \"price\": 0}", tag), tag, title,
                "[{\"detail\":\"" + blank + "\",\"pointer\":\"#/name\"},{\"detail\":\"" + positive + "\",\"pointer\":\"#/price\"}]");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("servletContainersAndLanguages")
    void aServletThatThrowsTheViolationsGetsTheSameProblemFromTheFilter(ServerKind kind, String tag, String title,
                                                                       String min, String blank, String positive,
                                                                       String pattern) {
        assertBadRequest(get(kind, "servlet/validate/?name=&price=0", tag), tag, title,
                "[{\"detail\":\"" + blank + "\",\"pointer\":\"#/name\"},{\"detail\":\"" + positive + "\",\"pointer\":\"#/price\"}]");
    }

    /** StatusKit's text of an {@code errors} entry for a parameter whose value could not be converted. */
    static String unconvertible(String tag) {
        return StatusCatalog.standard().text("errors.parameter-format", Locale.forLanguageTag(tag)).orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serversAndLanguages")
    void aQueryParameterThatCannotBeConvertedIsA400WithOneErrorNamingItNotJakartaRests404(ServerKind kind, String tag,
            String title, String min, String blank, String positive, String pattern) {
        HttpResponse<String> response = get(kind, "api/validated/items?limit=abc%3Cb%3E", tag);
        assertBadRequest(response, tag, title, "[{\"detail\":\"" + unconvertible(tag) + "\",\"parameter\":\"limit\"}]");
        assertThat(response.body()).doesNotContain("abc").doesNotContain("<b>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void aHeaderParameterThatCannotBeConvertedIsA400WithOneErrorNamingIt(ServerKind kind) {
        HttpResponse<String> response = HttpCalls.send(Servers.get(kind).base(), "GET", "api/validated/page",
                "Accept-Language", "ja", "X-Page", "two");
        assertBadRequest(response, "ja", "不正なリクエスト", "[{\"detail\":\"" + unconvertible("ja") + "\",\"parameter\":\"X-Page\"}]");
        assertThat(response.body()).doesNotContain("two");
        assertThat(HttpCalls.send(Servers.get(kind).base(), "GET", "api/validated/page", "X-Page", "2").body())
                .isEqualTo("{\"page\":2}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void aPathParameterThatCannotBeConvertedKeepsJakartaRests404AndNamesIt(ServerKind kind) {
        HttpResponse<String> response = get(kind, "api/retry/soon", "de");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(header(response, "Content-Language")).isEqualTo("de");
        assertThat(response.body()).startsWith("{\"type\":\"about:blank\",\"title\":\"Nicht gefunden\",\"status\":404,")
                .endsWith(",\"errors\":[{\"detail\":\"" + unconvertible("de") + "\",\"parameter\":\"minutes\"}]}")
                .doesNotContain("soon");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void aValidRequestPassesUntouched(ServerKind kind) {
        assertThat(get(kind, "api/validated/items?limit=7", "en").body()).isEqualTo("{\"limit\":7}");
        assertThat(get(kind, "api/validated/items/abc", "en").body()).isEqualTo("{\"code\":\"abc\"}");
        HttpResponse<String> created = post(kind, "api/validated/items", "{\"name\": \"mug\", \"price\": 4}", "en");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).isEqualTo("{\"name\":\"mug\",\"price\":4}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void anInvalidReturnValueIsA500ThatShowsNothingOfIt(ServerKind kind) {
        HttpResponse<String> response = get(kind, "api/validated/broken", "de");
        assertThat(response.statusCode()).isEqualTo(500);
        JsonObject problem = HttpCalls.json(response);
        assertThat(problem.keySet()).containsExactly("type", "title", "status", "detail", "errorId");
        assertThat(problem.getString("title")).isEqualTo("Interner Serverfehler");
        assertThat(response.body()).doesNotContain("broken").doesNotContain("null").doesNotContain("NotNull");
    }

    static Stream<Arguments> serversAndUnreadableBodies() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        return ServerKind.available().stream().flatMap(kind -> Stream.of(
                Arguments.of(kind, "truncated", "{\"name\": \"mug\", \"price\":"),
                Arguments.of(kind, "not JSON", "name=mug&price=4"),
                Arguments.of(kind, "a string for a number", "{\"name\": \"mug\", \"price\": \"cheap\"}"),
                Arguments.of(kind, "a number beyond an int", "{\"name\": \"mug\", \"price\": 1e40}"),
                Arguments.of(kind, "5000 levels of nesting", "{\"name\": " + deep + ", \"price\": 4}"),
                Arguments.of(kind, "an array for the object", "[1, 2, 3]")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serversAndUnreadableBodies")
    void aMalformedBodyIsA400NeverA500(ServerKind kind, String what, String body) {
        HttpResponse<String> response = post(kind, "api/validated/items", body, "en");
        assertThat(response.statusCode()).as(what).isEqualTo(400);
        assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.body()).startsWith("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,")
                .doesNotContain("cheap").doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void anOversizedNameIsA400ThatPointsAtItAndDoesNotEchoIt(ServerKind kind) {
        String name = "x".repeat(1_000_000);
        HttpResponse<String> response = post(kind, "api/validated/items", "{\"name\": \"" + name + "\", \"price\": 4}", "en");
        assertBadRequest(response, "en", "Bad Request",
                "[{\"detail\":\"size must be between 0 and 100\",\"pointer\":\"#/name\"}]");
        assertThat(response.body()).hasSizeLessThan(400);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void everyErrorIsSafeInHtml(ServerKind kind) {
        // The resource produces JSON only, so the page is asked for with ?format=html, not Accept.
        HttpResponse<String> response = HttpCalls.send(Servers.get(kind).base(), "GET",
                "api/validated/items/%3Cimg%3E?format=html", "Accept-Language", "en");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(header(response, "Content-Type")).startsWith("text/html");
        assertThat(response.body()).doesNotContain("<img>").contains("<dt>errors</dt>")
                .contains("<code>must match &#34;[a-z]{3}&#34;</code>").contains("<code>code</code>");
    }
}

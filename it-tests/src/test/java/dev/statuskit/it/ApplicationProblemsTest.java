package dev.statuskit.it;

import static dev.statuskit.testing.HttpCalls.header;
import static dev.statuskit.testing.HttpCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.it.app.AppProblems;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import dev.statuskit.testing.HttpCalls;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Application problem types ({@link AppProblems}) on every server: thrown by a Jakarta REST resource, returned
 * as an entity, thrown by a servlet; localized by the one responder in en, de, ja, zh-CN and ar, with the
 * numbers and plurals of each language (ICU4J through statuskit-icu).
 */
class ApplicationProblemsTest {
    static final String TYPE = "https://example.com/probs/out-of-credit";

    /** The out-of-credit texts the demo's bundle has, as the five languages of these tests read them. */
    static final List<List<String>> OUT_OF_CREDIT = List.of(
            List.of("en", "You do not have enough credit.", "Your current balance is 30, but that costs 50."),
            List.of("de", "Ihr Guthaben reicht nicht aus.", "Ihr aktuelles Guthaben beträgt 30, dieser Kauf kostet jedoch 50."),
            List.of("ja", "クレジットが不足しています。", "現在の残高は 30 ですが、このご購入には 50 が必要です。"),
            List.of("zh-CN", "余额不足。", "当前余额为 30，但此次购买需要 50。"),
            List.of("ar", "الرصيد غير كافٍ.", "الرصيد الحالي 30، لكن تكلفة عملية الشراء هذه 50."));

    static JsonObject json(HttpResponse<byte[]> response) {
        try (JsonReader reader = Json.createReader(new StringReader(text(response)))) {
            return reader.readObject();
        }
    }

    static Stream<Arguments> serversAndLanguages() {
        return ServerKind.available().stream().flatMap(kind -> OUT_OF_CREDIT.stream()
                .map(texts -> Arguments.of(kind, texts.get(0), texts.get(1), texts.get(2))));
    }

    static Stream<Arguments> servletContainersAndLanguages() {
        return serversAndLanguages().filter(arguments -> ((ServerKind) arguments.get()[0]).isServletContainer());
    }

    static void assertOutOfCredit(HttpResponse<byte[]> response, String tag, String title, String detail) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(header(response, "Content-Language")).isEqualTo(tag);
        assertThat(text(response)).isEqualTo("{\"type\":\"" + TYPE + "\",\"title\":\"" + title + "\",\"status\":403,"
                + "\"detail\":\"" + detail + "\",\"balance\":30,\"accounts\":[\"/account/12345\",\"/account/67890\"]}");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serversAndLanguages")
    void aProblemTypeThrownByAResourceIsAnsweredInTheRequestsLanguage(ServerKind kind, String tag, String title,
                                                                       String detail) {
        assertOutOfCredit(HttpCalls.sendBytes("POST", Servers.get(kind).uri("api/purchase"), null, tag), tag, title, detail);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serversAndLanguages")
    void aProblemTypeBuiltInCodeAndReturnedIsLocalizedAllTheSame(ServerKind kind, String tag, String title,
                                                                  String detail) {
        assertOutOfCredit(HttpCalls.get(Servers.get(kind).uri("api/purchase/returned"), null, tag), tag, title, detail);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("servletContainersAndLanguages")
    void aProblemTypeThrownByAServletIsAnsweredByTheFilter(ServerKind kind, String tag, String title, String detail) {
        assertOutOfCredit(HttpCalls.get(Servers.get(kind).uri("servlet/problem/purchase"), null, tag), tag, title, detail);
    }

    static Stream<Arguments> serversAndFormats() {
        return ServerKind.available().stream().flatMap(kind -> Stream.of(
                Arguments.of(kind, "application/xml", "<title>Ihr Guthaben reicht nicht aus.</title>"),
                Arguments.of(kind, "text/html", "<h1>Ihr Guthaben reicht nicht aus.</h1>"),
                Arguments.of(kind, "text/plain", "403 Ihr Guthaben reicht nicht aus.\n")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("serversAndFormats")
    void rendersInEveryFormat(ServerKind kind, String accept, String expected) {
        HttpResponse<byte[]> response = HttpCalls.sendBytes("POST", Servers.get(kind).uri("api/purchase"), accept, "de");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(header(response, "Content-Language")).isEqualTo("de");
        assertThat(text(response)).contains(expected)
                .contains("Ihr aktuelles Guthaben beträgt 30, dieser Kauf kostet jedoch 50.")
                .contains(TYPE).contains("/account/67890");
    }

    static Stream<Arguments> serversAndPlurals() {
        List<List<Object>> cases = List.of(
                List.of("en", 1, "Too many attempts.", "Try again in 1 minute."),
                List.of("en", 5, "Too many attempts.", "Try again in 5 minutes."),
                List.of("de", 1, "Zu viele Versuche.", "Versuchen Sie es in 1 Minute erneut."),
                List.of("de", 2, "Zu viele Versuche.", "Versuchen Sie es in 2 Minuten erneut."),
                List.of("ja", 5, "試行回数が多すぎます。", "5分後にもう一度お試しください。"),
                List.of("zh-CN", 1, "尝试次数过多。", "请在 1 分钟后重试。"),
                List.of("ar", 1, "محاولات كثيرة جدًا.", "أعد المحاولة بعد دقيقة واحدة."),
                List.of("ar", 2, "محاولات كثيرة جدًا.", "أعد المحاولة بعد دقيقتين."),
                List.of("ar", 3, "محاولات كثيرة جدًا.", "أعد المحاولة بعد 3 دقائق."),
                List.of("ar", 11, "محاولات كثيرة جدًا.", "أعد المحاولة بعد 11 دقيقة."));
        return ServerKind.available().stream().flatMap(kind -> cases.stream()
                .map(c -> Arguments.of(kind, c.get(0), c.get(1), c.get(2), c.get(3))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("serversAndPlurals")
    void aPluralFollowsTheRulesOfTheLanguage(ServerKind kind, String tag, int minutes, String title, String detail) {
        HttpResponse<byte[]> response = HttpCalls.get(Servers.get(kind).uri("api/retry/" + minutes), null, tag);
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(header(response, "Content-Language")).isEqualTo(tag);
        JsonObject problem = json(response);
        assertThat(problem.getString("type")).isEqualTo("https://example.com/probs/retry-later");
        assertThat(problem.getString("title")).isEqualTo(title);
        assertThat(problem.getString("detail")).isEqualTo(detail);
    }

    static Stream<ServerKind> servers() {
        return ServerKind.available().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void aLanguageTheBundleLacksFallsBackToEnglishAndSaysSo(ServerKind kind) {
        HttpResponse<byte[]> response = HttpCalls.get(Servers.get(kind).uri("api/retry/2"), null, "ko");
        assertThat(header(response, "Content-Language")).isEqualTo("en");
        assertThat(json(response).getString("detail")).isEqualTo("Try again in 2 minutes.");
    }
}

package dev.statuskit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.testing.HttpCalls;
import dev.statuskit.testing.Scripts;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's promise as a user in each language meets it: every kind of error the demo answers, asked for in each
 * shipped language other than English, comes back in that language. Its {@code Content-Language} is the language
 * asked for, and its title, its detail and the detail of each {@code errors} entry are written in that language's
 * script and are none of the English answer's texts.
 */
class EveryLanguageTest {
    static DemoServer demo;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The texts of each call's answer in English. */
    static final Map<Call, List<String>> ENGLISH = new EnumMap<>(Call.class);

    /** One error of each kind the demo answers, from Jakarta REST, a servlet, the container and an application. */
    enum Call {
        REST_NOT_FOUND("GET", "api/items/42", null),
        REST_METHOD_NOT_ALLOWED("POST", "api/items/1", null),
        PARAMETER_BELOW_MINIMUM("GET", "api/items?limit=0", null),
        PARAMETER_NOT_A_NUMBER("GET", "api/items?limit=abc", null),
        INVALID_BODY("POST", "api/items", "{\"name\": \" \", \"price\": -3}"),
        MALFORMED_BODY("POST", "api/items", "{\"name\": "),
        OUT_OF_CREDIT("POST", "api/purchase", null),
        HIDDEN_EXCEPTION("GET", "api/boom", null),
        SERVLET_SEND_ERROR("GET", "status/503", null),
        SERVLET_PROBLEM_TYPE("GET", "status/abc", null),
        SERVLET_METHOD_NOT_ALLOWED("DELETE", "status/404", null),
        CONTAINER_NOT_FOUND("GET", "no/such/page", null),
        EXPLORER_METHOD_NOT_ALLOWED("PUT", "", null);

        final String method;
        final String path;
        final @Nullable String json;

        Call(String method, String path, @Nullable String json) {
            this.method = method;
            this.path = path;
            this.json = json;
        }

        HttpResponse<String> send(String language) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + path))
                    .timeout(Duration.ofSeconds(10)).header("Accept-Language", language)
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start("127.0.0.1", 0);
        for (Call call : Call.values()) {
            HttpResponse<String> english = call.send("en");
            assertThat(english.statusCode()).as(call.name()).isBetween(400, 599);
            ENGLISH.put(call, texts(HttpCalls.json(english.body())));
        }
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    static Stream<Arguments> callsAndLanguages() {
        return Stream.of(Call.values()).flatMap(call -> StatusCatalog.SHIPPED_LOCALES.stream()
                .filter(locale -> !locale.getLanguage().equals("en")).map(locale -> Arguments.of(call, locale)));
    }

    /** The title, the detail and each {@code errors} entry's detail. */
    static List<String> texts(JsonObject problem) {
        List<String> texts = new ArrayList<>();
        texts.add(problem.getString("title"));
        texts.add(problem.getString("detail"));
        JsonValue errors = problem.get("errors");
        if (errors != null) {
            errors.asJsonArray().forEach(entry -> texts.add(((JsonString) entry.asJsonObject().get("detail")).getString()));
        }
        return texts;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("callsAndLanguages")
    void isAnsweredInTheLanguageAskedForWithNoTextOfTheEnglishAnswer(Call call, Locale locale) throws Exception {
        String tag = locale.toLanguageTag();
        HttpResponse<String> response = call.send(tag);
        List<String> english = ENGLISH.get(call);

        assertThat(response.headers().firstValue("Content-Language")).as(call.name()).contains(tag);
        List<String> texts = texts(HttpCalls.json(response.body()));
        assertThat(texts).as("%s in %s", call, tag).hasSameSizeAs(english).doesNotContainAnyElementsOf(english);
        for (String text : texts) {
            assertThat(Scripts.isWrittenIn(text, locale)).as("%s in %s: %s", call, tag, text).isTrue();
        }
    }
}

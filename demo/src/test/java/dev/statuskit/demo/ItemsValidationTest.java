package dev.statuskit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/items} validated by Jakarta Validation on Jersey: every invalid request is a 400 problem. */
class ItemsValidationTest {
    static DemoServer demo;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    static HttpResponse<String> send(String method, String path, String body, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + path)).timeout(Duration.ofSeconds(10))
                .header("Accept-Language", language)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | Bad Request              | must be greater than or equal to 1
            de    | Ungültige Anfrage        | muss größer-gleich 1 sein
            ja    | 不正なリクエスト            | 1 以上の値にしてください
            zh-CN | 错误请求                   | 最小不能小于1
            he    | בקשה שגויה               | חייב להיות לפחות 1
            th    | คำขอไม่ถูกต้อง               | ต้องมีค่ามากกว่าหรือเท่ากับ 1
            vi    | Yêu cầu không hợp lệ     | phải lớn hơn hoặc bằng 1
            id    | Permintaan Tidak Valid   | harus lebih besar dari atau sama dengan 1
            """)
    void aLimitBelowOneIsA400WithOneErrorForTheParameterInTheRequestsLanguage(String tag, String title, String detail)
            throws Exception {
        HttpResponse<String> response = send("GET", "api/items?limit=0", null, tag);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Language")).contains(tag);
        assertThat(response.body()).startsWith("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":400,")
                .endsWith(",\"errors\":[{\"detail\":\"" + detail + "\",\"parameter\":\"limit\"}]}");
    }

    @Test
    void aLimitInRangeListsTheItems() throws Exception {
        HttpResponse<String> response = send("GET", "api/items?limit=2", null, "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[{\"id\":1,\"name\":\"kettle\"},{\"id\":2,\"name\":\"teapot\"}]");
    }

    @Test
    void anInvalidBodyIsA400WithAPointerToEachInvalidMember() throws Exception {
        HttpResponse<String> response = send("POST", "api/items", "{\"name\": \" \", \"price\": -3}", "de");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).endsWith(",\"errors\":[{\"detail\":\"darf nicht leer sein\",\"pointer\":\"#/name\"},"
                + "{\"detail\":\"muss größer als 0 sein\",\"pointer\":\"#/price\"}]}");
    }

    /**
     * In the languages Hibernate Validator does not translate (he, id, th, vi) and for the keys it lacks in others
     * (Positive in ar and tr), the messages are StatusKit's; the rest stay Hibernate Validator's (NotBlank in ar, tr).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            he | אינו יכול להיות ריק או להכיל רווחים בלבד      | חייב להיות גדול מ-0
            th | ต้องไม่ว่างเปล่าหรือมีแต่ช่องว่าง                   | ต้องมีค่ามากกว่า 0
            vi | không được để trống hoặc chỉ gồm khoảng trắng | phải lớn hơn 0
            id | tidak boleh kosong atau hanya berisi spasi    | harus lebih besar dari 0
            ar | لا يمكن أن تكون فارغة                          | يجب أن تكون أكبر من 0
            tr | boş değer olamaz                              | 0 değerinden büyük olmalı
            """)
    void anInvalidBodyIsExplainedInEveryLanguageEvenThoseHibernateValidatorDoesNotTranslate(String tag, String blank,
            String positive) throws Exception {
        HttpResponse<String> response = send("POST", "api/items", "{\"name\": \" \", \"price\": -3}", tag);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Language")).contains(tag);
        assertThat(response.body()).endsWith(",\"errors\":[{\"detail\":\"" + blank + "\",\"pointer\":\"#/name\"},"
                + "{\"detail\":\"" + positive + "\",\"pointer\":\"#/price\"}]}");
    }

    @Test
    void aValidBodyIsCreated() throws Exception {
        HttpResponse<String> response = send("POST", "api/items", "{\"name\": \"mug\", \"price\": 4.5}", "en");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("{\"name\":\"mug\",\"price\":4.5}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated    | {"name": "mug", "price":
            not JSON     | name=mug
            wrong type   | {"name": "mug", "price": "cheap"}
            """)
    void aMalformedBodyIsA400NeverA500(String what, String body) throws Exception {
        HttpResponse<String> response = send("POST", "api/items", body, "en");
        assertThat(response.statusCode()).as(what).isEqualTo(400);
        assertThat(response.body()).startsWith("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,");
    }
}

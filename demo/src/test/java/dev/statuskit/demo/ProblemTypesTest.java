package dev.statuskit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.testing.Scripts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's application problem types, in each of the twenty languages: {@code POST /api/purchase}, RFC 9457's
 * out-of-credit example, and {@code GET /status/abc}, the invalid-status problem a servlet throws.
 */
class ProblemTypesTest {
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

    static HttpResponse<String> status(String code, String language) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(demo.baseUrl() + "status/" + code))
                .timeout(Duration.ofSeconds(10)).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> purchase(String accept, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + "api/purchase"))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10))
                .header("Accept-Language", language);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Properties read(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemTypesTest.class.getResourceAsStream(
                "/dev/statuskit/demo/problems" + suffix + ".properties")) {
            assertThat(in).as("problems%s.properties", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static Stream<Locale> translated() {
        return StatusCatalog.SHIPPED_LOCALES.stream().filter(l -> !l.equals(Locale.ENGLISH));
    }

    @Test
    void isRfc9457sOwnExampleInEnglish() throws Exception {
        HttpResponse<String> response = purchase(null, "en");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.headers().firstValue("Content-Language")).contains("en");
        assertThat(response.body()).isEqualTo("{\"type\":\"https://example.com/probs/out-of-credit\","
                + "\"title\":\"You do not have enough credit.\",\"status\":403,"
                + "\"detail\":\"Your current balance is 30, but that costs 50.\",\"balance\":30,"
                + "\"accounts\":[\"/account/12345\",\"/account/67890\"]}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            zh-CN | 余额不足。 | 当前余额为 30，但此次购买需要 50。
            zh-TW | 餘額不足。 | 目前餘額為 30，但此次購買需要 50。
            ja    | クレジットが不足しています。 | 現在の残高は 30 ですが、このご購入には 50 が必要です。
            ko    | 크레딧이 부족합니다. | 현재 잔액은 30이며, 이 구매의 금액은 50입니다.
            de    | Ihr Guthaben reicht nicht aus. | Ihr aktuelles Guthaben beträgt 30, dieser Kauf kostet jedoch 50.
            fr    | Votre crédit est insuffisant. | Votre solde actuel est de 30, mais cet achat coûte 50.
            es    | No tiene crédito suficiente. | Su saldo actual es de 30, pero esta compra cuesta 50.
            pt-BR | Você não tem crédito suficiente. | Seu saldo atual é de 30, mas esta compra custa 50.
            ru    | Недостаточно средств. | Текущий баланс составляет 30, а стоимость этой покупки — 50.
            it    | Il credito disponibile non è sufficiente. | Il saldo attuale è di 30, ma questo acquisto costa 50.
            ar    | الرصيد غير كافٍ. | الرصيد الحالي 30، لكن تكلفة عملية الشراء هذه 50.
            nl    | U hebt onvoldoende tegoed. | Uw huidige saldo is 30, maar deze aankoop kost 50.
            pl    | Niewystarczające środki. | Bieżące saldo wynosi 30, a ten zakup kosztuje 50.
            tr    | Bakiyeniz yetersiz. | Mevcut bakiyeniz 30, ancak bu satın alma işleminin tutarı 50.
            uk    | Недостатньо коштів. | Поточний баланс становить 30, а вартість цієї покупки — 50.
            vi    | Không đủ tín dụng. | Số dư hiện tại là 30, nhưng giao dịch mua này có giá 50.
            id    | Kredit Anda tidak mencukupi. | Saldo Anda saat ini 30, tetapi pembelian ini memerlukan 50.
            th    | เครดิตไม่เพียงพอ | ยอดคงเหลือปัจจุบันคือ 30 แต่การซื้อนี้มีราคา 50
            he    | היתרה אינה מספיקה. | היתרה הנוכחית היא 30, אך עלות הרכישה הזו היא 50.
            """)
    void isAnsweredInEachLanguageWithItsNumbersFormattedForIt(String tag, String title, String detail) throws Exception {
        HttpResponse<String> response = purchase("application/problem+json", tag);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Language")).contains(tag);
        assertThat(response.body()).startsWith("{\"type\":\"https://example.com/probs/out-of-credit\",\"title\":\""
                + title + "\",\"status\":403,\"detail\":\"" + detail + "\",\"balance\":30,");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translated")
    void everyTranslationHasBothTextsInItsOwnScriptAndNoEnglish(Locale locale) throws IOException {
        Properties english = read("");
        Properties translation = read("_" + locale);
        assertThat(translation.stringPropertyNames()).isEqualTo(Set.of("out-of-credit.title", "out-of-credit.detail",
                "invalid-status.title", "invalid-status.detail"));
        for (String key : translation.stringPropertyNames()) {
            String text = translation.getProperty(key);
            assertThat(text).as("%s in %s", key, locale).isNotEqualTo(english.getProperty(key));
            assertThat(Scripts.isWrittenIn(text, locale)).as("%s in %s: %s", key, locale, text).isTrue();
        }
        for (String key : new String[] {"out-of-credit.detail", "invalid-status.detail"}) {
            assertThat(translation.getProperty(key)).as("both arguments of %s in %s", key, locale)
                    .contains("{0, number}").contains("{1, number}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | Invalid status code | The status code must be a number from 400 to 599.
            zh-CN | 无效的状态码 | 状态码必须是 400 到 599 之间的数字。
            zh-TW | 無效的狀態碼 | 狀態碼必須是 400 到 599 之間的數字。
            ja    | 無効なステータスコード | ステータスコードには 400 から 599 までの数値を指定してください。
            ko    | 잘못된 상태 코드 | 상태 코드는 400부터 599까지의 숫자여야 합니다.
            de    | Ungültiger Statuscode | Der Statuscode muss eine Zahl von 400 bis 599 sein.
            fr    | Code d'état non valide | Le code d'état doit être un nombre compris entre 400 et 599.
            es    | Código de estado no válido | El código de estado debe ser un número del 400 al 599.
            pt-BR | Código de status inválido | O código de status deve ser um número de 400 a 599.
            ru    | Недопустимый код состояния | Код состояния должен быть числом от 400 до 599.
            it    | Codice di stato non valido | Il codice di stato deve essere un numero compreso tra 400 e 599.
            ar    | رمز حالة غير صالح | يجب أن يكون رمز الحالة رقمًا من 400 إلى 599.
            nl    | Ongeldige statuscode | De statuscode moet een getal van 400 tot en met 599 zijn.
            pl    | Nieprawidłowy kod statusu | Kod statusu musi być liczbą od 400 do 599.
            tr    | Geçersiz durum kodu | Durum kodu 400 ile 599 arasında bir sayı olmalıdır.
            uk    | Неприпустимий код стану | Код стану має бути числом від 400 до 599.
            vi    | Mã trạng thái không hợp lệ | Mã trạng thái phải là một số từ 400 đến 599.
            id    | Kode status tidak valid | Kode status harus berupa angka dari 400 sampai 599.
            th    | รหัสสถานะไม่ถูกต้อง | รหัสสถานะต้องเป็นตัวเลขตั้งแต่ 400 ถึง 599
            he    | קוד מצב לא תקין | קוד המצב חייב להיות מספר בין 400 ל-599.
            """)
    void anInvalidStatusIsTheServletsProblemTypeInEachLanguageWithoutEchoingTheValue(String tag, String title, String detail)
            throws Exception {
        for (String code : new String[] {"abc", "399", "600", "", "%3Cb%3E"}) {
            HttpResponse<String> response = status(code, tag);
            assertThat(response.statusCode()).as(code).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Language")).as(code).contains(tag);
            assertThat(response.body()).as(code).isEqualTo("{\"type\":\"https://example.com/probs/invalid-status\","
                    + "\"title\":\"" + title + "\",\"status\":400,\"detail\":\"" + detail + "\"}");
        }
    }

    @Test
    void aBrowserGetsThePageInItsLanguageWithTheMembers() throws Exception {
        String html = purchase("text/html", "ar").body();
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">").contains("الرصيد غير كافٍ.")
                .contains("<dt>balance</dt><dd><code>30</code></dd>").contains("/account/67890");
    }
}

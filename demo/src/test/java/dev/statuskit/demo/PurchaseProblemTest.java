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

/** {@code POST /api/purchase}: RFC 9457's out-of-credit example, in each of the twenty languages. */
class PurchaseProblemTest {
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
        try (InputStream in = PurchaseProblemTest.class.getResourceAsStream(
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
        assertThat(translation.stringPropertyNames()).isEqualTo(Set.of("out-of-credit.title", "out-of-credit.detail"));
        for (String key : translation.stringPropertyNames()) {
            String text = translation.getProperty(key);
            assertThat(text).as("%s in %s", key, locale).isNotEqualTo(english.getProperty(key));
            assertThat(Scripts.isWrittenIn(text, locale)).as("%s in %s: %s", key, locale, text).isTrue();
        }
        assertThat(translation.getProperty("out-of-credit.detail")).as("both arguments in %s", locale)
                .contains("{0, number}").contains("{1, number}");
    }

    @Test
    void aBrowserGetsThePageInItsLanguageWithTheMembers() throws Exception {
        String html = purchase("text/html", "ar").body();
        assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">").contains("الرصيد غير كافٍ.")
                .contains("<dt>balance</dt><dd><code>30</code></dd>").contains("/account/67890");
    }
}

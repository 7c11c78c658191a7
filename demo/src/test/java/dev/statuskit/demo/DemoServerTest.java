package dev.statuskit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo's documented endpoints, on a real Jetty on a loopback port. */
class DemoServerTest {
    static DemoServer demo;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        demo.close();
    }

    static HttpResponse<String> get(String path, String accept, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + path)).timeout(Duration.ofSeconds(10));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bindsToLoopbackAndReportsItsUrl() {
        assertThat(demo.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(demo.port()).isPositive();
    }

    @Nested
    class Http {
        @Test
        void itemsOneToThreeExist() throws Exception {
            HttpResponse<String> response = get("api/items/2", null, null);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"id\":2,\"name\":\"teapot\"}");
        }

        @Test
        void otherItemsAreALocalizedNotFound() throws Exception {
            HttpResponse<String> response = get("api/items/7", null, "zh-CN");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("\"title\":\"未找到\"");
        }

        @Test
        void postingAnItemIsNotAllowed() throws Exception {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(demo.baseUrl() + "api/items/1"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow").orElse("")).contains("GET");
        }

        @Test
        void boomNeverShowsItsSecret() throws Exception {
            for (String accept : new String[] {"application/json", "text/html", "application/xml", "text/plain"}) {
                HttpResponse<String> response = get("api/boom", accept, "ja");
                assertThat(response.statusCode()).isEqualTo(500);
                assertThat(response.body()).doesNotContain(BoomResource.SECRET).doesNotContain("IllegalStateException");
            }
        }

        @ParameterizedTest(name = "/status/{0} -> {1}")
        @CsvSource({"418, 418", "503, 503", "599, 599", "399, 400", "600, 400", "abc, 400", "'', 400"})
        void statusSendsErrorsFrom400To599AndExplainsTheRuleOtherwise(String code, int status) throws Exception {
            HttpResponse<String> response = get("status/" + code, "application/json", "en");
            assertThat(response.statusCode()).isEqualTo(status);
            assertThat(response.body()).contains("\"status\":" + status);
            if (status == 400) {
                assertThat(response.body()).contains("\"type\":\"https://example.com/probs/invalid-status\"")
                        .contains("The status code must be a number from 400 to 599.");
            }
        }

        @Test
        void theContainersOwn404GoesThroughTheFilter() throws Exception {
            HttpResponse<String> response = get("no/such/page", null, "ar");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(response.headers().firstValue("Content-Language")).contains("ar");
        }

        @Test
        void formatAndLangParametersChooseTheRepresentation() throws Exception {
            HttpResponse<String> response = get("status/404?format=json&lang=ja", "text/html", "en");
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(response.headers().firstValue("Content-Language")).contains("ja");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "status/404?lang=ja,         ja",
            "api/items/42?lang=uk,       uk",
            "api/boom?lang=he,           he",
            "no/such/page?lang=th,       th",
            "api/items/42?lang=de-AT,    de",
            "api/items/42?lang=xx,       fr",
            "status/404?lang=%3Cx%3E,    fr",
        })
        void theLangParameterChoosesTheLanguageOfEveryAnswerThroughTheLocaleResolver(String path, String expected)
                throws Exception {
            HttpResponse<String> response = get(path, "application/problem+json", "fr");
            assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
            assertThat(response.headers().firstValue("Content-Language")).contains(expected);
            assertThat(response.body()).doesNotContain("<x>");
        }

        @Test
        void aTraceparentGivesEveryProblemItsTraceId() throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + "api/boom"))
                    .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01").build();
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("\"traceId\":\"0af7651916cd43dd8448eb211c80319c\"");
        }
    }

    @Nested
    class Explorer {
        @Test
        void listsEveryRegisteredCodeInTheNegotiatedLanguage() throws Exception {
            HttpResponse<String> response = get("", "text/html", "zh-CN,zh;q=0.9");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Language")).contains("zh-CN");
            String html = response.body();
            assertThat(html).contains("<html lang=\"zh-CN\" dir=\"ltr\">");
            assertThat(html.split("<tr id=\"http-", -1)).hasSize(65);
            assertThat(html).contains("<tr id=\"ws-1014\">").contains("未找到");
        }

        @Test
        void theLangParameterWinsOverTheHeaderAndArabicIsRightToLeft() throws Exception {
            String html = get("?lang=ar", null, "de").body();
            assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">");
        }

        @ParameterizedTest(name = "?lang={0} -> {1}, {2}")
        @CsvSource({
            "en, en, ltr", "zh-CN, zh-CN, ltr", "zh-TW, zh-TW, ltr", "ja, ja, ltr", "ko, ko, ltr", "de, de, ltr",
            "fr, fr, ltr", "es, es, ltr", "pt-BR, pt-BR, ltr", "ru, ru, ltr", "it, it, ltr", "ar, ar, rtl",
            "nl, nl, ltr", "pl, pl, ltr", "tr, tr, ltr", "uk, uk, ltr", "vi, vi, ltr", "id, id, ltr", "th, th, ltr",
            "he, he, rtl", "iw, he, rtl", "in, id, ltr", "uk-UA, uk, ltr", "zh-HK, zh-TW, ltr",
        })
        void theLangParameterAcceptsEveryShippedLanguageAndHebrewIsRightToLeft(String lang, String tag, String dir)
                throws Exception {
            HttpResponse<String> response = get("?lang=" + lang, null, "de");
            assertThat(response.headers().firstValue("Content-Language")).contains(tag);
            assertThat(response.body()).contains("<html lang=\"" + tag + "\" dir=\"" + dir + "\">")
                    .contains("<option value=\"" + tag + "\" selected lang=\"" + tag + "\">");
        }

        @Test
        void theSwitcherListsTheTwentyLanguagesByTheirNativeNamesInTheCatalogsOrder() throws Exception {
            String html = get("", null, "en").body();
            Matcher option = Pattern.compile("<option value=\"([^\"]+)\"(?: selected)? lang=\"\\1\">([^<]+)</option>").matcher(html);
            List<String> options = new ArrayList<>();
            while (option.find()) {
                options.add(option.group(1) + " " + option.group(2));
            }
            assertThat(options).containsExactly("en English", "zh-CN 简体中文", "zh-TW 繁體中文", "ja 日本語", "ko 한국어",
                    "de Deutsch", "fr Français", "es Español", "pt-BR Português (Brasil)", "ru Русский", "it Italiano",
                    "ar العربية", "nl Nederlands", "pl Polski", "tr Türkçe", "uk Українська", "vi Tiếng Việt",
                    "id Bahasa Indonesia", "th ไทย", "he עברית");
        }

        @Test
        void theTryItDataKeepsTheLatinHintApartFromTheLocalizedAdvice() throws Exception {
            assertThat(get("?lang=en", null, null).body()).contains(
                    "\"1000\":{\"name\":\"Normal Closure\",\"category\":\"standard\",\"hint\":\"NEVER\",\"advice\":\"Do not reconnect\"}");
            assertThat(get("?lang=he", null, null).body()).contains("\"hint\":\"WITH_BACKOFF\",\"advice\":\"");
        }

        @Test
        void anUnsupportedLangParameterFallsBackToTheHeader() throws Exception {
            String html = get("?lang=%3Cscript%3E", null, "ko").body();
            assertThat(html).contains("<html lang=\"ko\"").doesNotContain("<script>alert");
        }
    }

    @Nested
    class EchoWebSocket {

        WebSocket connect(WebSocketRecorder recorder, String language) throws Exception {
            return CLIENT.newWebSocketBuilder().header("Accept-Language", language)
                    .buildAsync(URI.create(demo.baseUrl().replace("http", "ws") + "ws/echo"), recorder)
                    .get(5, TimeUnit.SECONDS);
        }

        @Test
        void echoesTextAndClosesWithASendableCode() throws Exception {
            WebSocketRecorder recorder = new WebSocketRecorder();
            WebSocket socket = connect(recorder, "en");
            socket.sendText("hello", true).get(5, TimeUnit.SECONDS);
            assertThat(recorder.next()).isEqualTo("hello");
            socket.sendText("close 4001 done for now", true).get(5, TimeUnit.SECONDS);
            assertThat(recorder.closed.get(5, TimeUnit.SECONDS)).isEqualTo("4001 done for now");
        }

        @Test
        void rejectsAnUnsendableCodeInTheClientsLanguageAndKeepsEchoing() throws Exception {
            WebSocketRecorder recorder = new WebSocketRecorder();
            WebSocket socket = connect(recorder, "zh-CN");
            socket.sendText("close 1005 nope", true).get(5, TimeUnit.SECONDS);
            // Two Chinese sentences, the first ended with an ideographic full stop rather than ". ".
            assertThat(recorder.next()).isEqualTo("rejected 1005: 未收到状态码。关闭帧中未携带状态码。此值仅在本地报告，从不发送。");
            socket.sendText("still here", true).get(5, TimeUnit.SECONDS);
            assertThat(recorder.next()).isEqualTo("still here");
            assertThat(recorder.closed).isNotDone();
            socket.sendClose(1000, "").get(5, TimeUnit.SECONDS);
        }

        @Test
        void rejectsAMalformedCodeWithoutReflectingIt() throws Exception {
            WebSocketRecorder recorder = new WebSocketRecorder();
            WebSocket socket = connect(recorder, "en");
            socket.sendText("close <b>\u0007x", true).get(5, TimeUnit.SECONDS);
            assertThat(recorder.next())
                    .isEqualTo("rejected <b>?x: Invalid close code. This is not a number. A close code is a number from 1000 to 4999.");
            socket.sendClose(1000, "").get(5, TimeUnit.SECONDS);
        }

        /** A code that is not a number is said to be none, in the client's language; a number outside the ranges is. */
        @Test
        void aCodeThatIsNotANumberIsSaidToBeNoneAndOneOutsideTheRangesIsExplainedAsSuch() throws Exception {
            WebSocketRecorder recorder = new WebSocketRecorder();
            WebSocket socket = connect(recorder, "ja");
            socket.sendText("close abc", true).get(5, TimeUnit.SECONDS);
            assertThat(recorder.next())
                    .isEqualTo("rejected abc: 無効なクローズコード。これは数値ではありません。クローズコードは 1000 から 4999 までの数値です。");
            socket.sendText("close 5000", true).get(5, TimeUnit.SECONDS);
            assertThat(recorder.next()).isEqualTo("rejected 5000: 無効なクローズコード。"
                    + "この番号は、WebSocket プロトコルで定義されたクローズコードの範囲外です。");
            socket.sendClose(1000, "").get(5, TimeUnit.SECONDS);
        }
    }

    @Nested
    class Metrics {
        /** HTTP/1.1, as Prometheus scrapes. */
        final HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        @ParameterizedTest
        @EnumSource(DemoServer.Container.class)
        void metricsShowTheExactCountsOfProblemsAndClosesInThePrometheusTextFormat(DemoServer.Container container)
                throws Exception {
            try (DemoServer own = DemoServer.start("127.0.0.1", 0, container)) {   // a registry of its own: exact counts
                URI base = URI.create(own.baseUrl());
                assertThat(send(base.resolve("api/items/42"), "Accept-Language", "ja").statusCode()).isEqualTo(404);
                assertThat(send(base.resolve("api/boom"), "Accept", "application/json").statusCode()).isEqualTo(500);

                WebSocketRecorder recorder = new WebSocketRecorder();
                WebSocket socket = CLIENT.newWebSocketBuilder().buildAsync(URI.create(own.baseUrl().replace("http", "ws")
                        + "ws/echo"), recorder).get(5, TimeUnit.SECONDS);
                socket.sendText("close 1005 x", true).get(5, TimeUnit.SECONDS);
                assertThat(recorder.next()).startsWith("rejected 1005: ");
                socket.sendText("close 4001 done", true).get(5, TimeUnit.SECONDS);
                assertThat(recorder.closed.get(5, TimeUnit.SECONDS)).isEqualTo("4001 done");

                List<String> expected = List.of(
                        "statuskit_http_problems_total{format=\"json\",locale=\"en\",status=\"500\",status_class=\"5xx\"} 1.0",
                        "statuskit_http_problems_total{format=\"json\",locale=\"ja\",status=\"404\",status_class=\"4xx\"} 1.0",
                        "statuskit_websocket_closes_total{category=\"never-sent\",code=\"1005\",direction=\"sent\",outcome=\"refused\"} 1.0",
                        "statuskit_websocket_closes_total{category=\"private\",code=\"4000-4999\",direction=\"received\",outcome=\"received\"} 1.0",
                        "statuskit_websocket_closes_total{category=\"private\",code=\"4000-4999\",direction=\"sent\",outcome=\"sent\"} 1.0");
                // The server reports the received close once the handshake ends, on the container's thread: wait for it.
                HttpResponse<String> metrics = send(base.resolve("metrics"));
                for (int i = 0; i < 100 && !samples(metrics).equals(expected); i++) {
                    Thread.sleep(50);
                    metrics = send(base.resolve("metrics"));
                }
                assertThat(metrics.statusCode()).isEqualTo(200);
                assertThat(metrics.headers().firstValue("Content-Type")).contains(container == DemoServer.Container.TOMCAT
                        ? "text/plain;version=0.0.4;charset=utf-8" : "text/plain; version=0.0.4; charset=utf-8");
                assertThat(samples(metrics)).containsExactlyElementsOf(expected);
                assertThat(metrics.body()).contains("# TYPE statuskit_http_problems_total counter",
                        "# TYPE statuskit_websocket_closes_total counter");
            }
        }

        HttpResponse<String> send(URI uri, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return http11.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The StatusKit samples of a scrape, sorted; comments and other meters left out. */
        List<String> samples(HttpResponse<String> metrics) {
            return metrics.body().lines().filter(line -> line.startsWith("statuskit_")).sorted().toList();
        }
    }
}

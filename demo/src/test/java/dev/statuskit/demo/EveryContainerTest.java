package dev.statuskit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.demo.DemoServer.Container;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.testing.RawHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demo on each container (Jetty, Tomcat, Grizzly with Tyrus) serves every endpoint with the same answer: status,
 * headers and body, checked exactly, through the JDK's HTTP and WebSocket clients.
 */
class EveryContainerTest {
    /**
     * HTTP/1.1, as a browser speaks plain http; the JDK client's default first request, which asks for
     * {@code Upgrade: h2c}, has a test of its own.
     */
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final Map<Container, DemoServer> DEMOS = new EnumMap<>(Container.class);
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_VARY = "Accept, Accept-Language";

    @BeforeAll
    static void start() throws Exception {
        DEMOS.putAll(EveryContainerDemos.start());
    }

    @AfterAll
    static void stop() {
        EveryContainerDemos.close(DEMOS);
    }

    static HttpResponse<String> get(Container container, String path, String... headers) throws Exception {
        return send(container, "GET", path, null, headers);
    }

    /** A POST, with this JSON body or none. */
    static HttpResponse<String> post(Container container, String path, String json, String... headers) throws Exception {
        return send(container, "POST", path, json, headers);
    }

    static HttpResponse<String> send(Container container, String method, String path, String json, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(DEMOS.get(container).baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }

    /** Asserts a problem answer: status, JSON problem headers in that language, and the exact body. */
    static void assertProblem(HttpResponse<String> response, int status, String language, String body) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(header(response, "Content-Type")).isEqualTo(PROBLEM_JSON);
        assertThat(header(response, "Content-Language")).isEqualTo(language);
        assertThat(header(response, "Vary")).isEqualTo(PROBLEM_VARY);
        assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
        assertThat(response.body()).isEqualTo(body);
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void reportsItsLoopbackUrlAndContainer(Container container) {
        DemoServer demo = DEMOS.get(container);
        assertThat(demo.baseUrl()).isEqualTo("http://127.0.0.1:" + demo.port() + "/");
        assertThat(demo.port()).isPositive();
        assertThat(demo.container()).isEqualTo(container);
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void theExplorerIsTheSamePageInTheLanguageOfLangOrAcceptLanguage(Container container) throws Exception {
        HttpResponse<String> german = get(container, "?lang=de", "Accept-Language", "ja");
        assertThat(german.statusCode()).isEqualTo(200);
        assertThat(header(german, "Content-Type")).isEqualTo("text/html;charset=utf-8");
        assertThat(header(german, "Content-Language")).isEqualTo("de");
        assertThat(header(german, "Vary")).isEqualTo("Accept-Language");
        assertThat(german.body()).contains("<html lang=\"de\" dir=\"ltr\">");
        assertThat(header(german, "Content-Length")).isEqualTo(Integer.toString(german.body().getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length));
        assertThat(german.body()).isEqualTo(get(Container.JETTY, "?lang=de").body());

        HttpResponse<String> japanese = get(container, "", "Accept-Language", "ja");
        assertThat(header(japanese, "Content-Language")).isEqualTo("ja");
        assertThat(japanese.body()).contains("<html lang=\"ja\" dir=\"ltr\">");
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void itemsOneToThreeExistAndOthersAreALocalizedNotFound(Container container) throws Exception {
        HttpResponse<String> item = get(container, "api/items/2");
        assertThat(item.statusCode()).isEqualTo(200);
        assertThat(header(item, "Content-Type")).isEqualTo("application/json");
        assertThat(item.body()).isEqualTo("{\"id\":2,\"name\":\"teapot\"}");

        assertProblem(get(container, "api/items/7?lang=de", "Accept-Language", "ja"), 404, "de",
                "{\"type\":\"about:blank\",\"title\":\"Nicht gefunden\",\"status\":404,\"detail\":\"Die angeforderte"
                + " Ressource wurde nicht gefunden. Überprüfen Sie die Adresse und versuchen Sie es erneut.\"}");
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void theItemsListAndNewItemsAreValidated(Container container) throws Exception {
        HttpResponse<String> list = get(container, "api/items?limit=2");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).isEqualTo("[{\"id\":1,\"name\":\"kettle\"},{\"id\":2,\"name\":\"teapot\"}]");

        HttpResponse<String> tooFew = get(container, "api/items?limit=0", "Accept-Language", "de");
        assertThat(tooFew.statusCode()).isEqualTo(400);
        assertThat(header(tooFew, "Content-Type")).isEqualTo(PROBLEM_JSON);
        assertThat(header(tooFew, "Content-Language")).isEqualTo("de");
        assertThat(tooFew.body()).startsWith("{\"type\":\"about:blank\",\"title\":\"Ungültige Anfrage\",\"status\":400,")
                .endsWith(",\"errors\":[{\"detail\":\"muss größer-gleich 1 sein\",\"parameter\":\"limit\"}]}");

        HttpResponse<String> notANumber = get(container, "api/items?limit=abc", "Accept-Language", "de");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).startsWith("{\"type\":\"about:blank\",\"title\":\"Ungültige Anfrage\",\"status\":400,")
                .endsWith(",\"errors\":[{\"detail\":\"Der Wert hat kein Format, das dieser Parameter akzeptiert.\","
                        + "\"parameter\":\"limit\"}]}");

        HttpResponse<String> invalid = post(container, "api/items", "{\"name\": \" \", \"price\": -3}",
                "Accept-Language", "de");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).endsWith(",\"errors\":[{\"detail\":\"darf nicht leer sein\",\"pointer\":\"#/name\"},"
                + "{\"detail\":\"muss größer als 0 sein\",\"pointer\":\"#/price\"}]}");

        HttpResponse<String> valid = post(container, "api/items", "{\"name\": \"mug\", \"price\": 4.5}");
        assertThat(valid.statusCode()).isEqualTo(201);
        assertThat(valid.body()).isEqualTo("{\"name\":\"mug\",\"price\":4.5}");
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void boomIsAHidden500WithAnErrorIdAndNoSecret(Container container) throws Exception {
        HttpResponse<String> response = get(container, "api/boom", "Accept-Language", "de");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(header(response, "Content-Type")).isEqualTo(PROBLEM_JSON);
        assertThat(header(response, "Content-Language")).isEqualTo("de");
        assertThat(response.body()).matches("\\{\"type\":\"about:blank\",\"title\":\"Interner Serverfehler\",\"status\":500,"
                + "\"detail\":\"[^\"]+\",\"errorId\":\"[0-9a-f-]{36}\"}")
                .doesNotContain(BoomResource.SECRET).doesNotContain("IllegalStateException");
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void aPurchaseIsRfc9457sOutOfCreditProblem(Container container) throws Exception {
        assertProblem(post(container, "api/purchase", null, "Accept-Language", "de"), 403, "de",
                "{\"type\":\"https://example.com/probs/out-of-credit\",\"title\":\"Ihr Guthaben reicht nicht aus.\","
                + "\"status\":403,\"detail\":\"Ihr aktuelles Guthaben beträgt 30, dieser Kauf kostet jedoch 50.\","
                + "\"balance\":30,\"accounts\":[\"/account/12345\",\"/account/67890\"]}");
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void statusAnswersEachErrorAndExplainsTheRuleOtherwise(Container container) throws Exception {
        assertProblem(get(container, "status/418?lang=de"), 418, "de",
                "{\"type\":\"about:blank\",\"title\":\"(nicht verwendet)\",\"status\":418,\"detail\":\"Dieser Statuscode"
                + " wird von HTTP nicht verwendet. Seine Nummer ist reserviert, weil sie für Scherze und Experimente"
                + " genutzt wurde.\"}");
        for (String path : new String[] {"status/abc", "status/"}) {
            assertProblem(get(container, path, "Accept-Language", "fr"), 400, "fr",
                    "{\"type\":\"https://example.com/probs/invalid-status\",\"title\":\"Code d'état non valide\","
                    + "\"status\":400,\"detail\":\"Le code d'état doit être un nombre compris entre 400 et 599.\"}");
        }
        HttpResponse<String> unavailable = get(container, "status/503", "Accept", "text/html", "Accept-Language", "ja");
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(header(unavailable, "Content-Type")).isEqualTo("text/html;charset=utf-8");
        assertThat(header(unavailable, "Content-Language")).isEqualTo("ja");
        assertThat(withoutErrorId(unavailable.body())).isEqualTo(withoutErrorId(get(Container.JETTY, "status/503",
                "Accept", "text/html", "Accept-Language", "ja").body())).contains("<title>503 ");
    }

    /** The page with its errorId, which is new for every answer, replaced. */
    static String withoutErrorId(String html) {
        return html.replaceFirst("<code>[0-9a-f-]{36}</code>", "<code>ERROR-ID</code>");
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void aRequestAskingForH2cIsAnsweredInHttp11WithItsContentTypeProblemsIncluded(Container container) throws Exception {
        URI base = URI.create(DEMOS.get(container).baseUrl());
        // A new client per request: its first request on a connection is the one that asks for Upgrade: h2c.
        HttpResponse<String> item = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("api/items/2"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> problem = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("api/items/42"))
                .header("Accept-Language", "ja").timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(item.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(item.statusCode()).isEqualTo(200);
        assertThat(item.body()).isEqualTo("{\"id\":2,\"name\":\"teapot\"}");
        assertThat(header(item, "Content-Type")).isEqualTo("application/json");
        assertThat(problem.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(header(problem, "Content-Type")).isEqualTo(PROBLEM_JSON);
        assertThat(header(problem, "Content-Language")).isEqualTo("ja");
    }

    /** What the container answers to these raw bytes (no client sends them), read until it closes, as UTF-8. */
    static String raw(Container container, String request) {
        String answers = RawHttp.conversation(URI.create(DEMOS.get(container).baseUrl()),
                request.getBytes(StandardCharsets.ISO_8859_1));
        return new String(answers.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /**
     * A request target that is no URI, refused by the container before the application (Jetty, Tomcat and Grizzly
     * each by its own parser), is a problem through the container's StatusKit handler, the connection closed after
     * it, and the pipelined request after it unanswered. Tomcat and Grizzly have read the headers by then, so the
     * answer is in the request's language; Jetty's parser fails on the request line and hands its handler a
     * stand-in request without headers, so the answer is in the default language.
     */
    @ParameterizedTest
    @EnumSource(Container.class)
    void aTargetTheContainerRefusesIsAProblemAndEndsTheConnection(Container container) throws Exception {
        String answer = raw(container, "GET /no/%zz HTTP/1.1\r\nHost: localhost\r\nAccept-Language: de\r\n\r\n"
                + "GET /api/items/1 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("\r\nContent-Type: " + PROBLEM_JSON + "\r\n")
                .contains("\r\nContent-Language: " + (container == Container.JETTY ? "en" : "de") + "\r\n")
                .contains("\r\nConnection: close\r\n")
                .contains("\"status\":400").doesNotContain("%zz");
        assertThat(answer.split("HTTP/1\\.1 ", -1)).as("one answer").hasSize(2);
    }

    /**
     * A WebSocket handshake for a version other than 13, which RFC 6455 §4.4 answers with 426 and
     * {@code Sec-WebSocket-Version}: each container answers it in its own way, none of which StatusKit sees before
     * it is decided (the README's table of differences lists the three).
     */
    @ParameterizedTest
    @EnumSource(Container.class)
    void aWebSocketHandshakeForAnotherVersionIsAnsweredAsEachContainerDecides(Container container) throws Exception {
        // Tyrus keeps the connection open after its answer, Connection: close notwithstanding.
        String request = "GET /ws/echo HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 12\r\n"
                + "Accept-Language: de\r\nConnection: close\r\n\r\n";
        String answer = RawHttp.firstAnswer(URI.create(DEMOS.get(container).baseUrl()),
                request.getBytes(StandardCharsets.ISO_8859_1));

        switch (container) {
            // Jetty's upgrade declines the version and the request goes on to the servlets, where no one has the path.
            case JETTY -> assertThat(answer).startsWith("HTTP/1.1 404")
                    .contains("\r\nContent-Type: " + PROBLEM_JSON + "\r\n").contains("\r\nContent-Language: de\r\n");
            case TOMCAT -> assertThat(answer).startsWith("HTTP/1.1 426").contains("\r\nSec-WebSocket-Version: 13\r\n")
                    .contains("\r\nContent-Type: " + PROBLEM_JSON + "\r\n").contains("\r\nContent-Language: de\r\n");
            // Tyrus writes its own bodiless answer, with the reason phrase CUSTOM, below any error page generator.
            case GRIZZLY -> assertThat(answer).startsWith("HTTP/1.1 426 CUSTOM\r\n")
                    .contains("\r\nSec-WebSocket-Version: 13\r\n").doesNotContain("Content-Type");
            default -> throw new AssertionError(container);
        }
    }

    /**
     * A method {@code /status} does not take is the catalog's 405 in the request's language on every container: on
     * Jetty and Tomcat a plain {@code HttpServlet}'s, whose own message (English, with the method in it) is not shown.
     */
    @ParameterizedTest
    @EnumSource(Container.class)
    void aMethodTheStatusPageDoesNotTakeIsTheCatalogs405InTheRequestsLanguage(Container container) throws Exception {
        assertProblem(send(container, "DELETE", "status/404", null, "Accept-Language", "fr"), 405, "fr",
                "{\"type\":\"about:blank\",\"title\":\"Méthode non autorisée\",\"status\":405,"
                + "\"detail\":\"Cette ressource ne prend pas en charge la méthode de la requête.\"}");
    }

    /** TRACE is refused with a 405 problem on every container, and the request's cookie is not echoed. */
    @ParameterizedTest
    @EnumSource(Container.class)
    void traceIsRefusedWithAProblemAndEchoesNothing(Container container) throws Exception {
        String answer = raw(container, "TRACE /api/items/1 HTTP/1.1\r\nHost: localhost\r\nAccept-Language: fr\r\n"
                + "Cookie: session=s3cr3t\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 405").contains("\r\nContent-Type: " + PROBLEM_JSON + "\r\n")
                .contains("\r\nContent-Language: fr\r\n").contains("\"status\":405").doesNotContain("s3cr3t");
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void anUnmappedPathIsALocalizedNotFoundWithoutThePath(Container container) throws Exception {
        assertProblem(get(container, "no/such/page", "Accept-Language", "ja"), 404, "ja",
                "{\"type\":\"about:blank\",\"title\":\"見つかりません\",\"status\":404,\"detail\":\"お探しのリソースが"
                + "見つかりませんでした。アドレスを確認してから再度お試しください。\"}");
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void metricsAreThePrometheusTextOfThisDemosRegistry(Container container) throws Exception {
        get(container, "status/409?lang=ko");
        HttpResponse<String> metrics = get(container, "metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        // Tomcat rewrites the parameters of a Content-Type without their spaces; the media type is the same.
        assertThat(header(metrics, "Content-Type")).isEqualTo(container == Container.TOMCAT
                ? "text/plain;version=0.0.4;charset=utf-8" : "text/plain; version=0.0.4; charset=utf-8");
        assertThat(header(metrics, "Cache-Control")).isEqualTo("no-store");
        assertThat(metrics.body()).contains("# TYPE statuskit_http_problems_total counter\n")
                .contains("statuskit_http_problems_total{format=\"json\",locale=\"ko\",status=\"409\",status_class=\"4xx\"} 1.0\n");
    }


    static WebSocket connect(Container container, String path, String language, WebSocketRecorder recorder) throws Exception {
        return CLIENT.newWebSocketBuilder().header("Accept-Language", language)
                .buildAsync(URI.create(DEMOS.get(container).baseUrl().replace("http", "ws") + path), recorder)
                .get(5, TimeUnit.SECONDS);
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void theEchoEchoesAndClosesWithTheCodeAndReasonOfTheCloseCommand(Container container) throws Exception {
        WebSocketRecorder recorder = new WebSocketRecorder();
        WebSocket socket = connect(container, "ws/echo", "en", recorder);
        socket.sendText("hello", true).get(5, TimeUnit.SECONDS);
        assertThat(recorder.next()).isEqualTo("hello");
        socket.sendText("close 4000 bye", true).get(5, TimeUnit.SECONDS);
        assertThat(recorder.closed.get(5, TimeUnit.SECONDS)).isEqualTo("4000 bye");
        assertThat(recorder.texts).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Container.class)
    void aRoomAnswersWithItsNameRejectsAnUnsendableCodeInTheClientsLanguageAndCloses(Container container)
            throws Exception {
        WebSocketRecorder recorder = new WebSocketRecorder();
        WebSocket socket = connect(container, "ws/rooms/kitchen", "de", recorder);
        socket.sendText("hello", true).get(5, TimeUnit.SECONDS);
        assertThat(recorder.next()).isEqualTo("kitchen: hello");
        var german = StatusCatalog.standard().closeCode(1005, Locale.GERMAN);
        socket.sendText("close 1005 nope", true).get(5, TimeUnit.SECONDS);
        assertThat(recorder.next()).isEqualTo("rejected 1005: " + german.title() + ". " + german.description());
        socket.sendText("close 4001 done", true).get(5, TimeUnit.SECONDS);
        assertThat(recorder.closed.get(5, TimeUnit.SECONDS)).isEqualTo("4001 done");
    }
}

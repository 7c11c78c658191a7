package dev.statuskit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.client.jaxrs.ProblemWebApplicationException;
import dev.statuskit.client.jaxrs.StatusKitClientFeature;
import dev.statuskit.demo.DemoServer;
import dev.statuskit.http.Problem;
import dev.statuskit.http.ProblemFormat;
import dev.statuskit.i18n.StatusCatalog;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo server's error answers, read back through both HTTP clients, in five languages and both problem
 * formats: the JDK {@code HttpClient} with {@link ProblemBodyHandlers}, and the Jersey client with
 * {@link StatusKitClientFeature}.
 */
class DemoProblemsTest {
    private static final StatusCatalog CATALOG = StatusCatalog.standard();
    private static final HttpClient JDK = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static DemoServer demo;
    private static Client jersey;

    /** One of the demo's failing calls. */
    enum Call {
        NOT_FOUND("GET", "api/items/42", 404),
        NOT_ALLOWED("POST", "api/items/1", 405),
        BOOM("GET", "api/boom", 500);

        final String method;
        final String path;
        final int status;

        Call(String method, String path, int status) {
            this.method = method;
            this.path = path;
            this.status = status;
        }
    }

    /** The two HTTP clients, each calling and returning the exception that carries the problem. */
    enum Via {
        JDK_HTTP_CLIENT {
            @Override
            ProblemResponseException call(Call call, String language, ProblemFormat format) throws Exception {
                HttpRequest request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + call.path))
                        .timeout(Duration.ofSeconds(10)).method(call.method, HttpRequest.BodyPublishers.noBody())
                        .header("Accept", accept(format)).header("Accept-Language", language).build();
                try {
                    HttpResponse<String> response = ProblemBodyHandlers.send(JDK, request, HttpResponse.BodyHandlers.ofString());
                    throw new AssertionError("no problem, but " + response.statusCode() + " " + response.body());
                } catch (ProblemResponseException e) {
                    return e;
                }
            }
        },
        JERSEY_CLIENT {
            @Override
            ProblemResponseException call(Call call, String language, ProblemFormat format) {
                var request = jersey.target(demo.baseUrl() + call.path).request()
                        .header("Accept", accept(format)).header("Accept-Language", language);
                try {
                    String body = call.method.equals("POST") ? request.post(Entity.text(""), String.class)
                            : request.get(String.class);
                    throw new AssertionError("no problem, but " + body);
                } catch (ProblemWebApplicationException e) {
                    assertThat(e.getResponse().getStatus()).isEqualTo(call.status);
                    assertThat(e.problem()).isSameAs(e.problemResponse().problem());
                    return e.problemResponse();
                }
            }
        };

        abstract ProblemResponseException call(Call call, String language, ProblemFormat format) throws Exception;
    }

    /**
     * What a client accepts: its success type as well as the problem type. Asking for problem+json alone gets a
     * 406 from {@code GET /api/items/42}: Jersey matches {@code @Produces(application/json)} against
     * {@code Accept} before the resource runs, so the answer is the demo's 406 problem, not its 404.
     */
    static String accept(ProblemFormat format) {
        return format == ProblemFormat.JSON ? "application/json, application/problem+json"
                : "application/problem+xml, application/json;q=0.5";
    }

    @BeforeAll
    static void start() throws Exception {
        demo = DemoServer.start("127.0.0.1", 0);
        jersey = ClientBuilder.newClient().register(StatusKitClientFeature.class);
    }

    @AfterAll
    static void stop() {
        jersey.close();
        demo.close();
    }

    static Stream<Arguments> cases() {
        return Stream.of(Via.values()).flatMap(via -> Stream.of(ProblemFormat.JSON, ProblemFormat.XML)
                .flatMap(format -> Stream.of("en", "de", "ja", "zh-CN", "ar")
                        .flatMap(language -> Stream.of(Call.values())
                                .map(call -> Arguments.of(via, format, language, call)))));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @MethodSource("cases")
    void eachErrorAnswerReadsBackAsALocalizedProblem(Via via, ProblemFormat format, String language, Call call)
            throws Exception {
        ProblemResponseException e = via.call(call, language, format);

        Locale locale = CATALOG.negotiate(language);
        Problem problem = e.problem();
        assertThat(e.getCause()).as("the body was read").isNull();
        assertThat(e.status()).isEqualTo(call.status);
        assertThat(problem.status()).isEqualTo(call.status);
        assertThat(problem.isAboutBlank()).isTrue();
        assertThat(problem.title()).isEqualTo(CATALOG.http(call.status, locale).title());
        assertThat(problem.detail()).isEqualTo(CATALOG.http(call.status, locale).description());
        assertThat(problem.toString()).doesNotContain("SECRET");
        if (call.status == 500) {
            assertThat(problem.extensions().keySet()).containsExactly("errorId");
            assertThat(UUID.fromString((String) problem.extensions().get("errorId"))).isNotNull();
        } else {
            assertThat(problem.extensions()).isEmpty();
        }
        assertThat(e.retryAfter()).isEmpty();
        assertThat(e).hasMessage("HTTP " + call.status + " " + problem.title() + ": " + problem.detail());
    }

    @Test
    void askingForProblemJsonAloneWhereTheResourceProducesJsonIsA406Problem() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + "api/items/42"))
                .header("Accept", "application/problem+json").build();

        assertThatThrownBy(() -> ProblemBodyHandlers.send(JDK, request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOfSatisfying(ProblemResponseException.class, e -> {
                    assertThat(e.status()).isEqualTo(406);
                    assertThat(e.problem().title()).isEqualTo("Not Acceptable");
                });
    }

    @Test
    void theLocalesTestedAreFiveDifferentOnes() {
        assertThat(Stream.of("en", "de", "ja", "zh-CN", "ar").map(CATALOG::negotiate).distinct())
                .containsExactly(Locale.ENGLISH, Locale.GERMAN, Locale.JAPANESE, Locale.SIMPLIFIED_CHINESE,
                        Locale.forLanguageTag("ar"));
    }

    @Test
    void aSuccessPassesThroughBothClientsUntouched() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + "api/items/1")).build();

        assertThat(ProblemBodyHandlers.send(JDK, request, HttpResponse.BodyHandlers.ofString()).body())
                .isEqualTo("{\"id\":1,\"name\":\"kettle\"}");
        assertThat(jersey.target(demo.baseUrl() + "api/items/2").request().get(String.class))
                .isEqualTo("{\"id\":2,\"name\":\"teapot\"}");
    }

    @Test
    void anErrorThatIsNotAProblemGoesToTheWrappedHandler() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + "api/items/42"))
                .header("Accept", "text/html, application/json;q=0.5").build();

        HttpResponse<String> response = ProblemBodyHandlers.send(JDK, request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/html;charset=utf-8");
    }

    /** What JDK 17 does, measured: {@code send} wraps the handler's exception in a new IOException. */
    @Test
    void httpClientSendWrapsTheExceptionInAnIoExceptionAndFindUnwrapsIt() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + "api/items/42")).build();

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> JDK.send(request, ProblemBodyHandlers.ofString()));

        assertThat(thrown).isExactlyInstanceOf(IOException.class).hasCauseInstanceOf(ProblemResponseException.class);
        assertThat(ProblemResponseException.find(thrown)).get().extracting(ProblemResponseException::status).isEqualTo(404);
    }

    @Test
    void sendAsyncCompletesWithACompletionExceptionAndFindUnwrapsIt() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + "api/boom")).build();

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> JDK.sendAsync(request, ProblemBodyHandlers.ofByteArray()).join());

        assertThat(thrown).isInstanceOf(CompletionException.class);
        assertThat(ProblemResponseException.find(thrown)).get().extracting(ProblemResponseException::status).isEqualTo(500);
    }

    @Test
    void theSendHelperThrowsTheProblemItselfWithTheCallersStackAsSuppressed() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + "api/items/42")).build();

        assertThatThrownBy(() -> ProblemBodyHandlers.send(JDK, request, HttpResponse.BodyHandlers.discarding()))
                .isExactlyInstanceOf(ProblemResponseException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement().isExactlyInstanceOf(IOException.class));
    }

    /** Jersey's default Accept (HttpURLConnection's, led by text/html) would get the HTML page, not a problem. */
    @Test
    void jerseyThrowsItForACallThatReturnsAResponseToo() {
        assertThatThrownBy(() -> jersey.target(demo.baseUrl() + "api/items/42").request()
                .header("Accept", accept(ProblemFormat.JSON)).get())
                .isInstanceOf(ProblemWebApplicationException.class)
                .satisfies(e -> {
                    Response response = ((ProblemWebApplicationException) e).getResponse();
                    assertThat(response.getHeaderString("Content-Type")).isEqualTo("application/problem+json");
                    assertThat(new String((byte[]) response.getEntity(), java.nio.charset.StandardCharsets.UTF_8))
                            .startsWith("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404");
                });
    }

    @Test
    void aJerseyClientWithoutTheFeatureThrowsItsOwnExceptionWithoutAProblem() {
        Client plain = ClientBuilder.newClient();
        try {
            assertThatThrownBy(() -> plain.target(demo.baseUrl() + "api/items/42").request().get(String.class))
                    .isExactlyInstanceOf(jakarta.ws.rs.NotFoundException.class);
        } finally {
            plain.close();
        }
    }
}

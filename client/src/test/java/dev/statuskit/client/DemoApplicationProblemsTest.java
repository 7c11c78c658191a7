package dev.statuskit.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.client.jaxrs.ProblemWebApplicationException;
import dev.statuskit.client.jaxrs.StatusKitClientFeature;
import dev.statuskit.demo.DemoServer;
import dev.statuskit.http.Problem;
import dev.statuskit.http.ProblemFormat;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo's application problems, read back through both HTTP clients in five languages and both formats:
 * RFC 9457's out-of-credit problem type ({@code POST /api/purchase}) and a validation problem
 * ({@code GET /api/items?limit=0}).
 */
class DemoApplicationProblemsTest {
    private static final HttpClient JDK = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final URI OUT_OF_CREDIT = URI.create("https://example.com/probs/out-of-credit");
    /** The demo bundle's texts in English (as RFC 9457 §3 words them) and German, with the numbers filled in. */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "en", List.of("You do not have enough credit.", "Your current balance is 30, but that costs 50."),
            "de", List.of("Ihr Guthaben reicht nicht aus.", "Ihr aktuelles Guthaben beträgt 30, dieser Kauf kostet jedoch 50."));
    private static DemoServer demo;
    private static Client jersey;

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
        return Stream.of("jdk", "jersey").flatMap(via -> Stream.of(ProblemFormat.JSON, ProblemFormat.XML)
                .flatMap(format -> Stream.of("en", "de", "ja", "zh-CN", "ar").map(lang -> Arguments.of(via, format, lang))));
    }

    static String accept(ProblemFormat format) {
        return format == ProblemFormat.JSON ? "application/json, application/problem+json"
                : "application/problem+xml, application/json;q=0.5";
    }

    static ProblemResponseException call(String via, String method, String path, ProblemFormat format, String language)
            throws Exception {
        if (via.equals("jdk")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(demo.baseUrl() + path)).timeout(Duration.ofSeconds(10))
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .header("Accept", accept(format)).header("Accept-Language", language).build();
            try {
                HttpResponse<String> response = ProblemBodyHandlers.send(JDK, request, HttpResponse.BodyHandlers.ofString());
                throw new AssertionError("no problem, but " + response.statusCode() + " " + response.body());
            } catch (ProblemResponseException e) {
                return e;
            }
        }
        var request = jersey.target(demo.baseUrl() + path).request()
                .header("Accept", accept(format)).header("Accept-Language", language);
        try {
            String body = method.equals("POST") ? request.post(Entity.text(""), String.class) : request.get(String.class);
            throw new AssertionError("no problem, but " + body);
        } catch (ProblemWebApplicationException e) {
            return e.problemResponse();
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void theOutOfCreditProblemReadsBackWithItsTypeMembersAndLocalizedTexts(String via, ProblemFormat format,
                                                                           String language) throws Exception {
        ProblemResponseException e = call(via, "POST", "api/purchase", format, language);
        Problem problem = e.problem();

        assertThat(e.status()).isEqualTo(403);
        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.type()).isEqualTo(OUT_OF_CREDIT);
        // JSON keeps the number; XML carries every leaf as text.
        assertThat(String.valueOf(problem.extensions().get("balance"))).isEqualTo("30");
        assertThat(problem.extensions().get("accounts")).isEqualTo(List.of("/account/12345", "/account/67890"));
        if (EXPECTED.containsKey(language)) {
            assertThat(List.of(problem.title(), problem.detail())).isEqualTo(EXPECTED.get(language));
        } else {
            assertThat(problem.title()).isNotBlank().isNotEqualTo(EXPECTED.get("en").get(0));
            assertThat(problem.detail()).isNotEqualTo(EXPECTED.get("en").get(1));
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void aValidationProblemReadsBackWithItsErrorForTheParameter(String via, ProblemFormat format, String language)
            throws Exception {
        ProblemResponseException e = call(via, "GET", "api/items?limit=0", format, language);
        Problem problem = e.problem();

        assertThat(e.status()).isEqualTo(400);
        assertThat(problem.status()).isEqualTo(400);
        Object errors = problem.extensions().get("errors");
        assertThat(errors).isInstanceOf(List.class);
        List<?> list = (List<?>) errors;
        assertThat(list).hasSize(1);
        assertThat(list.get(0)).isInstanceOf(Map.class);
        Map<?, ?> error = (Map<?, ?>) list.get(0);
        assertThat(error.get("parameter")).isEqualTo("limit");
        assertThat(String.valueOf(error.get("detail"))).isNotBlank();
    }
}

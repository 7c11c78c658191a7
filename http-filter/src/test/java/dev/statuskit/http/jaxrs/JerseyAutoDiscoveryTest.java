package dev.statuskit.http.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemConfiguration;
import dev.statuskit.http.ProblemOptions;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.testing.LogCapture;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Jersey finds StatusKit on the class path by itself, unless told not to; the feature it makes answers through the
 * responder the servlet filter shares ({@link ProblemResponder#CONTEXT_ATTRIBUTE}, which Jersey's servlet passes on as
 * a property, as it is set here), and {@value ProblemConfiguration#ENABLED} {@code false} turns it off.
 */
class JerseyAutoDiscoveryTest {
    // HTTP/1.1 only: Grizzly mishandles the h2c upgrade the JDK client attempts by default (it drops Content-Type).
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Map<String, HttpServer> SERVERS = new java.util.LinkedHashMap<>();

    @Path("/")
    public static class Missing {
        @GET
        @Path("missing")
        public String missing() {
            throw new NotFoundException();
        }
    }

    @BeforeAll
    static void start() {
        SERVERS.put("discovered", serve(Map.of()));
        SERVERS.put("statuskit-off", serve(Map.of(StatusKitAutoDiscoverable.AUTODISCOVERY, "false")));
        SERVERS.put("jersey-off", serve(Map.of("jersey.config.server.disableAutoDiscovery", true)));
        SERVERS.put("disabled", serve(Map.of(ProblemConfiguration.ENABLED, "false")));
        SERVERS.put("disabled-by-the-filter", serve(Map.of(ProblemConfiguration.ENABLED, Boolean.FALSE)));
        SERVERS.put("shared", serve(Map.of(ProblemResponder.CONTEXT_ATTRIBUTE, SHARED)));
        SERVERS.put("shared-and-properties", serve(Map.of(ProblemResponder.CONTEXT_ATTRIBUTE, SHARED,
                ProblemConfiguration.DEFAULT_LOCALE, "de")));
        SERVERS.put("registered-with-a-responder-and-disabled", GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:0/"), new ResourceConfig(Missing.class)
                        .register(new StatusKitFeature(SHARED)).property(ProblemConfiguration.ENABLED, false)));
    }

    /** A responder as the filter shares it: French by default, with the request path as the instance. */
    private static final ProblemResponder SHARED = ProblemResponder.create(ProblemOptions.builder()
            .defaultLocale(Locale.FRENCH).instance(true).build());

    private static HttpServer serve(Map<String, Object> properties) {
        return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(Missing.class).addProperties(properties));
    }

    @AfterAll
    static void stop() {
        SERVERS.values().forEach(HttpServer::shutdownNow);
    }

    @ParameterizedTest
    @CsvSource({"discovered, true", "statuskit-off, false", "jersey-off, false", "disabled, false",
        "disabled-by-the-filter, false", "registered-with-a-responder-and-disabled, false"})
    void registersTheFeatureUnlessTurnedOff(String server, boolean problem) throws Exception {
        HttpResponse<String> response = missing(server);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("").equals("application/problem+json"))
                .isEqualTo(problem);
        assertThat(response.body().contains("\"title\":\"Not Found\"")).isEqualTo(problem);
    }

    @Test
    void answersThroughTheResponderTheFilterShares() throws Exception {
        HttpResponse<String> response = missing("shared");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("fr");
        assertThat(response.body()).isEqualTo(notFound(Locale.FRENCH, ",\"instance\":\"/missing\""));
    }

    @Test
    void answersWithOptionsOfItsOwnWhenTheApplicationGaveJakartaRestAny() throws Exception {
        HttpResponse<String> response = missing("shared-and-properties");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("de");
        assertThat(response.body()).isEqualTo(notFound(Locale.GERMAN, ""));
    }

    @Test
    void aSharedValueThatIsNoResponderOfThisCopyIsReportedAndTheFeatureAnswersWithItsOwnOptions() throws Exception {
        // As a responder of another copy of StatusKit would be, in a server that has one besides the application's.
        Object foreign = new Object();
        try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
            SERVERS.put("shared-by-another-copy", serve(Map.of(ProblemResponder.CONTEXT_ATTRIBUTE, foreign)));

            assertThat(log.at(Level.WARNING)).singleElement().satisfies(r -> assertThat(r.getMessage())
                    .contains(ProblemResponder.CONTEXT_ATTRIBUTE, "java.lang.Object", "keep one copy of StatusKit"));
        }
        HttpResponse<String> response = missing("shared-by-another-copy");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(response.body()).isEqualTo(notFound(Locale.ENGLISH, ""));
    }

    /** The exact body of a 404 problem in this language, with these members after the detail, or none. */
    private static String notFound(Locale locale, String moreMembers) {
        LocalizedText text = StatusCatalog.standard().http(404, locale);
        return "{\"type\":\"about:blank\",\"title\":\"" + text.title() + "\",\"status\":404,\"detail\":\""
                + text.description() + "\"" + moreMembers + "}";
    }

    private static HttpResponse<String> missing(String server) throws Exception {
        int port = SERVERS.get(server).getListeners().iterator().next().getPort();
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/missing"))
                .header("Accept", "application/problem+json").build(), HttpResponse.BodyHandlers.ofString());
    }
}

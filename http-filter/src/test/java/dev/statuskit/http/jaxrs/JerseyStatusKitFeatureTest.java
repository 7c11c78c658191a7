package dev.statuskit.http.jaxrs;

import dev.statuskit.http.ProblemResponder;
import dev.statuskit.testing.HttpCalls;
import static dev.statuskit.testing.HttpCalls.contentType;
import static dev.statuskit.testing.HttpCalls.header;
import static dev.statuskit.testing.HttpCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.Problem;
import dev.statuskit.http.ProblemException;
import dev.statuskit.testing.LogCapture;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.logging.Level;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** StatusKitFeature in Jersey on Grizzly, registered by hand and configured by properties. */
class JerseyStatusKitFeatureTest {
    // HTTP/1.1 only: Grizzly mishandles the h2c upgrade the JDK client attempts by default (it drops Content-Type).
    private static HttpServer server;
    private static URI base;

    public static class OutOfStockException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** An application mapper for a specific exception: it must win over StatusKit's Throwable mapper. */
    public static class OutOfStockMapper implements ExceptionMapper<OutOfStockException> {
        @Override
        public Response toResponse(OutOfStockException exception) {
            return Response.status(409).entity("out of stock, says the application").type("text/plain").build();
        }
    }

    @Path("/")
    public static class Shop {
        @GET
        @Path("things/{id}")
        public String thing(@PathParam("id") String id) {
            if (id.equals("1")) {
                return "thing 1";
            }
            throw new NotFoundException("No thing " + id + " in table SECRET_THINGS");
        }

        @GET
        @Path("secret")
        public String secret() {
            throw new IllegalStateException("SECRET-789");
        }

        @GET
        @Path("unsupported")
        public String unsupported() {
            throw new UnsupportedOperationException("SECRET-501");
        }

        @GET
        @Path("stock")
        public String stock() {
            throw new OutOfStockException();
        }

        @GET
        @Path("throttled")
        public Response throttled() {
            return Response.status(429).header("Retry-After", "30").build();
        }

        @GET
        @Path("unauthorized")
        public String unauthorized() {
            throw new NotAuthorizedException("Bearer realm=\"shop\"");
        }

        @GET
        @Path("teapot")
        public String teapot() {
            throw new WebApplicationException(Response.status(418).entity("short and stout").type("text/plain").build());
        }

        @GET
        @Path("moved")
        public String moved() {
            throw new RedirectionException(Response.Status.SEE_OTHER, URI.create("/things/1"));
        }

        @GET
        @Path("credit")
        public String credit() {
            throw new ProblemException(Problem.builder().type(URI.create("out-of-credit")).title("You do not have enough credit.")
                    .status(403).detail("Your balance is 30.").with("balance", 30).build());
        }

        @GET
        @Path("returned-problem")
        public Response returnedProblem() {
            return Response.status(409).entity(Problem.builder().status(409).title("Already ordered").build()).build();
        }
    }

    @BeforeAll
    static void start() {
        ResourceConfig config = new ResourceConfig(Shop.class, OutOfStockMapper.class)
                .register(StatusKitFeature.class)
                .property("statuskit.instance", true)
                .property("statuskit.type-base", "https://errors.example.com/problems/")
                .property("statuskit.exception-status", "java.lang.UnsupportedOperationException=501");
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
        base = URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/");
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        return HttpCalls.send(base, method, path, headers);
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        return send("GET", path, headers);
    }

    @Nested
    class WebApplicationExceptions {
        @Test
        void answersNotFoundWithALocalizedProblem() throws Exception {
            HttpResponse<String> response = get("things/2", "Accept-Language", "de-DE, en;q=0.5");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(contentType(response)).isEqualTo("application/problem+json");
            assertThat(header(response, "Content-Language")).isEqualTo("de");
            assertThat(header(response, "Vary")).isEqualTo("Accept, Accept-Language");
            assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
            JsonObject json = json(response);
            assertThat(json.getString("title")).isEqualTo("Nicht gefunden");
            assertThat(json.getString("detail")).startsWith("Die angeforderte Ressource");
            assertThat(json.getString("instance")).isEqualTo("/things/2");
            assertThat(response.body()).doesNotContain("SECRET_THINGS");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "text/html       | text/html;charset=utf-8                | <html lang=\"ar\" dir=\"rtl\">",
            "application/xml | application/problem+xml;charset=utf-8  | <problem xmlns=\"urn:ietf:rfc:7807\">",
            "text/plain      | text/plain;charset=utf-8               | 404 غير موجود",
        })
        void answersInTheNegotiatedFormat(String accept, String contentType, String fragment) throws Exception {
            HttpResponse<String> response = get("things/2", "Accept", accept, "Accept-Language", "ar");

            assertThat(contentType(response)).isEqualTo(contentType);
            assertThat(response.body()).contains(fragment);
        }

        @Test
        void keepsAllowOnA405() throws Exception {
            HttpResponse<String> response = send("POST", "things/1");

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(header(response, "Allow")).contains("GET");
            assertThat(json(response).getString("title")).isEqualTo("Method Not Allowed");
        }

        @Test
        void keepsTheChallengeOnA401() throws Exception {
            HttpResponse<String> response = get("unauthorized");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(header(response, "WWW-Authenticate")).isEqualTo("Bearer realm=\"shop\"");
            assertThat(json(response).getString("title")).isEqualTo("Unauthorized");
        }

        @Test
        void keepsTheEntityAWebApplicationExceptionCarries() throws Exception {
            HttpResponse<String> response = get("teapot");

            assertThat(response.statusCode()).isEqualTo(418);
            assertThat(response.body()).isEqualTo("short and stout");
        }

        @Test
        void leavesRedirectionsAlone() throws Exception {
            HttpResponse<String> response = get("moved");

            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(header(response, "Location")).endsWith("/things/1");
            assertThat(response.body()).doesNotContain("about:blank");
        }

        @Test
        void givesAHeadRequestHeadersWithoutABody() throws Exception {
            HttpResponse<String> response = send("HEAD", "things/2", "Accept-Language", "ko");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEmpty();
            assertThat(contentType(response)).isEqualTo("application/problem+json");
            assertThat(header(response, "Content-Language")).isEqualTo("ko");
        }
    }

    @Nested
    class OtherExceptions {
        @Test
        void hidesAnExceptionBehindAnErrorIdAndLogsItOnce() throws Exception {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                HttpResponse<String> response = get("secret", "Accept", "text/html");

                assertThat(response.statusCode()).isEqualTo(500);
                assertThat(response.body()).doesNotContain("SECRET", "IllegalStateException", "java.lang");
                assertThat(log.at(Level.SEVERE)).singleElement().satisfies(r -> {
                    assertThat(r.getThrown()).hasMessage("SECRET-789");
                    assertThat(response.body()).contains(r.getMessage().substring(8, 44));
                });
            }
        }

        @Test
        void mapsExceptionsByTheConfiguredStatuses() throws Exception {
            HttpResponse<String> response = get("unsupported");

            assertThat(response.statusCode()).isEqualTo(501);
            assertThat(json(response).getString("title")).isEqualTo("Not Implemented");
            assertThat(json(response).getString("errorId")).hasSize(36);
            assertThat(response.body()).doesNotContain("SECRET");
        }

        @Test
        void answersAProblemExceptionWithItsOwnProblem() throws Exception {
            JsonObject json = json(get("credit"));

            assertThat(json.getString("type")).isEqualTo("https://errors.example.com/problems/out-of-credit");
            assertThat(json.getString("title")).isEqualTo("You do not have enough credit.");
            assertThat(json.getInt("status")).isEqualTo(403);
            assertThat(json.getInt("balance")).isEqualTo(30);
            assertThat(json.getString("instance")).isEqualTo("/credit");
        }
    }

    @Nested
    class ApplicationMappers {
        @Test
        void keepPrecedenceForTheirOwnExceptions() throws Exception {
            HttpResponse<String> response = get("stock");

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.body()).isEqualTo("out of stock, says the application");
        }

    }

    @Nested
    class ErrorResponses {
        @Test
        void getAProblemBodyWhenReturnedWithoutEntity() throws Exception {
            HttpResponse<String> response = get("throttled", "Accept-Language", "zh-TW");

            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(header(response, "Retry-After")).isEqualTo("30");
            assertThat(header(response, "Content-Language")).isEqualTo("zh-TW");
            assertThat(json(response).getInt("status")).isEqualTo(429);
        }

        @Test
        void keepAProblemTheResourceReturned() throws Exception {
            HttpResponse<String> response = get("returned-problem", "Accept", "application/problem+json");

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(contentType(response)).isEqualTo("application/problem+json");
            assertThat(json(response).getString("title")).isEqualTo("Already ordered");
        }

        @Test
        void leaveSuccessesAlone() throws Exception {
            HttpResponse<String> response = get("things/1");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("thing 1");
            assertThat(header(response, "Content-Language")).isNull();
        }
    }
}

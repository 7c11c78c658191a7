package dev.statuskit.http.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.Problem;
import dev.statuskit.http.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An application with mappers of its own: a catch-all for RuntimeException takes every runtime exception
 * from StatusKit's Throwable mapper, but a ProblemException still reaches StatusKit's own mapper; a mapper for
 * WebApplicationException, the type StatusKit maps too, wins at the default priority, and a response it
 * leaves without entity still gets a problem body.
 */
class JerseyMapperPrecedenceTest {
    // HTTP/1.1 only: Grizzly mishandles the h2c upgrade the JDK client attempts by default (it drops Content-Type).
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static HttpServer server;

    public static class RuntimeMapper implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException exception) {
            return Response.status(418).entity("the application's runtime mapper").type("text/plain").build();
        }
    }

    public static class WebExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            if (exception.getResponse().getStatus() == 410) {
                return Response.status(410).entity("gone, says the application").type("text/plain").build();
            }
            return Response.fromResponse(exception.getResponse()).build();
        }
    }

    @Path("/")
    public static class Orders {
        @GET
        @Path("gone")
        public String gone() {
            throw new WebApplicationException(410);
        }

        @GET
        @Path("missing")
        public String missing() {
            throw new NotFoundException();
        }

        @GET
        @Path("runtime")
        public String runtime() {
            throw new IllegalStateException("handled by the application");
        }

        @GET
        @Path("problem")
        public String problem() {
            throw new ProblemException(Problem.builder().status(409).title("Already paid").build());
        }
    }

    @BeforeAll
    static void start() {
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(Orders.class, RuntimeMapper.class, WebExceptionMapper.class));
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "runtime | 418 | text/plain               | the application's runtime mapper",
        "problem | 409 | application/problem+json | \"title\":\"Already paid\"",
        "gone    | 410 | text/plain               | gone, says the application",
        "missing | 404 | application/problem+json | \"title\":\"Not Found\"",
    })
    void leavesTheApplicationItsMappersAndStatusKitItsProblems(String path, int status, String contentType, String body)
            throws Exception {
        int port = server.getListeners().iterator().next().getPort();
        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
        assertThat(response.body()).contains(body);
    }
}

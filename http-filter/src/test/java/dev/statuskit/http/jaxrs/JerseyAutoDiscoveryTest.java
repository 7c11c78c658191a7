package dev.statuskit.http.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jersey finds StatusKit on the class path by itself, unless told not to. */
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
    }

    private static HttpServer serve(Map<String, Object> properties) {
        return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(Missing.class).addProperties(properties));
    }

    @AfterAll
    static void stop() {
        SERVERS.values().forEach(HttpServer::shutdownNow);
    }

    @ParameterizedTest
    @CsvSource({"discovered, true", "statuskit-off, false", "jersey-off, false"})
    void registersTheFeatureUnlessTurnedOff(String server, boolean problem) throws Exception {
        int port = SERVERS.get(server).getListeners().iterator().next().getPort();
        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/missing")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("").equals("application/problem+json"))
                .isEqualTo(problem);
        assertThat(response.body().contains("\"title\":\"Not Found\"")).isEqualTo(problem);
    }
}

package dev.statuskit.it.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.it.servers.LoopbackJetty;
import dev.statuskit.http.ProblemException;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.ProblemType;
import dev.statuskit.http.jaxrs.StatusKitFeature;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.testing.HttpCalls;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP guide's sections on problem types and on validation (docs/http.md), compiled and run here on Jetty
 * with Jersey; their java blocks are checked line for line against this source.
 */
class ApplicationProblemsReadmeTest {
    static LoopbackJetty jetty;
    static URI base;

    static final ProblemType OUT_OF_CREDIT = ProblemType
            .builder(URI.create("https://example.com/probs/out-of-credit"), 403)
            .titleKey("out-of-credit.title")      // You do not have enough credit.
            .detailKey("out-of-credit.detail")    // Your current balance is {0, number}, but that costs {1, number}.
            .build();

    /** The resource of the guide's snippets. */
    @Path("/")
    public static class Shop {
        @POST
        @Path("purchase")
        public String purchase() {
            throw new ProblemException(OUT_OF_CREDIT.problem(30, 50)   // the detail's arguments, {0} and {1}
                    .with("balance", 30)                              // extension members
                    .with("accounts", List.of("/account/12345", "/account/67890"))
                    .build());
        }

        @GET
        @Path("items")
        public String items(@QueryParam("limit") @Min(1) @Max(100) int limit) {
            return "[]";
        }
    }

    @BeforeAll
    static void start() throws Exception {
        StatusCatalog catalog = StatusCatalog.builder().addBundle("com.acme.problems").build();
        ProblemResponder responder = ProblemResponder.builder().catalog(catalog).build();
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ResourceConfig api = new ResourceConfig(Shop.class).register(new StatusKitFeature(responder))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        context.addServlet(new ServletHolder("api", new ServletContainer(api)), "/api/*");
        jetty = LoopbackJetty.start(context);
        base = jetty.base();
    }

    @AfterAll
    static void stop() throws Exception {
        jetty.stop();
    }

    @Test
    void theProblemTypeIsAnsweredAsTheGuideShows() {
        HttpResponse<String> response = HttpCalls.send(base, "POST", "api/purchase", "Accept-Language", "de");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(HttpCalls.header(response, "Content-Language")).isEqualTo("de");
        assertThat(response.body()).isEqualTo("{\"type\":\"https://example.com/probs/out-of-credit\","
                + "\"title\":\"Ihr Guthaben reicht nicht aus.\",\"status\":403,"
                + "\"detail\":\"Ihr Guthaben beträgt 30, das kostet aber 50.\",\"balance\":30,"
                + "\"accounts\":[\"/account/12345\",\"/account/67890\"]}");
    }

    @Test
    void theValidationErrorIsAnsweredAsTheGuideShows() {
        HttpResponse<String> response = HttpCalls.send(base, "GET", "api/items?limit=0", "Accept-Language", "de");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Ungültige Anfrage\",\"status\":400,"
                + "\"detail\":\"" + StatusCatalog.standard().http(400, java.util.Locale.GERMAN).description() + "\","
                + "\"errors\":[{\"detail\":\"muss größer-gleich 1 sein\",\"parameter\":\"limit\"}]}");
    }

    @Test
    void theUnconvertibleQueryParameterIsAnsweredAsTheGuideShows() throws IOException {
        HttpResponse<String> response = HttpCalls.send(base, "GET", "api/items?limit=abc");
        assertThat(response.statusCode()).isEqualTo(400);
        String shown = "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"…\",\"errors\":"
                + "[{\"detail\":\"The value is not in a format this parameter accepts.\",\"parameter\":\"limit\"}]}";
        assertThat(ReadmeLines.section(ReadmeLines.HTTP_GUIDE, "## Jakarta Validation")).contains(shown);
        assertThat(response.body()).isEqualTo(shown.replace("…", StatusCatalog.standard().http(400, java.util.Locale.ENGLISH).description()));
    }

    @Test
    void theGuideShowsTheseLines() throws IOException {
        String source = ReadmeLines.source("readme/ApplicationProblemsReadmeTest.java");
        ReadmeLines.assertShown(ReadmeLines.HTTP_GUIDE, "## Problem types", source, 8);
        ReadmeLines.assertShown(ReadmeLines.HTTP_GUIDE, "## Jakarta Validation", source, 1);
    }
}

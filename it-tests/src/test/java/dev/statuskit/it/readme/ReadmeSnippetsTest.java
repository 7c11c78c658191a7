package dev.statuskit.it.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.it.servers.LoopbackJetty;
import dev.statuskit.http.ProblemCustomizer;
import dev.statuskit.http.ProblemOptions;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.jaxrs.StatusKitFeature;
import dev.statuskit.http.servlet.StatusKitFilter;
import dev.statuskit.i18n.LocaleResolver;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.testing.HttpCalls;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.BiConsumer;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP snippets of README.md and of the HTTP guide (docs/http.md), compiled and run here on real Jettys with
 * Jersey. The guide's section on the one responder shows the lines of {@link #responderFromTheGuide} and
 * {@link #registerFromTheGuide}, and README.md's "Use it" those of {@link #registerFromTheReadme};
 * {@link #theGuideShowsTheseLines} and {@link #theReadmeShowsTheseLines} check that they still do, line for line.
 */
class ReadmeSnippetsTest {
    static LoopbackJetty jetty;
    static URI base;

    /** A resource with nothing in it. */
    @Path("/")
    public static final class Empty {
        @GET
        @Path("missing")
        public String missing() {
            throw new NotFoundException();
        }
    }

    static ProblemResponder responderFromTheGuide() {
        StatusCatalog catalog = StatusCatalog.builder().addBundle("com.acme.errors").build();   // built in code, used as it is

        ProblemResponder responder = ProblemResponder.builder()
            .catalog(catalog)
            .options(ProblemOptions.builder().instance(true).build())
            .localeResolver(LocaleResolver.queryParameter("lang")                // ?lang=ja, then a cookie,
                .orElse(LocaleResolver.cookie("lang")))                          // then Accept-Language
            .customizer(ProblemCustomizer.traceId()                              // traceId from a W3C traceparent
                .andThen((problem, request) -> request.header("X-Tenant")        // your own members
                    .filter(tenant -> tenant.matches("[a-z0-9-]{1,32}"))
                    .ifPresent(tenant -> problem.with("tenant", tenant))))
            .build();
        return responder;
    }

    static void registerFromTheGuide(ServletContext servletContext, ResourceConfig resourceConfig,
                                     ProblemResponder responder) {
        StatusKitFilter.register(servletContext, responder);
        resourceConfig.register(new StatusKitFeature(responder));
    }

    static void registerFromTheReadme(ServletContext servletContext, ResourceConfig resourceConfig) {
        ProblemResponder responder = ProblemResponder.builder().build();   // one per server: catalog, options, languages
        StatusKitFilter.register(servletContext, responder);               // the servlet filter, e.g. from a ServletContextListener
        resourceConfig.register(new StatusKitFeature(responder));          // the Jakarta REST feature, with the same answers
    }

    /** A context with the resource {@link Empty} under /api/, set up by this when the context starts. */
    static ServletContextHandler context(BiConsumer<ServletContext, ResourceConfig> register) {
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ResourceConfig resourceConfig = new ResourceConfig(Empty.class).property(ServerProperties.WADL_FEATURE_DISABLE, true);
        context.addEventListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                register.accept(event.getServletContext(), resourceConfig);
            }
        });
        context.addServlet(new ServletHolder("api", new ServletContainer(resourceConfig)), "/api/*");
        return context;
    }

    @BeforeAll
    static void start() throws Exception {
        ProblemResponder responder = responderFromTheGuide();
        jetty = LoopbackJetty.start(context((servletContext, resourceConfig) ->
                registerFromTheGuide(servletContext, resourceConfig, responder)));
        base = jetty.base();
    }

    @AfterAll
    static void stop() throws Exception {
        jetty.stop();
    }

    @Test
    void theCatalogBuiltInCodeIsUsedAsItIs() {
        HttpResponse<String> response = HttpCalls.send(base, "GET", "api/missing", "Accept-Language", "de");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(HttpCalls.json(response).getString("title")).isEqualTo("Hier ist nichts");
        assertThat(HttpCalls.json(response).getString("instance")).isEqualTo("/api/missing");
    }

    @Test
    void theQueryParameterThenTheCookieThenAcceptLanguageChooseTheLanguage() {
        assertThat(HttpCalls.header(HttpCalls.send(base, "GET", "api/missing?lang=ja", "Accept-Language", "de",
                "Cookie", "lang=ko"), "Content-Language")).isEqualTo("ja");
        assertThat(HttpCalls.header(HttpCalls.send(base, "GET", "api/missing", "Accept-Language", "de",
                "Cookie", "theme=dark; lang=ko"), "Content-Language")).isEqualTo("ko");
        assertThat(HttpCalls.header(HttpCalls.send(base, "GET", "no/such/page?lang=xx", "Accept-Language", "de",
                "Cookie", "lang=xx"), "Content-Language")).isEqualTo("de");
    }

    @Test
    void theCustomizersAddTheTraceIdAndAValidTenant() {
        JsonObject problem = HttpCalls.json(HttpCalls.send(base, "GET", "api/missing",
                "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "X-Tenant", "acme-eu"));
        assertThat(problem.getString("traceId")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(problem.getString("tenant")).isEqualTo("acme-eu");

        HttpResponse<String> hostile = HttpCalls.send(base, "GET", "no/such/page", "X-Tenant", "<x-sk>");
        assertThat(hostile.body()).doesNotContain("tenant").doesNotContain("<x-sk>");
    }

    @Test
    void theReadmesResponderAnswersTheFilterAndTheFeatureAlike() throws Exception {
        LoopbackJetty readme = LoopbackJetty.start(context(ReadmeSnippetsTest::registerFromTheReadme));
        try {
            HttpResponse<String> feature = HttpCalls.send(readme.base(), "GET", "api/missing", "Accept-Language", "de");
            HttpResponse<String> filter = HttpCalls.send(readme.base(), "GET", "no/such/page", "Accept-Language", "de");
            for (HttpResponse<String> response : List.of(feature, filter)) {
                assertThat(response.statusCode()).isEqualTo(404);
                assertThat(HttpCalls.header(response, "Content-Type")).isEqualTo("application/problem+json");
                assertThat(HttpCalls.header(response, "Content-Language")).isEqualTo("de");
                assertThat(HttpCalls.json(response).getString("title")).isEqualTo("Nicht gefunden");
            }
            assertThat(filter.body()).as("the same answer from the filter and the feature").isEqualTo(feature.body());
        } finally {
            readme.stop();
        }
    }

    @Test
    void theGuideShowsTheseLines() throws IOException {
        ReadmeLines.assertShown(ReadmeLines.HTTP_GUIDE, "## One responder, and where to extend it",
                ReadmeLines.source("readme/ReadmeSnippetsTest.java"), 10);
    }

    @Test
    void theReadmeShowsTheseLines() throws IOException {
        ReadmeLines.assertShown(ReadmeLines.README, "## Use it", ReadmeLines.source("readme/ReadmeSnippetsTest.java"), 2);
    }
}

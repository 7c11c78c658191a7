package dev.statuskit.it.resteasy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemOptions;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.jaxrs.StatusKitFeature;
import dev.statuskit.http.servlet.StatusKitFilter;
import dev.statuskit.it.readme.ReadmeLines;
import dev.statuskit.it.servers.LoopbackJetty;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.testing.HttpCalls;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Set;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.jboss.resteasy.plugins.server.servlet.HttpServletDispatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The HTTP guide's RESTEasy section (docs/http.md), compiled and run here: RESTEasy's dispatcher servlet on Jetty, the plain
 * feature registered as a class of the application, which answers through the responder the application gave the filter.
 * Runs where RESTEasy is.
 */
@EnabledIfSystemProperty(named = ServerKind.PROPERTY, matches = "RESTEASY")
class ResteasyReadmeTest {
    static LoopbackJetty jetty;
    static URI base;

    /** Where the application keeps its one responder. */
    static final class Problems {
        static final ProblemResponder RESPONDER = ProblemResponder.builder()
                .options(ProblemOptions.builder().instance(true).build()).build();
    }

    /** A resource with nothing in it. */
    @Path("/")
    public static class MyResource {
        @GET
        @Path("missing")
        public String missing() {
            throw new NotFoundException();
        }
    }

    public static class StatusKitSetup implements ServletContextListener {    // or the web fragment's filter
        @Override
        public void contextInitialized(ServletContextEvent event) {
            StatusKitFilter.register(event.getServletContext(), Problems.RESPONDER);
        }
    }
    public static class MyApplication extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(MyResource.class, StatusKitFeature.class);    // answers through the filter's responder
        }
    }

    @BeforeAll
    static void start() throws Exception {
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addEventListener(new StatusKitSetup());
        ServletHolder api = new ServletHolder("api", new HttpServletDispatcher());
        api.setInitParameter("jakarta.ws.rs.Application", MyApplication.class.getName());
        api.setInitParameter("resteasy.servlet.mapping.prefix", "/api");
        context.addServlet(api, "/api/*");
        jetty = LoopbackJetty.start(context);
        base = jetty.base();
    }

    @AfterAll
    static void stop() throws Exception {
        jetty.stop();
    }

    @Test
    void theFeatureAnswersWithTheApplicationsResponder() {
        HttpResponse<String> response = HttpCalls.send(base, "GET", "api/missing", "Accept-Language", "zh-CN");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(HttpCalls.header(response, "Content-Language")).isEqualTo("zh-CN");
        assertThat(HttpCalls.json(response).getString("title")).isEqualTo("未找到");
        assertThat(HttpCalls.json(response).getString("instance")).as("the responder's option").isEqualTo("/api/missing");
    }

    @Test
    void theGuideShowsTheseLines() throws IOException {
        ReadmeLines.assertShown(ReadmeLines.HTTP_GUIDE, "## RESTEasy",
                ReadmeLines.source("resteasy/ResteasyReadmeTest.java"), 8);
    }
}

package dev.statuskit.it.resteasy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemConfiguration;
import dev.statuskit.http.ProblemOptions;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.jaxrs.StatusKitFeature;
import dev.statuskit.http.servlet.StatusKitFilter;
import dev.statuskit.it.app.ApiResources;
import dev.statuskit.it.servers.LoopbackJetty;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.testing.HttpCalls;
import dev.statuskit.testing.LogCapture;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.jboss.resteasy.plugins.server.servlet.HttpServletDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * RESTEasy does not pass the servlet context's attributes on as configuration properties, as Jersey's servlet does, so
 * a plain {@code StatusKitFeature} there asks the servlet context for the responder the filter shares: errors of
 * Jakarta REST and of servlets answer alike, with the options of the context-params, as they do on Jersey
 * ({@code JerseyAutoDiscoveryTest}).
 */
@EnabledIfSystemProperty(named = ServerKind.PROPERTY, matches = "RESTEASY")
class ResteasySharedResponderTest {

    /** The application: the test resources, whose item 9 is missing, and the plain feature, as a class. */
    public static class PlainFeature extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(ApiResources.class, StatusKitFeature.class);
        }
    }

    /** French by default, and an {@code instance} in every problem. */
    static final Map<String, String> OPTIONS = Map.of(ProblemConfiguration.DEFAULT_LOCALE, "fr", ProblemConfiguration.INSTANCE, "true");

    @Test
    void aPlainFeatureAnswersWithTheResponderOfTheFilterTheContextParamsConfigure() throws Exception {
        LoopbackJetty jetty = start(OPTIONS, context -> context.addFilter(StatusKitFilter.class, "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR)));
        try {
            HttpResponse<String> jaxrs = HttpCalls.send(jetty.base(), "GET", "api/items/9");
            HttpResponse<String> servlet = HttpCalls.send(jetty.base(), "GET", "no/such/page");

            assertThat(jaxrs.statusCode()).isEqualTo(404);
            assertThat(HttpCalls.header(jaxrs, "Content-Type")).isEqualTo("application/problem+json");
            assertThat(HttpCalls.header(jaxrs, "Content-Language")).isEqualTo("fr");
            assertThat(HttpCalls.json(jaxrs).getString("title")).isEqualTo("Introuvable");
            assertThat(HttpCalls.json(jaxrs).getString("instance")).isEqualTo("/api/items/9");
            assertThat(HttpCalls.header(servlet, "Content-Language")).as("the servlet error, for comparison").isEqualTo("fr");
            assertThat(HttpCalls.json(servlet).getString("instance")).isEqualTo("/no/such/page");
        } finally {
            jetty.stop();
        }
    }

    @Test
    void aPlainFeatureAnswersWithAResponderTheFilterWasGivenInCode() throws Exception {
        ProblemResponder responder = ProblemResponder.create(ProblemOptions.builder().defaultLocale(Locale.JAPANESE)
                .instance(true).build());
        LoopbackJetty jetty = start(Map.of(), context -> context.addEventListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                StatusKitFilter.register(event.getServletContext(), responder);
            }
        }));
        try {
            HttpResponse<String> jaxrs = HttpCalls.send(jetty.base(), "GET", "api/items/9");

            assertThat(jaxrs.statusCode()).isEqualTo(404);
            assertThat(HttpCalls.header(jaxrs, "Content-Language")).isEqualTo("ja");
            assertThat(HttpCalls.json(jaxrs).getString("title")).isEqualTo("見つかりません");
            assertThat(HttpCalls.json(jaxrs).getString("instance")).isEqualTo("/api/items/9");
        } finally {
            jetty.stop();
        }
    }

    @Test
    void withoutTheFilterAPlainFeatureAnswersWithTheDefaultOptions() throws Exception {
        LoopbackJetty jetty = start(OPTIONS, context -> { });
        try {
            HttpResponse<String> jaxrs = HttpCalls.send(jetty.base(), "GET", "api/items/9");

            assertThat(jaxrs.statusCode()).isEqualTo(404);
            assertThat(HttpCalls.header(jaxrs, "Content-Type")).isEqualTo("application/problem+json");
            assertThat(HttpCalls.header(jaxrs, "Content-Language"))
                    .as("RESTEasy passes no context-param on: the default locale").isEqualTo("en");
            assertThat(HttpCalls.json(jaxrs).containsKey("instance")).isFalse();
        } finally {
            jetty.stop();
        }
    }

    @Test
    void aSharedValueThatIsNoResponderOfThisCopyIsReportedAndThePlainFeatureAnswersWithTheDefaultOptions() throws Exception {
        LoopbackJetty jetty;
        try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
            // As a responder of another copy of StatusKit would be, in a server that has one besides the application's.
            jetty = start(OPTIONS, context -> context.setAttribute(ProblemResponder.CONTEXT_ATTRIBUTE, new Object()));

            assertThat(log.at(Level.WARNING)).singleElement().satisfies(r -> assertThat(r.getMessage())
                    .contains(ProblemResponder.CONTEXT_ATTRIBUTE, "java.lang.Object", "keep one copy of StatusKit"));
        }
        try {
            HttpResponse<String> jaxrs = HttpCalls.send(jetty.base(), "GET", "api/items/9");

            assertThat(jaxrs.statusCode()).isEqualTo(404);
            assertThat(HttpCalls.header(jaxrs, "Content-Language")).isEqualTo("en");
            assertThat(HttpCalls.json(jaxrs).containsKey("instance")).isFalse();
        } finally {
            jetty.stop();
        }
    }

    @Test
    void theFilterTurnedOffTurnsThePlainFeatureOffToo() throws Exception {
        Map<String, String> off = Map.of(ProblemConfiguration.ENABLED, "false");
        LoopbackJetty jetty = start(off, context -> context.addFilter(StatusKitFilter.class, "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR)));
        try {
            HttpResponse<String> jaxrs = HttpCalls.send(jetty.base(), "GET", "api/items/9");

            assertThat(jaxrs.statusCode()).isEqualTo(404);
            assertThat(HttpCalls.header(jaxrs, "Content-Type")).as("RESTEasy's own answer").isNotEqualTo("application/problem+json");
            assertThat(jaxrs.body()).doesNotContain("\"status\"");
        } finally {
            jetty.stop();
        }
    }

    /** Jetty with these context-params, a filter the setup adds or not, and RESTEasy at /api/* with {@link PlainFeature}. */
    static LoopbackJetty start(Map<String, String> contextParams, Consumer<ServletContextHandler> filter) throws Exception {
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        contextParams.forEach(context::setInitParameter);
        filter.accept(context);
        ServletHolder api = new ServletHolder("api", new HttpServletDispatcher());
        api.setInitParameter("jakarta.ws.rs.Application", PlainFeature.class.getName());
        api.setInitParameter("resteasy.servlet.mapping.prefix", "/api");
        api.setInitOrder(1);
        context.addServlet(api, "/api/*");
        return LoopbackJetty.start(context);
    }
}

package dev.statuskit.demo;

import dev.statuskit.http.ProblemCustomizer;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.jaxrs.StatusKitFeature;
import dev.statuskit.i18n.LocaleResolver;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.micrometer.StatusKitMetrics;
import dev.statuskit.websocket.CloseClassifier;
import dev.statuskit.websocket.StatusKitConfigurator;
import dev.statuskit.websocket.StatusKitWebSocketOptions;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.model.Resource;

/**
 * The demo application, built once and independent of any container: the catalog (the explorer's and the problem
 * types' texts), ONE {@link ProblemResponder} for every error answer, the meter registry behind {@code /metrics},
 * the close classifier and WebSocket options, the Jersey application, the rendering of the explorer, status and
 * metrics answers, and the two WebSocket endpoints. {@link JettyDemo}, {@link TomcatDemo} and {@link GrizzlyDemo}
 * only host it.
 */
final class DemoApp {
    /** The Jakarta REST resources, at {@code /api/...}. */
    private static final List<Class<?>> API = List.of(ItemsResource.class, BoomResource.class, PurchaseResource.class);

    private final StatusCatalog catalog;
    private final CloseClassifier classifier;
    private final PrometheusMeterRegistry metrics;
    private final StatusKitWebSocketOptions webSocketOptions;
    private final ProblemResponder responder;
    private final ExplorerPages explorer;

    DemoApp() {
        ClassLoader loader = DemoApp.class.getClassLoader();
        catalog = StatusCatalog.builder()
                .addBundle("dev.statuskit.demo.explorer", loader)
                .addBundle("dev.statuskit.demo.problems", loader)
                .build();
        classifier = CloseClassifier.builder().catalog(catalog).build();
        metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        webSocketOptions = StatusKitWebSocketOptions.builder().classifier(classifier)
                .addListener(StatusKitMetrics.closes(metrics)).build();
        // One responder for the filter, the Jakarta REST feature and the container's own errors: the same answers
        // everywhere. ?lang= chooses the language over Accept-Language; a W3C traceparent adds a traceId.
        responder = ProblemResponder.builder()
                .catalog(catalog)
                .localeResolver(LocaleResolver.queryParameter("lang"))
                .customizer(ProblemCustomizer.traceId())
                .listener(StatusKitMetrics.problems(metrics))
                .build();
        explorer = new ExplorerPages(catalog, classifier);
    }

    /** The one responder: servlet filter, Jakarta REST feature and container error handlers all answer through it. */
    ProblemResponder responder() {
        return responder;
    }

    /** The explorer's pages, one per locale. */
    ExplorerPages explorer() {
        return explorer;
    }

    /** The registry that {@code /metrics} scrapes. */
    PrometheusMeterRegistry metrics() {
        return metrics;
    }

    /**
     * The Jersey application for a servlet container, which maps it at {@code /api/*}: the resources at their own
     * paths ({@code items}, {@code boom}, {@code purchase}).
     */
    ResourceConfig api() {
        return jersey().registerClasses(API.toArray(Class<?>[]::new));
    }

    /**
     * The Jersey application that serves every path of a container without servlets (Grizzly): the same resources
     * under {@code api/}, and the explorer, {@code /status/{code}} and {@code /metrics} as resources that answer
     * with the servlets' bytes and headers. Jersey's 404 answers any other path, as a problem.
     */
    ResourceConfig rootApplication() {
        ResourceConfig application = jersey();
        for (Class<?> type : API) {
            Resource resource = Resource.from(type);
            application.registerResources(Resource.builder(resource).path("api/" + resource.getPath()).build());
        }
        DemoApp app = this;
        return application.register(RootResources.class).register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(app).to(DemoApp.class);
            }
        });
    }

    private ResourceConfig jersey() {
        return new ResourceConfig()
                .register(new StatusKitFeature(responder))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }

    /** {@code /ws/echo} and {@code /ws/rooms/{room}}, decorated by StatusKit, for a container's {@code addEndpoint}. */
    List<ServerEndpointConfig> webSocketEndpoints() {
        return List.of(
                StatusKitConfigurator.endpointConfig("/ws/echo", () -> new EchoEndpoint(classifier), webSocketOptions)
                        .build(),
                StatusKitConfigurator.annotatedEndpointConfig(RoomEndpoint.class, () -> new RoomEndpoint(classifier),
                        webSocketOptions).build());
    }
}

package dev.statuskit.demo;

import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.ProblemCustomizer;
import dev.statuskit.i18n.LocaleResolver;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.jetty.StatusKitJetty;
import dev.statuskit.micrometer.CloseMeters;
import dev.statuskit.micrometer.StatusKitMetrics;
import dev.statuskit.websocket.CloseClassifier;
import dev.statuskit.websocket.StatusKitConfigurator;
import dev.statuskit.websocket.StatusKitWebSocketOptions;
import dev.statuskit.http.jaxrs.StatusKitFeature;
import dev.statuskit.http.servlet.StatusKitFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The StatusKit demo: one embedded Jetty 12 (ee11) server with the StatusKit servlet filter in front of
 * Jersey and plain servlets, the status explorer at {@code /}, a decorated WebSocket echo at
 * {@code /ws/echo} and StatusKit's meters at {@code /metrics} (Prometheus text format). Jetty is chosen because its WebSocket implementation accepts the IANA-registered close
 * codes 1012-1014 from clients (Tyrus answers them with 1002).
 *
 * <pre>java -jar demo/target/statuskit-demo.jar [--port N] [--host ADDRESS]</pre>
 *
 * The first line printed is {@code Listening on http://127.0.0.1:PORT/}.
 */
public final class DemoServer implements AutoCloseable {
    /** The port used when none is given. */
    public static final int DEFAULT_PORT = 8080;
    /** The address bound when none is given: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    private final Server server;
    private final ServerConnector connector;
    private final String host;

    private DemoServer(String host, int port) {
        this.host = host;
        this.server = new Server();
        this.connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);

        StatusCatalog catalog = StatusCatalog.builder()
                .addBundle("dev.statuskit.demo.explorer", DemoServer.class.getClassLoader())
                .addBundle("dev.statuskit.demo.problems", DemoServer.class.getClassLoader())
                .build();
        CloseClassifier classifier = CloseClassifier.builder().catalog(catalog).build();
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);   // GET /metrics
        CloseMeters closes = StatusKitMetrics.closes(metrics);
        StatusKitWebSocketOptions webSocketOptions = StatusKitWebSocketOptions.builder().classifier(classifier)
                .addListener(closes).build();

        // One responder for the filter, the Jakarta REST feature and Jetty's own errors: the same answers
        // everywhere. ?lang= chooses the language over Accept-Language; a W3C traceparent adds a traceId.
        ProblemResponder responder = ProblemResponder.builder()
                .catalog(catalog)
                .localeResolver(LocaleResolver.queryParameter("lang"))
                .customizer(ProblemCustomizer.traceId())
                .listener(StatusKitMetrics.problems(metrics))
                .build();

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addEventListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                StatusKitFilter.register(event.getServletContext(), responder);
            }
        });
        ResourceConfig api = new ResourceConfig(ItemsResource.class, BoomResource.class, PurchaseResource.class)
                .register(new StatusKitFeature(responder))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        context.addServlet(new ServletHolder("api", new ServletContainer(api)), "/api/*");
        context.addServlet(new ServletHolder("status", new StatusServlet()), "/status/*");
        context.addServlet(new ServletHolder("explorer", new ExplorerServlet(catalog, classifier)), "");
        context.addServlet(new ServletHolder("metrics", new MetricsServlet(metrics)), "/metrics");
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            container.addEndpoint(StatusKitConfigurator
                    .endpointConfig("/ws/echo", () -> new EchoEndpoint(classifier), webSocketOptions)
                    .build());
            container.addEndpoint(StatusKitConfigurator
                    .annotatedEndpointConfig(RoomEndpoint.class, () -> new RoomEndpoint(classifier), webSocketOptions)
                    .build());
        });
        server.setHandler(context);
        // Jetty's own errors (ambiguous or malformed paths, 414, 431, 505, ...), answered before any filter: as
        // problems too; and TRACE refused with a problem instead of the default servlet's echo.
        StatusKitJetty.install(server, responder);
    }

    /** Starts a demo server; port 0 picks a free port. */
    public static DemoServer start(String host, int port) throws Exception {
        DemoServer demo = new DemoServer(host, port);
        demo.server.start();
        return demo;
    }

    /** The port the server listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The base URL, ending in a slash. */
    public String baseUrl() {
        String address = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + address + ":" + port() + "/";
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops the server. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the demo server", e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the demo server", e);
        }
    }

    /** Command-line entry point. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int port = DEFAULT_PORT;
        String host = DEFAULT_HOST;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--port") || arg.equals("--host")) && i + 1 < args.length) {
                String value = args[++i];
                if (arg.equals("--host")) {
                    host = value;
                } else {
                    port = parsePort(value);
                    if (port < 0) {
                        System.err.println("statuskit-demo: --port takes a number from 0 to 65535, not \"" + value + "\"");
                        System.exit(2);
                    }
                }
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println("Usage: java -jar statuskit-demo.jar [--port N] [--host ADDRESS]   (port 0 picks a free port)");
                return;
            } else {
                System.err.println("statuskit-demo: unexpected argument \"" + arg + "\"; try --help");
                System.exit(2);
            }
        }
        DemoServer demo = start(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(demo::close, "statuskit-demo-shutdown"));
        out.println("Listening on " + demo.baseUrl());
        demo.join();
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            return port >= 0 && port <= 65535 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

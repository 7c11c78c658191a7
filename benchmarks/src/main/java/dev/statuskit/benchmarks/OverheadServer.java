package dev.statuskit.benchmarks;

import dev.statuskit.http.ProblemOptions;
import dev.statuskit.http.jaxrs.StatusKitAutoDiscoverable;
import dev.statuskit.http.jaxrs.StatusKitFeature;
import dev.statuskit.http.servlet.StatusKitFilter;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The server for {@code benchmarks/http-overhead.sh}: one embedded Jetty 12 (ee11) with Jersey at
 * {@code /api/*}, as the demo has it, with or without StatusKit, on 127.0.0.1 only.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.statuskit.benchmarks.OverheadServer --port N --statuskit on|off</pre>
 *
 * <ul>
 *   <li>{@code GET /api/items/1} (to 3): a 200 JSON answer from a Jersey resource; other ids throw
 *       {@code NotFoundException};</li>
 *   <li>any path outside {@code /api/}: no servlet, so the container's 404.</li>
 * </ul>
 * With {@code --statuskit on} the servlet filter is registered ({@link StatusKitFilter#register}) and Jersey
 * gets {@link StatusKitFeature}; with {@code off} neither, and Jersey's automatic registration of the feature
 * is turned off too. Both run the same resources in the same container. The first line printed is
 * {@code Listening on http://127.0.0.1:PORT/ (statuskit on|off)}.
 */
public final class OverheadServer {
    private static final String HOST = "127.0.0.1";

    private OverheadServer() {
    }

    /** The Jersey resource: a small JSON item, or a 404. */
    @Path("items")
    public static class Items {
        private static final String[] NAMES = {"kettle", "teapot", "cup"};

        /** One item as JSON. */
        @GET
        @Path("{id}")
        @Produces(MediaType.APPLICATION_JSON)
        public String item(@PathParam("id") String id) {
            int index = "1".equals(id) ? 0 : "2".equals(id) ? 1 : "3".equals(id) ? 2 : -1;
            if (index < 0) {
                throw new NotFoundException();
            }
            return "{\"id\":" + (index + 1) + ",\"name\":\"" + NAMES[index] + "\"}";
        }
    }

    /** Builds and starts the server; port 0 picks a free one. */
    static Server start(int port, boolean statusKit) throws Exception {
        Server server = new Server();
        server.setStopAtShutdown(true);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(HOST);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ResourceConfig api = new ResourceConfig(Items.class).property(ServerProperties.WADL_FEATURE_DISABLE, true);
        if (statusKit) {
            context.addEventListener(new ServletContextListener() {
                @Override
                public void contextInitialized(ServletContextEvent event) {
                    StatusKitFilter.register(event.getServletContext(), ProblemOptions.defaults());
                }
            });
            api.register(StatusKitFeature.class);
        } else {
            api.property(StatusKitAutoDiscoverable.AUTODISCOVERY, false);
        }
        context.addServlet(new ServletHolder("api", new ServletContainer(api)), "/api/*");
        server.setHandler(context);
        server.start();
        return server;
    }

    /** Command-line entry point. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int port = -1;
        Boolean statusKit = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = parsePort(args[i + 1]);
                case "--statuskit" -> statusKit = "on".equals(args[i + 1]) ? Boolean.TRUE
                        : "off".equals(args[i + 1]) ? Boolean.FALSE : null;
                default -> port = -2;
            }
        }
        if (args.length % 2 != 0 || port < 0 || statusKit == null) {
            System.err.println("Usage: OverheadServer --port N --statuskit on|off   (port 0 picks a free port;"
                    + " the server listens on " + HOST + " only)");
            System.exit(2);
        }
        Server server = start(port, statusKit);
        int bound = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        out.println("Listening on http://" + HOST + ":" + bound + "/ (statuskit " + (statusKit ? "on" : "off") + ")");
        server.join();
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

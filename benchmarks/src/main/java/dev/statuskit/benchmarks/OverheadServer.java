package dev.statuskit.benchmarks;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemOptions;
import dev.statuskit.http.ProblemRequest;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.jaxrs.StatusKitAutoDiscoverable;
import dev.statuskit.http.jaxrs.StatusKitFeature;
import dev.statuskit.http.servlet.StatusKitFilter;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.jspecify.annotations.Nullable;

/**
 * The server for {@code benchmarks/http-overhead.sh}: one embedded Jetty 12 (ee11) with Jersey at
 * {@code /api/*}, as the demo has it, with or without StatusKit, on 127.0.0.1 only.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.statuskit.benchmarks.OverheadServer --port N --statuskit on|off|floor</pre>
 *
 * <ul>
 *   <li>{@code GET /api/items/1} (to 3): a 200 JSON answer from a Jersey resource; other ids throw
 *       {@code NotFoundException};</li>
 *   <li>any path outside {@code /api/}: no servlet, so the container's 404.</li>
 * </ul>
 * With {@code --statuskit on} the servlet filter is registered ({@link StatusKitFilter#register}) and Jersey
 * gets {@link StatusKitFeature}; with {@code off} neither, and Jersey's automatic registration of the feature
 * is turned off too. Both run the same resources in the same container.
 *
 * <p>{@code floor} is {@code off} plus a plain servlet for every path outside {@code /api/}, which replays the
 * answer StatusKit gives to {@code GET /no/such/page} in English, made once at startup: its status, headers,
 * {@code Content-Length} and body, the same bytes. No StatusKit code runs per request, no filter, no
 * {@code sendError}: it is what sending that answer through the Servlet API costs at the least, so a 404 of
 * {@code on} can never be cheaper than one of {@code floor}, and the ratio of {@code floor} to Jetty's own page is
 * the most that any change to StatusKit could make of scenario (b) of {@code http-overhead.sh}.
 *
 * <p>The first line printed is {@code Listening on http://127.0.0.1:PORT/ (statuskit on|off|floor)}.
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

    /** What a server runs besides the resources. */
    enum Mode {
        /** StatusKit's servlet filter and Jakarta REST feature. */
        ON,
        /** No StatusKit: the container's own answers. */
        OFF,
        /** No StatusKit; every path outside {@code /api/} gets StatusKit's 404, made once and replayed. */
        FLOOR;

        /** The mode named so on the command line, or null. */
        static @Nullable Mode named(String name) {
            for (Mode mode : values()) {
                if (mode.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return mode;
                }
            }
            return null;
        }
    }

    /** The answer the {@code floor} server replays: StatusKit's to {@code GET /no/such/page} in English. */
    static ErrorAnswer floorAnswer() {
        return ProblemResponder.create(ProblemOptions.defaults())
                .answer(404, null, null, ProblemRequest.of("GET", "/no/such/page", Map.of(), null))
                .orElseThrow();
    }

    /** Replays one answer, made before, to every request: the least a servlet can do to send it. */
    static final class Replay extends HttpServlet {
        private static final long serialVersionUID = 1L;

        private final transient ErrorAnswer answer;
        private final transient byte[] body;

        Replay(ErrorAnswer answer) {
            this.answer = answer;
            this.body = answer.body();
        }

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(answer.status());
            answer.headers().forEach(response::setHeader);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** Builds and starts the server; port 0 picks a free one. */
    static Server start(int port, Mode mode) throws Exception {
        Server server = new Server();
        server.setStopAtShutdown(true);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(HOST);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ResourceConfig api = new ResourceConfig(Items.class).property(ServerProperties.WADL_FEATURE_DISABLE, true);
        if (mode == Mode.ON) {
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
        if (mode == Mode.FLOOR) {
            context.addServlet(new ServletHolder("floor", new Replay(floorAnswer())), "/");
        }
        server.setHandler(context);
        server.start();
        return server;
    }

    /** Command-line entry point. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int port = -1;
        Mode mode = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = parsePort(args[i + 1]);
                case "--statuskit" -> mode = Mode.named(args[i + 1]);
                default -> port = -2;
            }
        }
        if (args.length % 2 != 0 || port < 0 || mode == null) {
            System.err.println("Usage: OverheadServer --port N --statuskit on|off|floor   (port 0 picks a free port;"
                    + " the server listens on " + HOST + " only)");
            System.exit(2);
        }
        Server server = start(port, mode);
        int bound = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        out.println("Listening on http://" + HOST + ":" + bound + "/ (statuskit " + mode.name().toLowerCase(Locale.ROOT) + ")");
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

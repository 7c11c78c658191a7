package dev.statuskit.it.servers;

import dev.statuskit.grizzly.StatusKitGrizzly;
import dev.statuskit.http.ProblemCustomizer;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.jaxrs.StatusKitFeature;
import dev.statuskit.http.servlet.StatusKitFilter;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.it.app.ApiResources;
import dev.statuskit.it.app.AppProblems;
import dev.statuskit.it.app.TestServlets;
import dev.statuskit.jetty.StatusKitJetty;
import dev.statuskit.tomcat.StatusKitTomcat;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/** Starts each test server once per test JVM, on 127.0.0.1 and a free port. */
public final class Servers {
    /**
     * The one responder of every test server, behind the servlet filter and the Jakarta REST feature alike:
     * default options, Accept-Language, and the W3C trace-context customizer (a request without
     * {@code traceparent} is answered as without it).
     */
    public static final ProblemResponder RESPONDER = ProblemResponder.builder()
            .catalog(catalog())
            .customizer(ProblemCustomizer.traceId()).build();

    /** The static file Tomcat's DefaultServlet serves, {@link TestServlets#RANGE_LENGTH} bytes long. */
    public static final String STATIC_FILE = "static.bin";

    /** The request-body limit of every test server, in bytes: larger bodies meet the container's own 413. */
    public static final int BODY_LIMIT = 1 << 20;

    private static final Map<ServerKind, RunningServer> STARTED = new EnumMap<>(ServerKind.class);

    private Servers() {
    }

    /** The twenty shipped locales with the application problem types' bundles ({@link AppProblems#BUNDLES}). */
    static StatusCatalog catalog() {
        StatusCatalog.Builder catalog = StatusCatalog.builder();
        AppProblems.BUNDLES.forEach(bundle -> catalog.addBundle(bundle, Servers.class.getClassLoader()));
        return catalog.build();
    }

    /** The running server of a kind, started on first use and stopped when the test JVM exits. */
    public static synchronized RunningServer get(ServerKind kind) {
        RunningServer server = STARTED.get(kind);
        if (server == null) {
            RunningServer started = start(kind);
            STARTED.put(kind, started);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-" + kind));
            server = started;
        }
        return server;
    }

    /** The kind of the started server at this base URI, if one is. */
    public static synchronized Optional<ServerKind> kindAt(URI base) {
        return STARTED.values().stream().filter(server -> server.base().equals(base)).map(RunningServer::kind)
                .findFirst();
    }

    static RunningServer start(ServerKind kind) {
        try {
            switch (kind) {
                case JETTY: return jetty();
                case TOMCAT: return tomcat();
                case RESTEASY: return ResteasyServer.start(); // a class of its own: loaded only where RESTEasy is
                default: return grizzly();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not start " + kind, e);
        }
    }

    /** The Jersey application the servlet containers host at /api/*. */
    static ResourceConfig api() {
        return new ResourceConfig(ApiResources.class).register(new StatusKitFeature(RESPONDER))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }

    /** The same resources at /api for Grizzly, where Jersey serves every path. */
    @jakarta.ws.rs.Path("/api")
    public static class RootedApiResources extends ApiResources {
    }

    static RunningServer jetty() throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addEventListener(new jakarta.servlet.ServletContextListener() {
            @Override
            public void contextInitialized(jakarta.servlet.ServletContextEvent event) {
                StatusKitFilter.register(event.getServletContext(), RESPONDER);
            }
        });
        // Every servlet supports async processing, as Jersey's @Suspended resources and TestServlets.Async need.
        ServletHolder api = new ServletHolder("api", new ServletContainer(api()));
        api.setAsyncSupported(true);
        context.addServlet(api, "/api/*");
        for (Map.Entry<String, HttpServlet> servlet : TestServlets.all().entrySet()) {
            ServletHolder holder = new ServletHolder(servlet.getKey(), servlet.getValue());
            holder.setAsyncSupported(true);
            if (servlet.getValue() instanceof TestServlets.Upload) {
                holder.getRegistration().setMultipartConfig(TestServlets.UPLOAD_LIMITS);
            }
            context.addServlet(holder, "/servlet/" + servlet.getKey() + "/*");
        }
        // A small request-body limit, so that Jetty's own 413 can be seen (ContainerRefusalsTest).
        SizeLimitHandler limit = new SizeLimitHandler(BODY_LIMIT, -1);
        limit.setHandler(context);
        server.setHandler(limit);
        StatusKitJetty.install(server, RESPONDER);
        server.start();
        URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
        return new Handle(ServerKind.JETTY, base, server::stop);
    }

    static RunningServer tomcat() throws LifecycleException {
        Path baseDir;
        try {
            baseDir = Files.createTempDirectory("statuskit-tomcat");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A static file for Tomcat's DefaultServlet at "/", whose 416 for a range beyond its end RangeAnswersTest reads.
        try {
            Files.write(baseDir.resolve(STATIC_FILE), new byte[TestServlets.RANGE_LENGTH]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        // Tomcat has no request-body limit of its own: maxPostSize bounds only the form bodies it parses into
        // parameters (413 when the application reads them), and maxSwallowSize what it reads and discards of
        // a body the application left unread before it closes the connection (ContainerRefusalsTest).
        connector.setMaxPostSize(BODY_LIMIT);
        connector.setProperty("maxSwallowSize", Integer.toString(BODY_LIMIT));
        tomcat.getService().addConnector(connector);
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", baseDir.toString());
        context.addServletContainerInitializer(
                (classes, servletContext) -> StatusKitFilter.register(servletContext, RESPONDER), null);
        Tomcat.addServlet(context, "default", new DefaultServlet()).addMapping("/");
        // Every servlet supports async processing, as Jersey's @Suspended resources and TestServlets.Async need.
        Wrapper api = Tomcat.addServlet(context, "api", new ServletContainer(api()));
        api.setAsyncSupported(true);
        api.addMapping("/api/*");
        for (Map.Entry<String, HttpServlet> servlet : TestServlets.all().entrySet()) {
            Wrapper wrapper = Tomcat.addServlet(context, servlet.getKey(), servlet.getValue());
            wrapper.setAsyncSupported(true);
            if (servlet.getValue() instanceof TestServlets.Upload) {
                wrapper.setMultipartConfigElement(TestServlets.UPLOAD_LIMITS);
            }
            wrapper.addMapping("/servlet/" + servlet.getKey() + "/*");
        }
        StatusKitTomcat.install(tomcat.getHost(), RESPONDER);
        tomcat.start();
        URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
        return new Handle(ServerKind.TOMCAT, base, () -> {
            tomcat.stop();
            tomcat.destroy();
        });
    }

    static RunningServer grizzly() {
        ResourceConfig rooted = new ResourceConfig(RootedApiResources.class).register(new StatusKitFeature(RESPONDER))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), rooted, false);
        // A small request-body limit, so that Grizzly's own 413 can be seen (ContainerRefusalsTest).
        server.getServerConfiguration().setMaxPostSize(BODY_LIMIT);
        // Past its 413 Grizzly would read and drop the whole declared body before it closes the connection;
        // StatusKitGrizzly.install caps what it skips at the body limit, so it closes at once.
        StatusKitGrizzly.install(server, RESPONDER);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = server.getListeners().iterator().next().getPort();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        return new Handle(ServerKind.GRIZZLY, base, server::shutdownNow);
    }

    /** A started server and how to stop it. */
    static final class Handle implements RunningServer {
        private final ServerKind kind;
        private final URI base;
        private final AutoCloseable stop;

        Handle(ServerKind kind, URI base, AutoCloseable stop) {
            this.kind = kind;
            this.base = base;
            this.stop = stop;
        }

        @Override
        public URI base() {
            return base;
        }

        @Override
        public ServerKind kind() {
            return kind;
        }

        @Override
        public void close() {
            try {
                stop.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                System.err.println("Stopping " + kind + " failed: " + e);
            }
        }

        @Override
        public String toString() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

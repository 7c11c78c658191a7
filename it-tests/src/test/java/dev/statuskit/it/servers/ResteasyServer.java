package dev.statuskit.it.servers;

import dev.statuskit.http.jaxrs.StatusKitFeature;
import dev.statuskit.http.servlet.StatusKitFilter;
import dev.statuskit.it.app.ApiResources;
import dev.statuskit.it.app.TestServlets;
import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jboss.resteasy.plugins.server.servlet.HttpServletDispatcher;

/**
 * Jetty 12 ee11 with RESTEasy's {@link HttpServletDispatcher} at {@code /api/*}, the StatusKit filter and the plain
 * servlets: the {@link ServerKind#JETTY} server with RESTEasy in place of Jersey. Referenced only when that server
 * starts, so the Jersey test run never loads RESTEasy, and this one never loads Jersey.
 */
final class ResteasyServer {
    private ResteasyServer() {
    }

    /**
     * The application RESTEasy serves: the test resources and the plain feature, which finds the filter's responder
     * through the servlet context, as docs/http.md registers it.
     */
    public static final class Api extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(ApiResources.class, StatusKitFeature.class);
        }
    }

    static RunningServer start() throws Exception {
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
                StatusKitFilter.register(event.getServletContext(), Servers.RESPONDER);
            }
        });
        ServletHolder api = new ServletHolder("api", new HttpServletDispatcher());
        api.setInitParameter("jakarta.ws.rs.Application", Api.class.getName());
        api.setInitParameter("resteasy.servlet.mapping.prefix", "/api");
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
        server.setHandler(context);
        server.start();
        URI base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
        return new Servers.Handle(ServerKind.RESTEASY, base, server::stop);
    }
}

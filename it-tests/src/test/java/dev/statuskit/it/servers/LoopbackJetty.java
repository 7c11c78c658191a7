package dev.statuskit.it.servers;

import java.net.URI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A Jetty 12 server on 127.0.0.1 and a free port around one handler (a servlet context, or a handler that wraps
 * one), for the tests that need an application of their own (the snippets of README.md and docs/, compression);
 * the shared servers are in {@link Servers}.
 *
 * @param server the started server
 * @param base its base URL, ending in a slash
 */
public record LoopbackJetty(Server server, URI base) {

    /** Starts a server with this handler. */
    public static LoopbackJetty start(Handler handler) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(handler);
        server.start();
        return new LoopbackJetty(server, URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/"));
    }

    /** Stops the server. */
    public void stop() throws Exception {
        server.stop();
    }
}

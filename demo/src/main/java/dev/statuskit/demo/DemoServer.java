package dev.statuskit.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The StatusKit demo: one {@link DemoApp application} (the status explorer at {@code /}, Jersey at {@code /api},
 * {@code /status/{code}}, {@code /metrics} in the Prometheus text format, the decorated WebSocket endpoints
 * {@code /ws/echo} and {@code /ws/rooms/{room}}, and ONE responder for every error answer) hosted by the
 * {@link Container container} of choice.
 *
 * <pre>java -jar demo/target/statuskit-demo.jar [--port N] [--host ADDRESS] [--container jetty|tomcat|grizzly]</pre>
 *
 * The first line printed is {@code Listening on http://127.0.0.1:PORT/}, whatever the container.
 *
 * <p>Every container serves the same endpoints with the same answers (EveryContainerTest checks them). Where the
 * containers differ, as measured (Jetty 12.1.14, Tomcat 11.0.27, Grizzly 4 with Tyrus 2.2.0; ClientCloseCodesTest
 * pins the WebSocket rows):
 * <table>
 * <caption>What the containers do differently</caption>
 * <tr><th></th><th>jetty</th><th>tomcat</th><th>grizzly</th></tr>
 * <tr><td>a client's close 1012, 1013, 1014</td><td>accepted and echoed</td>
 *     <td>refused: close 1002 (with the client's own reason)</td>
 *     <td>refused: close 1002 ("Illegal close code: SERVICE_RESTART", ...)</td></tr>
 * <tr><td>a client's close 1015, 1016</td><td colspan="3">refused with 1002 by all three</td></tr>
 * <tr><td>{@code close 1012 restart} (the server closes with 1012)</td><td colspan="3">sent by all three</td></tr>
 * <tr><td>{@code /metrics} Content-Type</td><td>{@code text/plain; version=0.0.4; charset=utf-8}</td>
 *     <td>{@code text/plain;version=0.0.4;charset=utf-8} (Tomcat drops the spaces)</td>
 *     <td>as Jetty</td></tr>
 * <tr><td>status line</td><td>with a reason phrase</td><td>no reason phrase</td>
 *     <td>a reason phrase for the registered statuses only</td></tr>
 * <tr><td>a 400 or 500 answer</td><td>keeps the connection</td><td colspan="2">{@code Connection: close}</td></tr>
 * <tr><td>a WebSocket handshake for a version other than 13</td><td>404 problem (Jetty declines the upgrade)</td>
 *     <td>426 problem with {@code Sec-WebSocket-Version: 13}</td><td>426 with {@code Sec-WebSocket-Version: 13}, no
 *     body, the connection left open (Tyrus's own answer)</td></tr>
 * <tr><td>a request with {@code Upgrade: h2c} (the JDK HttpClient's default)</td><td colspan="3">answered as
 *     HTTP/1.1, the upgrade ignored, with its Content-Type (on Grizzly through statuskit-grizzly's codec: a bare
 *     Grizzly drops the Content-Type there)</td></tr>
 * <tr><td>errors the container answers before the application (bad request line, 414, 431, ...)</td>
 *     <td colspan="3">problems, through statuskit-jetty, statuskit-tomcat and statuskit-grizzly (RELIABILITY.md
 *     lists what each container still answers by itself and with which status)</td></tr>
 * </table>
 */
public final class DemoServer implements AutoCloseable {
    /** The port used when none is given. */
    public static final int DEFAULT_PORT = 8080;
    /** The address bound when none is given: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** The containers that can host the demo. */
    public enum Container {
        /** Jetty 12 (ee11) with Jersey's servlet, Jetty's Jakarta WebSocket and statuskit-jetty: the default. */
        JETTY,
        /** Embedded Tomcat 11 with Jersey's servlet and Tomcat's WebSocket. */
        TOMCAT,
        /** Jersey on Grizzly with Tyrus on the same port; no servlets. */
        GRIZZLY;

        /** The name on the command line: {@code jetty}, {@code tomcat} or {@code grizzly}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The container with this command-line name, if any. */
        public static Optional<Container> byId(String id) {
            for (Container container : values()) {
                if (container.id().equals(id)) {
                    return Optional.of(container);
                }
            }
            return Optional.empty();
        }
    }

    private final DemoHost server;
    private final Container container;
    private final String host;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private DemoServer(DemoHost server, Container container, String host) {
        this.server = server;
        this.container = container;
        this.host = host;
    }

    /** Starts a demo server on Jetty; port 0 picks a free port. */
    public static DemoServer start(String host, int port) throws Exception {
        return start(host, port, Container.JETTY);
    }

    /** Starts a demo server on this container; port 0 picks a free port. */
    public static DemoServer start(String host, int port, Container container) throws Exception {
        DemoApp app = new DemoApp();
        DemoHost server = switch (container) {
            case JETTY -> new JettyDemo(app, host, port);
            case TOMCAT -> new TomcatDemo(app, host, port);
            case GRIZZLY -> new GrizzlyDemo(app, host, port);
        };
        DemoServer demo = new DemoServer(server, container, host);
        try {
            server.start();
        } catch (Exception e) {
            demo.close();
            throw e;
        }
        return demo;
    }

    /** The container hosting this demo. */
    public Container container() {
        return container;
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** The base URL, ending in a slash. */
    public String baseUrl() {
        String address = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + address + ":" + port() + "/";
    }

    /** Waits until the server is closed. */
    public void join() throws InterruptedException {
        stopped.await();
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
        } finally {
            stopped.countDown();
        }
    }

    /** Command-line entry point. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int port = DEFAULT_PORT;
        String host = DEFAULT_HOST;
        Container container = Container.JETTY;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--port") || arg.equals("--host") || arg.equals("--container")) && i + 1 < args.length) {
                String value = args[++i];
                if (arg.equals("--host")) {
                    host = value;
                } else if (arg.equals("--container")) {
                    Optional<Container> named = Container.byId(value);
                    if (named.isEmpty()) {
                        System.err.println("statuskit-demo: --container takes jetty, tomcat or grizzly");
                        System.exit(2);
                    }
                    container = named.get();
                } else {
                    port = parsePort(value);
                    if (port < 0) {
                        System.err.println("statuskit-demo: --port takes a number from 0 to 65535, not \"" + value + "\"");
                        System.exit(2);
                    }
                }
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println("Usage: java -jar statuskit-demo.jar [--port N] [--host ADDRESS] [--container jetty|tomcat|grizzly]"
                        + "   (port 0 picks a free port; jetty is the default)");
                return;
            } else {
                System.err.println("statuskit-demo: unexpected argument \"" + arg + "\"; try --help");
                System.exit(2);
            }
        }
        DemoServer demo = start(host, port, container);
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

package dev.statuskit.it.answerpath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemCustomizer;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.jaxrs.StatusKitFeature;
import dev.statuskit.http.servlet.StatusKitFilter;
import dev.statuskit.jetty.StatusKitErrorHandler;
import dev.statuskit.testing.HttpCalls;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one answer path: for the same request, the servlet filter, the Jakarta REST feature and the Jetty core
 * error handler, all over one {@link ProblemResponder}, give the same status, the same headers and the same
 * bytes. One Jetty 12 server holds all three: a servlet that calls {@code sendError}, a Jersey resource that
 * throws {@link WebApplicationException}, and the paths outside the application, which Jetty answers itself.
 */
class OneAnswerPathTest {
    static final List<String> ANSWER_HEADERS = List.of("Content-Type", "Content-Language", "Vary", "Cache-Control",
            "X-Content-Type-Options", "Content-Length");
    static Server server;
    static URI base;

    /** Calls {@code sendError} with the status named by the path. */
    public static final class SendErrorServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendError(Integer.parseInt(request.getPathInfo().substring(1)));
        }
    }

    /** Throws a {@link WebApplicationException} with the status named by the path. */
    @Path("/")
    public static final class ThrowingResource {
        @GET
        @Path("{code}")
        public String fail(@PathParam("code") int code) {
            throw new WebApplicationException(code);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        ProblemResponder responder = ProblemResponder.builder().customizer(ProblemCustomizer.traceId()).build();
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/app");
        context.addEventListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                StatusKitFilter.register(event.getServletContext(), responder);
            }
        });
        context.addServlet(new ServletHolder("send-error", new SendErrorServlet()), "/servlet/*");
        ResourceConfig api = new ResourceConfig(ThrowingResource.class).register(new StatusKitFeature(responder))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        context.addServlet(new ServletHolder("api", new ServletContainer(api)), "/api/*");
        server.setHandler(context);
        server.setErrorHandler(new StatusKitErrorHandler(responder));
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    /** What the client sees of an answer: status, StatusKit's headers, body bytes. */
    record Seen(int status, Map<String, List<String>> headers, List<Byte> body) {
        static Seen of(HttpResponse<byte[]> response) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : ANSWER_HEADERS) {
                headers.put(name, response.headers().allValues(name));
            }
            List<Byte> body = new ArrayList<>(response.body().length);
            for (byte b : response.body()) {
                body.add(b);
            }
            return new Seen(response.statusCode(), headers, body);
        }
    }

    static Seen call(String method, String path, String accept, String language) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", accept).header("Accept-Language", language)
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").build();
        return Seen.of(HttpCalls.call(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource({
        "GET,  404, application/problem+json, zh-CN",
        "GET,  404, application/problem+xml,  ar",
        "GET,  404, text/html,                ja",
        "GET,  404, text/plain,               de",
        "HEAD, 404, text/html,                he",
        "GET,  400, application/problem+json, uk",
        "GET,  400, text/html,                fr",
    })
    void theFilterTheFeatureAndTheContainerHandlerAnswerByteForByteAlike(String method, int status, String accept,
                                                                         String language) {
        Seen servlet = call(method, "app/servlet/" + status, accept, language);
        Seen jaxrs = call(method, "app/api/" + status, accept, language);
        // Outside the application Jetty answers itself: 404 for an unmapped path, 400 for an ambiguous one.
        Seen container = call(method, status == 404 ? "elsewhere" : "app/a%2Fb", accept, language);

        assertThat(servlet.status()).isEqualTo(status);
        assertThat(servlet.headers().get("Content-Language")).containsExactly(
                java.util.Locale.forLanguageTag(language).toLanguageTag());
        assertThat(servlet.headers().get("Content-Type")).hasSize(1);
        assertThat(servlet.body().isEmpty()).isEqualTo(method.equals("HEAD"));
        String body = new String(toBytes(servlet.body()), java.nio.charset.StandardCharsets.UTF_8);
        if (!method.equals("HEAD")) {
            assertThat(body).contains("4bf92f3577b34da6a3ce929d0e0e4736");
        }
        assertThat(jaxrs).as("Jakarta REST against the servlet filter").isEqualTo(servlet);
        assertThat(container).as("the Jetty core handler against the servlet filter").isEqualTo(servlet);
    }

    static byte[] toBytes(List<Byte> list) {
        byte[] bytes = new byte[list.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = list.get(i);
        }
        return bytes;
    }
}

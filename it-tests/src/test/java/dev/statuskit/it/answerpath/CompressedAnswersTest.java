package dev.statuskit.it.answerpath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.jaxrs.StatusKitFeature;
import dev.statuskit.http.servlet.StatusKitFilter;
import dev.statuskit.it.servers.LoopbackJetty;
import dev.statuskit.testing.HttpCalls;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers on servers that compress responses, as many deployments do. An answer's body is written in parts, and sets
 * {@code Content-Length} to the length of those parts; a compressing container must still send a body that inflates
 * to the very bytes of the uncompressed answer, with a length that matches what it sends.
 * <ul>
 *   <li>Tomcat with {@code compression="on"} compresses problems (given their media types) and sends them chunked,
 *       without {@code Content-Length}, adding {@code Accept-Encoding} to {@code Vary};</li>
 *   <li>Jetty's {@code GzipHandler} compresses no error status, so the answer goes out as it is, with its length.</li>
 * </ul>
 */
class CompressedAnswersTest {
    private static final ProblemResponder RESPONDER = ProblemResponder.builder().build();
    private static LoopbackJetty jetty;
    private static Tomcat tomcat;
    private static URI tomcatBase;

    @BeforeAll
    // GzipHandler is marked for removal in Jetty 12.1, whose CompressionHandler (jetty-compression-server) is not
    // among the artifacts this build resolves; deployments on Jetty 12 still use it.
    @SuppressWarnings("removal")
    static void start() throws Exception {
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/app");
        context.addEventListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                StatusKitFilter.register(event.getServletContext(), RESPONDER);
            }
        });
        context.addServlet(new ServletHolder("send-error", new OneAnswerPathTest.SendErrorServlet()), "/servlet/*");
        context.addServlet(new ServletHolder("api", new ServletContainer(api())), "/api/*");
        GzipHandler gzip = new GzipHandler();
        gzip.setMinGzipSize(16);
        gzip.setHandler(context);
        jetty = LoopbackJetty.start(gzip);

        Path baseDir = Files.createTempDirectory("statuskit-tomcat-gzip");
        tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector tomcatConnector = new Connector();
        tomcatConnector.setPort(0);
        tomcatConnector.setProperty("address", "127.0.0.1");
        tomcatConnector.setProperty("compression", "on");
        tomcatConnector.setProperty("compressionMinSize", "16");
        tomcatConnector.setProperty("compressibleMimeType",
                "text/html,text/plain,application/problem+json,application/problem+xml");
        tomcat.getService().addConnector(tomcatConnector);
        tomcat.setConnector(tomcatConnector);
        Context tomcatContext = tomcat.addContext("/app", baseDir.toString());
        tomcatContext.addServletContainerInitializer(
                (classes, servletContext) -> StatusKitFilter.register(servletContext, RESPONDER), null);
        Tomcat.addServlet(tomcatContext, "send-error", new OneAnswerPathTest.SendErrorServlet()).addMapping("/servlet/*");
        Tomcat.addServlet(tomcatContext, "api", new ServletContainer(api())).addMapping("/api/*");
        tomcat.start();
        tomcatBase = URI.create("http://127.0.0.1:" + tomcatConnector.getLocalPort() + "/");
    }

    private static ResourceConfig api() {
        return new ResourceConfig(OneAnswerPathTest.ThrowingResource.class).register(new StatusKitFeature(RESPONDER))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }

    @AfterAll
    static void stop() throws Exception {
        jetty.stop();
        tomcat.stop();
        tomcat.destroy();
    }

    private static HttpResponse<byte[]> get(URI base, String path, String accept, String language, boolean gzip) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept)
                .header("Accept-Language", language);
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HttpCalls.call(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] inflated(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as UTF-8 text, with each error id (a random UUID) replaced by the same placeholder. */
    private static String withoutErrorId(byte[] body) {
        return new String(body, StandardCharsets.UTF_8)
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ERROR-ID");
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "app/servlet/404, application/problem+json, de",
        "app/servlet/404, text/html,                zh-CN",
        "app/servlet/503, text/html,                ar",
        "app/servlet/503, application/problem+xml,  ja",
        "app/api/404,     application/problem+json, uk",
        "app/api/404,     text/html,                he",
        "app/api/400,     text/plain,               fr",
    })
    void tomcatCompressesAProblemThatInflatesToTheUncompressedAnswer(String path, String accept, String language) {
        HttpResponse<byte[]> plain = get(tomcatBase, path, accept, language, false);
        HttpResponse<byte[]> compressed = get(tomcatBase, path, accept, language, true);

        assertThat(plain.headers().firstValue("Content-Length")).contains(Integer.toString(plain.body().length));
        assertThat(plain.body().length).isGreaterThan(100);
        assertThat(compressed.statusCode()).isEqualTo(plain.statusCode()).isEqualTo(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)));
        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(compressed.headers().firstValue("Content-Length")).isEmpty();
        assertThat(compressed.headers().allValues("Vary").toString().toLowerCase(Locale.ROOT))
                .contains("accept-language").contains("accept-encoding");
        byte[] inflated = inflated(compressed.body());
        assertThat(inflated.length).isEqualTo(plain.body().length);
        // A 5xx answer has an error id of its own per request; everything else is the same, byte for byte.
        assertThat(withoutErrorId(inflated)).isEqualTo(withoutErrorId(plain.body()));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "app/servlet/404, application/problem+json, de",
        "app/servlet/404, text/html,                zh-CN",
        "app/api/404,     text/html,                he",
    })
    void jettysGzipHandlerLeavesAnErrorAnswerAsItIsWithItsLength(String path, String accept, String language) {
        HttpResponse<byte[]> plain = get(jetty.base(), path, accept, language, false);
        HttpResponse<byte[]> asked = get(jetty.base(), path, accept, language, true);

        assertThat(asked.statusCode()).isEqualTo(404);
        assertThat(asked.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(asked.headers().firstValue("Content-Length")).contains(Integer.toString(asked.body().length));
        assertThat(asked.body()).isEqualTo(plain.body()).hasSizeGreaterThan(100);
    }
}

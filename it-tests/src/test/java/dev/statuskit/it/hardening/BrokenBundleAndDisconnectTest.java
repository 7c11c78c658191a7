package dev.statuskit.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemOptions;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.servlet.StatusKitFilter;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.it.app.Secrets;
import dev.statuskit.it.app.TestServlets;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import dev.statuskit.testing.HttpCalls;
import dev.statuskit.testing.LogCapture;
import dev.statuskit.testing.RawHttp;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Faults around the answer itself: a broken application bundle, a second sendError, a client that leaves. */
class BrokenBundleAndDisconnectTest {

    @Nested
    class ABrokenApplicationBundle {
        @Test
        void isSkippedWithAWarningAndTheBuiltInTextsAnswerWhileItsReadableFilesStillApply() throws Exception {
            Server server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            server.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler("/");
            context.addEventListener(new ServletContextListener() {
                @Override
                public void contextInitialized(ServletContextEvent event) {
                    StatusKitFilter.register(event.getServletContext(),
                            ProblemOptions.builder().bundle("dev.statuskit.it.broken.messages").build());
                }
            });
            context.addServlet(new ServletHolder(TestServlets.all().get("send-error")), "/servlet/send-error/*");
            server.setHandler(context);
            try (LogCapture log = LogCapture.of("dev.statuskit.i18n")) {
                server.start();
                URI uri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/servlet/send-error/404");
                assertThat(title(HttpCalls.get(uri, null, "en"))).isEqualTo("Not Found");
                assertThat(title(HttpCalls.get(uri, null, "de"))).isEqualTo(
                        StatusCatalog.standard().http(404, Locale.GERMAN).title());
                assertThat(title(HttpCalls.get(uri, null, "ja"))).isEqualTo("ページがありません");
                assertThat(log.containing("Skipping message bundle dev/statuskit/it/broken/messages.properties"))
                        .hasSize(1);
                assertThat(log.containing("Skipping message bundle dev/statuskit/it/broken/messages_de.properties: it is not valid UTF-8"))
                        .hasSize(1);
            } finally {
                server.stop();
            }
        }

        private String title(HttpResponse<byte[]> response) {
            assertThat(response.statusCode()).isEqualTo(404);
            return Answers.json(response.body()).getString("title");
        }
    }

    @Nested
    class SendErrorTwice {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
        void answersTheFirstErrorAndLogsTheSecond(ServerKind kind) {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                HttpResponse<byte[]> response = HttpCalls.get(Servers.get(kind).uri("servlet/send-error-twice/"), null, "zh-CN");
                assertThat(response.statusCode()).isEqualTo(404);
                assertThat(Answers.json(response.body()).getString("title")).isEqualTo("未找到");
                assertThat(HttpCalls.text(response)).doesNotContain(Secrets.SECRET);
                assertThat(log.containing("on the same response is ignored")).hasSize(1);
            }
        }
    }

    @Nested
    class AClientThatLeavesMidAnswer {
        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.statuskit.it.servers.ServerKind#available")
        void neitherBreaksTheServerNorLeaksIntoTheNextAnswer(ServerKind kind) throws Exception {
            URI base = Servers.get(kind).base();
            for (int i = 0; i < 100; i++) {
                try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                    socket.setSoLinger(true, 0); // close with a reset, while the server writes its answer
                    OutputStream out = socket.getOutputStream();
                    out.write(("GET /api/boom HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAccept: text/html\r\n"
                            + "Accept-Language: ar\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
            RawHttp.Answer answer = RawHttp.send(base, "GET", "/api/boom", Map.of("Accept-Language", "ru"));
            assertThat(answer.status()).isEqualTo(500);
            assertThat(Answers.json(answer.body()).getString("title"))
                    .isEqualTo(StatusCatalog.standard().http(500, Locale.forLanguageTag("ru")).title());
            HttpResponse<byte[]> ok = HttpCalls.get(base.resolve("api/items/1"), null, null);
            assertThat(ok.statusCode()).isEqualTo(200);
        }
    }

}

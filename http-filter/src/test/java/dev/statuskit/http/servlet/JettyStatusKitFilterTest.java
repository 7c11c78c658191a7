package dev.statuskit.http.servlet;

import dev.statuskit.http.ProblemResponder;
import dev.statuskit.testing.HttpCalls;
import static dev.statuskit.testing.HttpCalls.contentType;
import static dev.statuskit.testing.HttpCalls.header;
import static dev.statuskit.testing.HttpCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.statuskit.http.Problem;
import dev.statuskit.http.ProblemException;
import dev.statuskit.http.ExceptionStatusPolicy;
import dev.statuskit.http.ProblemConfiguration;
import dev.statuskit.http.ProblemOptions;
import dev.statuskit.testing.LogCapture;
import jakarta.json.JsonObject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.eclipse.jetty.ee11.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** StatusKitFilter in a real Jetty 12 (ee11), registered with {@link StatusKitFilter#register}. */
class JettyStatusKitFilterTest {
    // HTTP/1.1, without the h2c upgrade the JDK client attempts by default: plain exchanges, as a browser has them.
    private static Server server;
    private static URI base;

    @FunctionalInterface
    interface Action {
        void handle(HttpServletRequest request, HttpServletResponse response) throws Exception;
    }

    /** A servlet that answers GET with an action; other methods get HttpServlet's defaults. */
    static final class GetServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Action action;

        GetServlet(Action action) {
            this.action = action;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
            try {
                action.handle(request, response);
            } catch (ServletException | IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Answers GET; sets Allow first, so that HttpServlet's default doPost answers 405 with it. */
    static final class FormServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            super.service(request, response);
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.getWriter().write("form");
        }
    }

    /** Registered before StatusKit: its errors reach the container, which dispatches them to the error page. */
    static final class GateFilter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException {
            String path = ((HttpServletRequest) request).getRequestURI();
            if (path.endsWith("/deny")) {
                ((HttpServletResponse) response).sendError(403);
            } else if (path.endsWith("/invalid")) {
                throw new IllegalArgumentException("SECRET-457 in the gate");
            } else {
                throw new IllegalStateException("SECRET-456 in the gate");
            }
        }
    }

    @Path("/")
    public static class Api {
        @GET
        @Path("boom")
        public String boom() {
            throw new IllegalStateException("SECRET-JAXRS");
        }

        @GET
        @Path("missing")
        public String missing() {
            throw new NotFoundException();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        ServletContextHandler app = new ServletContextHandler("/app");
        app.addServletContainerInitializer((classes, context) -> {
            context.addFilter("gate", new GateFilter())
                    .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/gate/*");
            StatusKitFilter.register(context, ProblemOptions.builder().instance(true)
                    // the tests of sendError messages as details (off by default)
                    .sendErrorMessages(ProblemOptions.SendErrorMessages.CLIENT_ERRORS).exceptionStatus(ExceptionStatusPolicy.builder().map(IllegalArgumentException.class, 400).build()).build());
        });
        app.addServlet(new ServletHolder(new GetServlet((q, r) -> r.sendError(404))), "/missing");
        app.addServlet(new ServletHolder(new GetServlet((q, r) -> r.sendError(400, "<script>alert(1)</script>"))), "/bad");
        app.addServlet(new ServletHolder(new GetServlet((q, r) -> {
            r.setHeader("Retry-After", "120");
            r.setStatus(503);
        })), "/busy");
        app.addServlet(new ServletHolder(new GetServlet((q, r) -> {
            throw new IllegalStateException("SECRET-123");
        })), "/secret");
        app.addServlet(new ServletHolder(new GetServlet((q, r) -> {
            // A cause chain that comes back on itself, as initCause allows: A, then B, then A.
            IllegalStateException first = new IllegalStateException("SECRET-A");
            first.initCause(new IllegalArgumentException("SECRET-B", first));
            throw first;
        })), "/cycle");
        app.addServlet(new ServletHolder(new GetServlet((q, r) -> {
            r.setContentType("text/plain;charset=utf-8");
            r.setHeader("X-App", "yes");
            r.getWriter().write("hello");
        })), "/ok");
        app.addServlet(new ServletHolder(new GetServlet((q, r) -> {
            throw new ProblemException(Problem.builder().type(URI.create("https://example.com/probs/sold-out"))
                    .title("Sold out").status(409).with("item", "A-7").build());
        })), "/sold-out");
        app.addServlet(new ServletHolder(new GetServlet((q, r) -> {
            throw new ServletException("wrapped", new NumberFormatException("SECRET-NFE: For input string"));
        })), "/bad-number");
        app.addServlet(new ServletHolder(new FormServlet()), "/form");
        app.addServlet(new ServletHolder(new GetServlet((q, r) -> {
            r.setStatus(409);
            r.setContentType("application/json");
            r.getWriter().write("{\"own\":true}");
        })), "/own-error");
        app.addServlet(new ServletHolder(new GetServlet((q, r) -> {
            r.getWriter().write("junk that must not leak");
            r.setHeader("ETag", "\"v1\"");
            r.sendError(404);
        })), "/writer-then-error");
        app.addServlet(new ServletHolder(new GetServlet((q, r) -> {
            r.addCookie(new Cookie("session", "abc"));
            r.setHeader("WWW-Authenticate", "Bearer realm=\"api\"");
            r.sendError(401);
        })), "/login");
        app.addServlet(new ServletHolder(new GetServlet((q, r) -> {
            r.getOutputStream().write("partial-".getBytes(StandardCharsets.UTF_8));
            r.flushBuffer();
            throw new IllegalStateException("SECRET-999");
        })), "/committed-throw");
        app.addServlet(new ServletHolder(new GetServlet((q, r) -> {
            r.getOutputStream().write("partial-".getBytes(StandardCharsets.UTF_8));
            r.flushBuffer();
            r.sendError(500);
        })), "/committed-send-error");
        ServletHolder async = new ServletHolder(new GetServlet((q, r) -> {
            AsyncContext context = q.startAsync();
            context.start(() -> {
                try {
                    ((HttpServletResponse) context.getResponse()).sendError(404);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                context.complete();
            });
        }));
        async.setAsyncSupported(true);
        app.addServlet(async, "/async-missing");
        ServletHolder asyncWrapped = new ServletHolder(new GetServlet((q, r) -> {
            AsyncContext context = q.startAsync(q, r);
            // Later, once the request thread has left the filter.
            CompletableFuture.delayedExecutor(150, TimeUnit.MILLISECONDS).execute(() -> {
                try {
                    ((HttpServletResponse) context.getResponse()).sendError(410);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                context.complete();
            });
        }));
        asyncWrapped.setAsyncSupported(true);
        app.addServlet(asyncWrapped, "/async-gone");
        // Options of its own, so that its problems tell themselves from the filter's: these have no instance.
        app.addServlet(new ServletHolder(new ServletContainer(new ResourceConfig(Api.class)
                .property(ProblemConfiguration.INSTANCE, "false"))), "/api/*");
        // Made in code, which Jersey gives no context attribute as a property: the feature asks the servlet context.
        app.addServlet(new ServletHolder(new ServletContainer(new ResourceConfig(Api.class))), "/shared-api/*");
        ErrorPageErrorHandler errorPages = new ErrorPageErrorHandler();
        errorPages.addErrorPage(ErrorPageErrorHandler.GLOBAL_ERROR_PAGE, StatusKitFilter.ERROR_PAGE);
        app.setErrorHandler(errorPages);

        ServletContextHandler off = new ServletContextHandler("/off");
        off.setInitParameter(StatusKitFilter.ENABLED, "false");
        off.addServletContainerInitializer((classes, context) -> StatusKitFilter.register(context, ProblemOptions.defaults()));
        off.addServlet(new ServletHolder(new GetServlet((q, r) -> r.sendError(404))), "/missing");
        off.addServlet(new ServletHolder(new GetServlet((q, r) -> r.getWriter().write("fine"))), "/ok");
        ErrorPageErrorHandler offErrorPages = new ErrorPageErrorHandler();
        offErrorPages.addErrorPage(ErrorPageErrorHandler.GLOBAL_ERROR_PAGE, StatusKitFilter.ERROR_PAGE);
        off.setErrorHandler(offErrorPages);

        server = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.setHandler(new ContextHandlerCollection(app, off));
        server.start();
        base = URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort());
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        return HttpCalls.send(base, method, path, headers);
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        return send("GET", path, headers);
    }

    @Nested
    class SendError {
        @Test
        void answersA404WithALocalizedProblem() throws Exception {
            HttpResponse<String> response = get("/app/missing");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(contentType(response)).isEqualTo("application/problem+json");
            assertThat(header(response, "Content-Language")).isEqualTo("en");
            assertThat(header(response, "Vary")).isEqualTo("Accept, Accept-Language");
            assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
            JsonObject json = json(response);
            assertThat(json.getString("type")).isEqualTo("about:blank");
            assertThat(json.getString("title")).isEqualTo("Not Found");
            assertThat(json.getInt("status")).isEqualTo(404);
            assertThat(json.getString("detail")).isEqualTo("The requested resource could not be found. Check the address and try again.");
            assertThat(json.getString("instance")).isEqualTo("/app/missing");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "zh-CN,zh;q=0.9      | zh-CN | 未找到",
            "ar                  | ar    | غير موجود",
            "de-CH               | de    | Nicht gefunden",
        })
        void answersInTheClientsLanguage(String acceptLanguage, String contentLanguage, String title) throws Exception {
            HttpResponse<String> response = get("/app/missing", "Accept-Language", acceptLanguage);

            assertThat(header(response, "Content-Language")).isEqualTo(contentLanguage);
            assertThat(header(response, "Vary")).isEqualTo("Accept, Accept-Language");
            assertThat(json(response).getString("title")).isEqualTo(title);
        }

        @Test
        void givesArabicBrowsersARightToLeftPage() throws Exception {
            HttpResponse<String> response = get("/app/missing", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8",
                    "Accept-Language", "ar");

            assertThat(contentType(response)).isEqualTo("text/html;charset=utf-8");
            assertThat(response.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "<h1>غير موجود</h1>");
        }

        @Test
        void showsTheMessageOfA4xxAsDetailEscapedInHtml() throws Exception {
            HttpResponse<String> html = get("/app/bad", "Accept", "text/html");
            HttpResponse<String> json = get("/app/bad");

            assertThat(html.statusCode()).isEqualTo(400);
            assertThat(html.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(json(json).getString("detail")).isEqualTo("<script>alert(1)</script>");
            assertThat(header(json, "X-Content-Type-Options")).isEqualTo("nosniff");
        }

        @Test
        void replacesWhateverTheApplicationWroteBeforeTheError() throws Exception {
            HttpResponse<String> response = get("/app/writer-then-error", "Accept", "application/xml");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(contentType(response)).isEqualTo("application/problem+xml;charset=utf-8");
            assertThat(response.body()).startsWith("<?xml").contains("<title>Not Found</title>").doesNotContain("junk");
            assertThat(header(response, "ETag")).isNull();
        }

        @Test
        void keepsChallengesAndCookies() throws Exception {
            HttpResponse<String> response = get("/app/login");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(header(response, "WWW-Authenticate")).isEqualTo("Bearer realm=\"api\"");
            assertThat(header(response, "Set-Cookie")).startsWith("session=abc");
            assertThat(json(response).getString("title")).isEqualTo("Unauthorized");
        }

        @Test
        void keepsAllowOnA405FromHttpServletsDefaultDoPost() throws Exception {
            HttpResponse<String> response = send("POST", "/app/form", "Accept-Language", "fr");

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(header(response, "Allow")).isEqualTo("GET, HEAD, OPTIONS");
            assertThat(json(response).getString("title")).isEqualTo("Méthode non autorisée");
            assertThat(json(response).getString("detail")).contains("POST");
        }

        @Test
        void givesAHeadRequestHeadersWithoutABody() throws Exception {
            HttpResponse<String> response = send("HEAD", "/app/missing", "Accept-Language", "ja");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEmpty();
            assertThat(contentType(response)).isEqualTo("application/problem+json");
            assertThat(header(response, "Content-Language")).isEqualTo("ja");
        }
    }

    @Nested
    class SetStatus {
        @Test
        void givesAnEmpty503AProblemAndKeepsRetryAfter() throws Exception {
            HttpResponse<String> response = get("/app/busy", "Accept", "text/plain");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(header(response, "Retry-After")).isEqualTo("120");
            assertThat(contentType(response)).isEqualTo("text/plain;charset=utf-8");
            assertThat(response.body()).startsWith("503 Service Unavailable\n").containsPattern("errorId: [0-9a-f-]{36}");
        }

        @Test
        void passesAnErrorWithTheApplicationsOwnBodyThrough() throws Exception {
            HttpResponse<String> response = get("/app/own-error");

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(contentType(response)).isEqualTo("application/json");
            assertThat(response.body()).isEqualTo("{\"own\":true}");
            assertThat(header(response, "Vary")).isNull();
        }

        @Test
        void passesASuccessThroughUntouched() throws Exception {
            HttpResponse<String> response = get("/app/ok", "Accept", "application/problem+json");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("hello");
            assertThat(header(response, "X-App")).isEqualTo("yes");
            assertThat(contentType(response)).isEqualTo("text/plain;charset=utf-8");
            assertThat(header(response, "Cache-Control")).isNull();
            assertThat(header(response, "Content-Language")).isNull();
        }
    }

    @Nested
    class Exceptions {
        @ParameterizedTest
        @ValueSource(strings = {"application/json", "application/xml", "text/html", "text/plain", "*/*"})
        void hidesTheExceptionBehindAnErrorId(String accept) throws Exception {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                HttpResponse<String> response = get("/app/secret", "Accept", accept);

                assertThat(response.statusCode()).isEqualTo(500);
                assertThat(response.body()).doesNotContain("SECRET", "IllegalStateException", "java.lang", "at dev.");
                assertThat(response.headers().map().toString()).doesNotContain("SECRET", "IllegalStateException");
                List<LogRecord> errors = log.at(Level.SEVERE);
                assertThat(errors).singleElement().satisfies(r -> {
                    assertThat(r.getThrown()).hasMessage("SECRET-123");
                    String errorId = r.getMessage().substring("errorId ".length(), "errorId ".length() + 36);
                    assertThat(response.body()).contains(errorId);
                });
            }
        }

        /** Every walk of the causes (client abort, malformed request, container status, root cause) is bounded. */
        @Test
        void anExceptionWhoseCausesGoRoundIsAHidden500LoggedOnceAndTheServerGoesOn() throws Exception {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                HttpResponse<String> response = assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> get("/app/cycle", "Accept-Language", "de"));

                assertThat(response.statusCode()).isEqualTo(500);
                assertThat(header(response, "Content-Language")).isEqualTo("de");
                assertThat(response.body()).contains("\"errorId\":").doesNotContain("SECRET", "Exception");
                assertThat(log.at(Level.SEVERE)).singleElement().satisfies(r -> assertThat(r.getThrown()).hasMessage("SECRET-A"));
            }
            assertThat(get("/app/ok").statusCode()).isEqualTo(200);
        }

        @Test
        void answersAProblemExceptionWithItsOwnProblem() throws Exception {
            HttpResponse<String> response = get("/app/sold-out", "Accept", "application/problem+xml");

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(contentType(response)).isEqualTo("application/problem+xml;charset=utf-8");
            assertThat(response.body()).contains("<type>https://example.com/probs/sold-out</type>", "<title>Sold out</title>",
                    "<item>A-7</item>", "<instance>/app/sold-out</instance>");
        }

        @Test
        void mapsTheRootCauseOfAServletExceptionByTheOptions() throws Exception {
            HttpResponse<String> response = get("/app/bad-number");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).getString("title")).isEqualTo("Bad Request");
            assertThat(response.body()).doesNotContain("SECRET", "NumberFormatException", "wrapped");
        }

        @Test
        void leavesACommittedResponseAloneWhenTheApplicationThrows() throws Exception {
            assertCommittedResponseLeftIntact("/app/committed-throw");
        }

        @Test
        void leavesACommittedResponseAloneWhenTheApplicationSendsAnError() throws Exception {
            assertCommittedResponseLeftIntact("/app/committed-send-error");
        }

        private void assertCommittedResponseLeftIntact(String path) throws Exception {
            HttpResponse<InputStream> response = HttpCalls.client().send(HttpRequest.newBuilder(base.resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            StringBuilder received = new StringBuilder();
            try (InputStream body = response.body()) {
                byte[] buffer = new byte[256];
                for (int n; (n = body.read(buffer)) > 0; ) {
                    received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException aborted) {
                // The container aborts a response that failed after commit; what arrived is what counts.
            }

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(received.toString()).startsWith("partial-").doesNotContain("SECRET", "about:blank", "status");
            assertThat(header(response, "Content-Language")).isNull();
        }
    }

    @Nested
    class ContainerErrors {
        @Test
        void answersAnErrorSentOutsideTheFilterThroughTheErrorDispatch() throws Exception {
            HttpResponse<String> response = get("/app/gate/deny", "Accept-Language", "de");

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(contentType(response)).isEqualTo("application/problem+json");
            JsonObject json = json(response);
            assertThat(json.getString("title")).isEqualTo("Verboten");
            assertThat(json.getString("instance")).isEqualTo("/app/gate/deny");
        }

        @Test
        void hidesAnExceptionThrownOutsideTheFilter() throws Exception {
            HttpResponse<String> response = get("/app/gate/crash", "Accept", "text/html");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(contentType(response)).isEqualTo("text/html;charset=utf-8");
            assertThat(response.body()).doesNotContain("SECRET", "IllegalStateException").contains("Error ID");
        }

        @Test
        void mapsAnExceptionThrownOutsideTheFilterByTheOptions() throws Exception {
            HttpResponse<String> response = get("/app/gate/invalid");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).getString("title")).isEqualTo("Bad Request");
            assertThat(response.body()).doesNotContain("SECRET");
        }

        @Test
        void answersAnErrorSentFromAnAsynchronousRequest() throws Exception {
            HttpResponse<String> response = get("/app/async-missing");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response).getString("title")).isEqualTo("Not Found");
        }

        @Test
        void answersAnErrorSentLaterThroughTheWrappedResponseOfAnAsynchronousRequest() throws Exception {
            HttpResponse<String> response = get("/app/async-gone", "Accept-Language", "es");

            assertThat(response.statusCode()).isEqualTo(410);
            assertThat(contentType(response)).isEqualTo("application/problem+json");
            assertThat(json(response).getInt("status")).isEqualTo(410);
            assertThat(header(response, "Content-Language")).isEqualTo("es");
        }

        @Test
        void answersAPathWithoutServletWithAProblem() throws Exception {
            HttpResponse<String> response = get("/app/nothing/here", "Accept", "text/plain");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).startsWith("404 Not Found\n");
        }
    }

    @Nested
    class WithJakartaRest {
        @Test
        void rendersA5xxOnceWhenJaxRsAnsweredItAlready() throws Exception {
            try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
                HttpResponse<String> response = get("/app/api/boom");

                assertThat(response.statusCode()).isEqualTo(500);
                JsonObject json = json(response);
                assertThat(response.body()).doesNotContain("SECRET");
                assertThat(log.at(Level.SEVERE)).singleElement()
                        .satisfies(r -> assertThat(r.getMessage()).contains(json.getString("errorId")));
            }
        }

        @Test
        void passesTheJaxRsProblemThrough() throws Exception {
            HttpResponse<String> response = get("/app/api/missing", "Accept-Language", "zh-CN");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(contentType(response)).isEqualTo("application/problem+json");
            assertThat(json(response).getString("title")).isEqualTo("未找到");
            assertThat(json(response).containsKey("instance")).isFalse();
        }

        @Test
        void aJerseyApplicationMadeInCodeAnswersThroughTheFiltersResponder() throws Exception {
            HttpResponse<String> response = get("/app/shared-api/missing", "Accept-Language", "zh-CN");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(contentType(response)).isEqualTo("application/problem+json");
            assertThat(json(response).getString("title")).isEqualTo("未找到");
            assertThat(json(response).getString("instance")).as("the filter's option").isEqualTo("/app/shared-api/missing");
        }
    }

    @Nested
    class Disabled {
        @Test
        void leavesErrorsToTheContainer() throws Exception {
            HttpResponse<String> response = get("/off/missing");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(contentType(response)).isNotEqualTo("application/problem+json");
            assertThat(response.body()).doesNotContain("about:blank");
        }

        @Test
        void passesSuccessesThrough() throws Exception {
            assertThat(get("/off/ok").body()).isEqualTo("fine");
        }
    }
}

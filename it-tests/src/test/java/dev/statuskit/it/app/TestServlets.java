package dev.statuskit.it.app;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** The plain servlets the servlet containers host, each at {@code /servlet/<name>/...}. */
public final class TestServlets {
    private TestServlets() {
    }

    /** Servlet name to servlet, mapped at {@code /servlet/<name>/*}. */
    public static Map<String, HttpServlet> all() {
        return Map.ofEntries(
                Map.entry("send-error", new SendError()),
                Map.entry("set-status", new SetStatus()),
                Map.entry("throw", new Throw()),
                Map.entry("committed", new Committed()),
                Map.entry("ok", new Ok()),
                Map.entry("get-only", new GetOnly()),
                Map.entry("send-error-twice", new SendErrorTwice()),
                Map.entry("problem", new ThrowProblem()),
                Map.entry("validate", new Validate()),
                Map.entry("async", new Async()),
                Map.entry("upload", new Upload()),
                Map.entry("form", new Form()),
                Map.entry("read-body", new ReadBody()),
                Map.entry("range-not-satisfiable", new RangeNotSatisfiable()));
    }

    static int code(HttpServletRequest request) {
        String path = request.getPathInfo();
        return Integer.parseInt(path.substring(1));
    }

    /**
     * {@code /servlet/send-error/<code>[?msg=...][&server=...]}: {@code sendError(code)} or {@code sendError(code, msg)},
     * after setting a {@code Server} header of the application's own if asked.
     */
    static final class SendError extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String server = request.getParameter("server");
            if (server != null) {
                response.setHeader("Server", server);
            }
            String message = request.getParameter("msg");
            if (message == null) {
                response.sendError(code(request));
            } else {
                response.sendError(code(request), message);
            }
        }
    }

    /** {@code /servlet/set-status/<code>}: a bare {@code setStatus}, with the headers that status calls for. */
    static final class SetStatus extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            int code = code(request);
            if (code == 503 || code == 429) {
                response.setHeader("Retry-After", "120");
            }
            if (code == 401) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"it\"");
            }
            response.setStatus(code);
        }
    }

    /** {@code /servlet/throw}: an unexpected exception with the secret in its message. */
    static final class Throw extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            throw new IllegalStateException("token=" + Secrets.SECRET);
        }
    }

    /** {@code /servlet/committed/{throw|send-error}}: writes and flushes a body, then fails. */
    public static final class Committed extends HttpServlet {
        private static final long serialVersionUID = 1L;

        /** What is written before the failure. */
        public static final String BODY = "partial answer, already on its way";

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=utf-8");
            response.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
            if (request.getPathInfo().equals("/send-error")) {
                response.sendError(500);
                return;
            }
            throw new IllegalStateException("late failure " + Secrets.SECRET);
        }
    }

    /** {@code /servlet/ok/{200|204|304}}: success answers that must pass untouched. */
    static final class Ok extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            int code = code(request);
            response.setStatus(code);
            if (code == 200) {
                response.setContentType("application/json");
                response.getWriter().write("{\"ok\":true}");
            }
        }
    }

    /** {@code /servlet/send-error-twice}: {@code sendError(404)}, then {@code sendError(500)}. */
    static final class SendErrorTwice extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendError(404);
            response.sendError(500, "second thoughts " + Secrets.SECRET);
        }
    }

    /** {@code /servlet/get-only}: only GET; the container answers any other method with 405. */
    static final class GetOnly extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().write("get");
        }
    }

    /** {@code /servlet/problem/purchase}: throws RFC 9457's out-of-credit problem; {@code /retry/<n>} the plural one. */
    static final class ThrowProblem extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            String path = request.getPathInfo();
            if (path.startsWith("/retry/")) {
                throw AppProblems.RETRY_LATER.exception(Integer.parseInt(path.substring("/retry/".length())));
            }
            throw new dev.statuskit.http.ProblemException(AppProblems.outOfCredit());
        }
    }

    /**
     * Asynchronous processing, each started with {@code startAsync()} and left by the request thread:
     * <ul>
     *   <li>{@code /servlet/async/timeout}: a 100-ms timeout, never completed, so the container times it out;</li>
     *   <li>{@code /servlet/async/timeout-handled}: the same, with a listener of the application's own that answers
     *       the timeout with {@value #OWN_TIMEOUT_ANSWER} as a 503 and completes;</li>
     *   <li>{@code /servlet/async/send-error/<code>}: {@code sendError} on the container's response from another
     *       thread 50 ms later, then {@code complete()};</li>
     *   <li>{@code /servlet/async/dispatch/<path>}: an ASYNC dispatch to {@code /servlet/<path>} 50 ms later.</li>
     * </ul>
     */
    public static final class Async extends HttpServlet {
        private static final long serialVersionUID = 1L;
        /** The body of the application's own answer to a timeout. */
        public static final String OWN_TIMEOUT_ANSWER = "the application's own timeout answer";

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            String path = request.getPathInfo();
            AsyncContext async = request.startAsync();
            if (path.startsWith("/timeout")) {
                async.setTimeout(100);
                if (path.equals("/timeout-handled")) {
                    async.addListener(new OwnTimeoutAnswer());
                }
                return;
            }
            Executor later = CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS);
            if (path.startsWith("/dispatch/")) {
                later.execute(() -> async.dispatch("/servlet/" + path.substring("/dispatch/".length())));
                return;
            }
            int code = Integer.parseInt(path.substring("/send-error/".length()));
            later.execute(() -> {
                try {
                    ((HttpServletResponse) async.getResponse()).sendError(code);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    async.complete();
                }
            });
        }
    }

    /** Answers a timeout with a 503 of the application's own, as a framework's async support does. */
    static final class OwnTimeoutAnswer implements AsyncListener {
        @Override
        public void onTimeout(AsyncEvent event) throws IOException {
            HttpServletResponse response = (HttpServletResponse) event.getAsyncContext().getResponse();
            response.setStatus(503);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write(Async.OWN_TIMEOUT_ANSWER);
            event.getAsyncContext().complete();
        }

        @Override
        public void onComplete(AsyncEvent event) {
            // nothing to do
        }

        @Override
        public void onError(AsyncEvent event) {
            // nothing to do
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // nothing to do
        }
    }

    /**
     * {@code POST /servlet/upload}: reads a multipart body within {@link #UPLOAD_LIMITS} and answers how many parts it
     * read; the test servers register it with those limits.
     */
    public static final class Upload extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, jakarta.servlet.ServletException {
            int parts = request.getParts().size();
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write("parts " + parts);
        }
    }

    /** The multipart limits of {@link Upload}: a part of at most 1 KiB, a request of at most 4 KiB. */
    public static final jakarta.servlet.MultipartConfigElement UPLOAD_LIMITS =
            new jakarta.servlet.MultipartConfigElement(null, 1024, 4096, 0);

    /** The length of the representation {@link RangeNotSatisfiable} and its Jakarta REST twin refuse a range of. */
    public static final int RANGE_LENGTH = 47022;

    /**
     * {@code /servlet/range-not-satisfiable}: what a servlet serving files answers a range beyond the end with, as
     * Jetty's and Tomcat's default servlets do: {@code Content-Range: bytes *}{@code /<length>} and {@code sendError(416)}.
     */
    static final class RangeNotSatisfiable extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setHeader("Content-Range", "bytes */" + RANGE_LENGTH);
            response.sendError(416);
        }
    }

    /** {@code POST /servlet/read-body}: reads the whole request body and answers its length. */
    static final class ReadBody extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            int length = request.getInputStream().readAllBytes().length;
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write("length " + length);
        }
    }

    /** {@code POST /servlet/form}: reads the form parameter {@code text} and answers its length. */
    static final class Form extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String text = request.getParameter("text");
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write("length " + (text == null ? -1 : text.length()));
        }
    }

    /**
     * {@code /servlet/validate?name=...&price=...}: validates a {@link ApiResources.NewItem} with Jakarta Validation
     * and throws the violations, as a servlet that validates its input may.
     */
    static final class Validate extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private static final jakarta.validation.Validator VALIDATOR =
                jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            ApiResources.NewItem item = new ApiResources.NewItem();
            item.name = request.getParameter("name");
            String price = request.getParameter("price");
            item.price = price != null ? Integer.valueOf(price) : null;
            var violations = VALIDATOR.validate(item);
            if (!violations.isEmpty()) {
                throw new jakarta.validation.ConstraintViolationException(violations);
            }
            response.setContentType("application/json");
            response.getWriter().write("{\"valid\":true}");
        }
    }
}

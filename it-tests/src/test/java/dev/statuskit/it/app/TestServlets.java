package dev.statuskit.it.app;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The plain servlets the servlet containers host, each at {@code /servlet/<name>/...}. */
public final class TestServlets {
    private TestServlets() {
    }

    /** Servlet name to servlet, mapped at {@code /servlet/<name>/*}. */
    public static Map<String, HttpServlet> all() {
        return Map.of(
                "send-error", new SendError(),
                "set-status", new SetStatus(),
                "throw", new Throw(),
                "committed", new Committed(),
                "ok", new Ok(),
                "get-only", new GetOnly(),
                "send-error-twice", new SendErrorTwice(),
                "problem", new ThrowProblem(),
                "validate", new Validate());
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

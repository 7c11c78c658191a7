package dev.statuskit.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /status/{code}}: calls {@code response.sendError} as {@link StatusRequest} decides, so every error
 * status can be seen as StatusKit renders it.
 */
final class StatusServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        StatusRequest answer = StatusRequest.of(path == null || path.length() < 2 ? "" : path.substring(1));
        if (answer.detail() != null) {
            response.sendError(answer.status(), answer.detail());
        } else {
            response.sendError(answer.status());
        }
    }
}

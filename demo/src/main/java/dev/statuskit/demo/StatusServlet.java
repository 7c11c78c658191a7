package dev.statuskit.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /status/{code}}: calls {@code response.sendError} with the code, so every error status can be seen as
 * StatusKit renders it; anything else throws {@link StatusRequest#INVALID_STATUS}, which the filter answers.
 */
final class StatusServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        response.sendError(StatusRequest.status(path == null || path.length() < 2 ? "" : path.substring(1)));
    }
}

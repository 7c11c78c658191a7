package dev.statuskit.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tomcat's default servlet ({@code /}): every unmapped path is a plain {@code sendError(404)}, as Jetty's
 * servlet handler does it, for the StatusKit filter to answer. (Tomcat's own {@code DefaultServlet} would pass the
 * message "The requested resource [path] is not available", which the responder shows as a 4xx detail: the raw
 * path reflected.)
 */
final class NotFoundServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}

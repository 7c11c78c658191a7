package dev.statuskit.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /}: the status explorer, as {@link ExplorerPages} renders it. */
final class ExplorerServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ExplorerPages pages;

    ExplorerServlet(ExplorerPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExplorerPages.Page page = pages.page(request.getParameter("lang"), request.getHeader("Accept-Language"));
        response.setContentType(ExplorerPages.CONTENT_TYPE);
        response.setHeader("Content-Language", page.language());
        response.setHeader("Vary", "Accept-Language");
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}

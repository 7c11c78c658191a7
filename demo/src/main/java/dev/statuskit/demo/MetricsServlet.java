package dev.statuskit.demo;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /metrics}: {@link MetricsText}. */
final class MetricsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PrometheusMeterRegistry registry;

    MetricsServlet(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = MetricsText.scrape(registry);
        response.setContentType(MetricsText.CONTENT_TYPE);
        response.setHeader("Cache-Control", MetricsText.CACHE_CONTROL);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

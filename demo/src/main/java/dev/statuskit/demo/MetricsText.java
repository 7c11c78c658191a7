package dev.statuskit.demo;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;

/**
 * The answer of {@code GET /metrics}, for {@link MetricsServlet} and the Grizzly root resource alike: the demo's
 * meters in the Prometheus text format (0.0.4), among them {@code statuskit_http_problems_total} and
 * {@code statuskit_websocket_closes_total}, sent with {@code Cache-Control: }{@value #CACHE_CONTROL}.
 */
final class MetricsText {
    /** The content type of {@link PrometheusMeterRegistry#scrape()}'s text. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** A scrape is never cached. */
    static final String CACHE_CONTROL = "no-store";

    private MetricsText() {
    }

    /** A scrape of the registry, in UTF-8. */
    static byte[] scrape(PrometheusMeterRegistry registry) {
        return registry.scrape().getBytes(StandardCharsets.UTF_8);
    }
}

package dev.statuskit.demo;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jspecify.annotations.Nullable;

/**
 * On Grizzly, where Jersey serves every path and there are no servlets: the explorer at {@code /},
 * {@code /status/{code}} and {@code /metrics} as Jakarta REST resources. They answer with the same bytes and headers
 * as {@link ExplorerServlet}, {@link StatusServlet} and {@link MetricsServlet}, from the same rendering code; every
 * error is answered by the StatusKit feature.
 */
@Path("")
@Singleton
public final class RootResources {
    private final ExplorerPages explorer;
    private final PrometheusMeterRegistry metrics;

    /** Resources of this application, which Jersey injects ({@link DemoApp#rootApplication()} binds it). */
    @Inject
    public RootResources(DemoApp app) {
        this.explorer = app.explorer();
        this.metrics = app.metrics();
    }

    /** {@code GET /}: the explorer. */
    @GET
    public Response explorer(@QueryParam("lang") @Nullable String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String acceptLanguage) {
        ExplorerPages.Page page = explorer.page(lang, acceptLanguage);
        return Response.ok(page.body())
                .header(HttpHeaders.CONTENT_TYPE, ExplorerPages.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, page.language())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_LENGTH, page.body().length)
                .build();
    }

    /** {@code GET /status/{code}}: an error with that status, or {@link StatusRequest#INVALID_STATUS}. */
    @GET
    @Path("status{code: (/.*)?}")
    public Response status(@PathParam("code") String path) {
        throw new WebApplicationException(StatusRequest.status(path.length() < 2 ? "" : path.substring(1)));
    }

    /** {@code GET /metrics}: {@link MetricsText}. */
    @GET
    @Path("metrics")
    public Response metrics() {
        byte[] body = MetricsText.scrape(metrics);
        return Response.ok(body)
                .header(HttpHeaders.CONTENT_TYPE, MetricsText.CONTENT_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, MetricsText.CACHE_CONTROL)
                .header(HttpHeaders.CONTENT_LENGTH, body.length)
                .build();
    }
}

package dev.statuskit.http.jaxrs;

import dev.statuskit.http.ProblemRequest;
import dev.statuskit.i18n.LocaleRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Optional;

/** A Jakarta REST request as the responder reads it: the raw path and query as the client sent them. */
final class JaxrsProblemRequest implements ProblemRequest {
    private final ContainerRequestContext request;

    JaxrsProblemRequest(ContainerRequestContext request) {
        this.request = request;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String path() {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        return path != null ? path : "/";
    }

    @Override
    public Optional<String> header(String name) {
        List<String> values = request.getHeaders().get(name);
        return values == null ? Optional.empty() : LocaleRequest.combinedValue(name, values.iterator());
    }

    @Override
    public Optional<String> rawQuery() {
        return Optional.ofNullable(request.getUriInfo().getRequestUri().getRawQuery());
    }

    @Override
    public String toString() {
        return "JaxrsProblemRequest[" + method() + " " + path() + "]";
    }
}

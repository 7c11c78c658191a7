package dev.statuskit.http.jaxrs;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A {@link WebApplicationException} without an entity keeps its status and headers ({@code Allow},
 * {@code Retry-After}, {@code WWW-Authenticate}, ...) and gets a problem body; a 405's {@code Allow} gets the
 * {@code HEAD} that Jakarta REST answers for every {@code GET} if it lacks it. Its message is not shown:
 * it is written for developers. Redirections and responses that carry an entity are kept as they are
 * (Jersey does not even call a mapper for the latter).
 */
final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
        Response response = exception.getResponse();
        if (response.getStatus() < 400 || response.hasEntity()) {
            return response;
        }
        Response.ResponseBuilder builder = Response.fromResponse(response);
        if (response.getStatus() == 405) {
            withHead(builder, response.getAllowedMethods());
        }
        return Failure.response(builder, exception);
    }

    /**
     * Adds {@code HEAD} to the {@code Allow} of a 405 that lists {@code GET} without it: Jakarta REST
     * answers HEAD for every GET resource method (§3.3.5), and RFC 9110 §15.5.6 asks {@code Allow} for every method
     * the resource supports. Jersey leaves HEAD out; RESTEasy lists it.
     */
    private static void withHead(Response.ResponseBuilder builder, Set<String> allowed) {
        if (!allowed.contains(HttpMethod.GET) || allowed.contains(HttpMethod.HEAD)) {
            return;
        }
        Set<String> methods = new LinkedHashSet<>(allowed);
        methods.add(HttpMethod.HEAD);
        builder.allow(methods);
    }
}

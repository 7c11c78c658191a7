package dev.statuskit.http.jaxrs;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A {@link WebApplicationException} without an entity keeps its status and headers ({@code Allow},
 * {@code Retry-After}, {@code WWW-Authenticate}, ...) and gets a problem body. Its message is not shown:
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
        return Failure.response(Response.fromResponse(response), exception);
    }
}

package dev.statuskit.http.jaxrs;

import dev.statuskit.http.ProblemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * {@link ProblemException}: the application's own problem. Registered apart from {@link ThrowableMapper}
 * so that an application mapper for {@code RuntimeException} does not take it.
 */
final class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException exception) {
        return Failure.response(Response.serverError(), exception);
    }
}

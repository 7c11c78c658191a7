package dev.statuskit.http.jaxrs;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Any exception without a more specific mapper: a hidden 500, or the status the options map it to. */
final class ThrowableMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
        return Failure.response(Response.serverError(), exception);
    }
}

package dev.statuskit.http.jaxrs;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Jakarta Validation's {@link ConstraintViolationException}, as Jersey's bean validation and RESTEasy's validator
 * provider throw it: more specific than their own mappers (for {@code ValidationException}), so the responder
 * answers it, with 400 and the {@code errors} member, or 500 for an invalid return value. Registered only when
 * the Validation API is on the class path.
 */
final class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return Failure.response(Response.serverError(), exception);
    }
}

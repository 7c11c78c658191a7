package dev.statuskit.http.jaxrs;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The entity with which StatusKit's exception mappers hand an exception to {@link ProblemFilter}, which
 * has the request at hand and replaces it with the problem. The mappers need no injected request state.
 */
final class Failure {
    final Throwable cause;

    private Failure(Throwable cause) {
        this.cause = cause;
    }

    /**
     * The builder's response with the exception as its entity; its status stands unless the options or a
     * {@link dev.statuskit.http.ProblemException} decide another.
     */
    static Response response(Response.ResponseBuilder builder, Throwable cause) {
        // A media type now, replaced by ProblemFilter: without one, Jersey looks for a writer of Failure that
        // the request's Accept allows before any response filter runs, and a header such as "t" or "*/*,x"
        // that it reads as accepting no such type turned the error into a 406 exception and so a 500.
        return builder.entity(new Failure(cause)).type(PLACEHOLDER).build();
    }

    private static final MediaType PLACEHOLDER = MediaType.valueOf("application/problem+json");
}

package dev.statuskit.http.jaxrs;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.Problem;
import dev.statuskit.http.ProblemException;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.internal.InvalidStatus;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Puts the problem into error responses: those of StatusKit's exception mappers, those with a status
 * of 400 or more that the application returned without an entity, and those whose entity is a {@link Problem}
 * of a {@link dev.statuskit.http.ProblemType}, to be localized. Responses with another entity of the
 * application's own are left alone.
 */
final class ProblemFilter implements ContainerResponseFilter {
    private static final Annotation[] NONE = new Annotation[0];

    /** Asked only for an error response: a success does not look the responder up. */
    private final Supplier<ProblemResponder> responder;

    ProblemFilter(Supplier<ProblemResponder> responder) {
        this.responder = responder;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Throwable cause;
        int status = response.getStatus();
        if (!InvalidStatus.isSendable(status)) {
            // No container can send it (Tomcat and Grizzly write a broken status line): a 500, logged.
            cause = InvalidStatus.of("status", status);
            status = 500;
        } else if (response.getEntity() instanceof Failure failure) {
            cause = failure.cause;
        } else if (response.getEntity() instanceof Problem returned && returned.problemType().isPresent()) {
            // A problem of a ProblemType, returned rather than thrown: localized by the responder all the same.
            cause = new ProblemException(returned);
        } else if (status >= 400 && !response.hasEntity()) {
            cause = null;
        } else {
            return;
        }
        Optional<ErrorAnswer> found = responder.get().answer(status, cause, null, new JaxrsProblemRequest(request));
        if (found.isEmpty()) {
            response.setEntity(null); // a status outside 100-599 stays as it is, without the marker
            return;
        }
        apply(found.get(), response);
    }

    /** Applies the answer to the response: the one answer path, in Jakarta REST's terms. */
    static void apply(ErrorAnswer answer, ContainerResponseContext response) {
        response.setStatus(answer.status());
        response.getHeaders().keySet().removeIf(name -> !answer.keepsHeader(name));
        answer.headers().forEach(response.getHeaders()::putSingle);
        if (answer.hasBody()) {
            // AnswerWriter writes the bytes the responder rendered; the explicit media type skips negotiation.
            response.setEntity(answer, NONE, MediaType.valueOf(answer.format().contentType()));
        } else {
            response.setEntity(null);
            // HEAD: the length of the body a GET gets, which a runtime that sees no entity would give as 0.
            answer.contentLength().ifPresent(length -> response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH,
                    Integer.toString(length)));
        }
    }
}

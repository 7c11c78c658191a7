package dev.statuskit.http;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A renderer that also gives the body as an {@link ErrorAnswer} keeps it: shared parts that are encoded once, around
 * what it renders for the answer. By default the body is rendered whole for the answer.
 */
interface BodyRenderer extends ProblemRenderer {

    /**
     * The body of an answer to this request, with the same bytes as {@link #render(Problem, Locale, ProblemRequest)};
     * without a request, those of {@link #render(Problem, Locale)}.
     */
    default Body body(Problem problem, Locale locale, @Nullable ProblemRequest request) {
        return Body.of(request != null ? render(problem, locale, request) : render(problem, locale));
    }
}

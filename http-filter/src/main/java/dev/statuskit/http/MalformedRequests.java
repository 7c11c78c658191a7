package dev.statuskit.http;

import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Exceptions that a Jakarta REST implementation lets through as a 500 although they report the client's malformed
 * request, which is a 400 (RFC 9110 §15.5.1), as Jersey answers the same requests:
 * <ul>
 *   <li>RESTEasy's failures to read a weight in {@code Accept} or {@code Accept-Language}, by message id
 *       ({@code RESTEASY003520}, {@code 003540}, {@code 003545}, {@code 003550}, {@code 003730}): for
 *       {@code Accept: application/json;q=abc} it throws a {@code LoggableFailure} of 500;</li>
 *   <li>a {@link URISyntaxException} about the request's own URI, whose input ends with the request's path and query
 *       as the client sent them and whose fault lies there: RESTEasy builds a {@code java.net.URI} of the request,
 *       which refuses a raw {@code <} in the query and a malformed escape such as {@code %9%} in the path, both of
 *       which Jetty lets through.</li>
 * </ul>
 * Read from the exception and its causes, at most {@value #MAX_CAUSES} deep; by message and class alone, so that
 * no implementation need be on the class path.
 */
final class MalformedRequests {
    static final int MAX_CAUSES = 8;
    private static final List<String> RESTEASY_IDS = List.of("RESTEASY003520:", "RESTEASY003540:", "RESTEASY003545:",
            "RESTEASY003550:", "RESTEASY003730:");

    private MalformedRequests() {
    }

    /** Whether the exception, or one of its causes, reports that this request is malformed. */
    static boolean isReportedBy(@Nullable Throwable error, ProblemRequest request) {
        String target = null;
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            String message = ExceptionMessages.of(t);
            if (message != null && RESTEASY_IDS.stream().anyMatch(message::startsWith)) {
                return true;
            }
            if (t instanceof URISyntaxException e) {
                if (target == null) {
                    Optional<String> query = request.rawQuery();
                    target = query.isPresent() ? request.path() + "?" + query.get() : request.path();
                }
                if (isInTarget(e, target)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the URI refused is the request's, and the fault lies in its path or query as the client sent them. */
    private static boolean isInTarget(URISyntaxException refused, String target) {
        String input = refused.getInput();
        return input != null && input.endsWith(target) && refused.getIndex() >= input.length() - target.length();
    }
}

package dev.statuskit.demo;

import dev.statuskit.http.ProblemException;
import dev.statuskit.http.ProblemType;
import java.net.URI;

/**
 * The rule of {@code GET /status/{code}}, for {@link StatusServlet} and the Grizzly root resource alike: a code from
 * {@value #LOWEST} to {@value #HIGHEST} is answered with that status; anything else is the application problem
 * {@link #INVALID_STATUS}, whose detail states the rule in the request's language. What was sent is not echoed.
 */
final class StatusRequest {
    /** The lowest status sent. */
    static final int LOWEST = 400;
    /** The highest status sent. */
    static final int HIGHEST = 599;
    /** A 400 for a code outside the rule; its texts are in {@code dev/statuskit/demo/problems*.properties}. */
    static final ProblemType INVALID_STATUS = ProblemType
            .builder(URI.create("https://example.com/probs/invalid-status"), 400)
            .titleKey("invalid-status.title")
            .detailKey("invalid-status.detail")
            .build();

    private StatusRequest() {
    }

    /**
     * The status to answer the path after {@code /status/} with (empty when there is none).
     *
     * @throws ProblemException {@link #INVALID_STATUS} for anything but a number from {@value #LOWEST} to
     *     {@value #HIGHEST}
     */
    static int status(String value) {
        int code = parse(value);
        if (code < LOWEST || code > HIGHEST) {
            throw INVALID_STATUS.exception(LOWEST, HIGHEST);
        }
        return code;
    }

    private static int parse(String value) {
        if (value.isEmpty() || value.length() > 3) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(value);
    }
}

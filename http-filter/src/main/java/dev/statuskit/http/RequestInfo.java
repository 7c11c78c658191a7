package dev.statuskit.http;

import java.util.Objects;

/**
 * What a {@link ProblemResponder} needs to know about the request it answers.
 *
 * @param method the request method, such as {@code GET}; a {@code HEAD} answer has no body
 * @param path the request path as the client sent it (percent-encoded), used for {@code instance} and logs
 * @param accept the {@code Accept} header, or null
 * @param acceptLanguage the {@code Accept-Language} header, or null
 * @param query the raw query string, or null; its {@value ProblemFormat#PARAMETER} parameter, if any,
 *     chooses the format over {@code Accept}
 */
public record RequestInfo(String method, String path, String accept, String acceptLanguage, String query) {
    /** Checks that method and path are present. */
    public RequestInfo {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }

    /** A request without a query string. */
    public RequestInfo(String method, String path, String accept, String acceptLanguage) {
        this(method, path, accept, acceptLanguage, null);
    }

    /**
     * The format the query string asks for with {@code format=json|xml|html|text}, else the one negotiated
     * from {@code Accept}.
     */
    public ProblemFormat format() {
        ProblemFormat chosen = ProblemFormat.fromQuery(query);
        return chosen != null ? chosen : ProblemFormat.negotiate(accept);
    }
}

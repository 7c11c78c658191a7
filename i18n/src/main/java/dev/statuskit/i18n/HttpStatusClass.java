package dev.statuskit.i18n;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The five classes of HTTP status codes (RFC 9110 §15), named by their first digit. */
@API(status = STABLE, since = "0.1")
public enum HttpStatusClass {
    /** 1xx: the request was received, processing continues. */
    INFORMATIONAL(1, "informational"),
    /** 2xx: the request was received, understood and accepted. */
    SUCCESSFUL(2, "successful"),
    /** 3xx: further action is needed to complete the request. */
    REDIRECTION(3, "redirection"),
    /** 4xx: the request contains bad syntax or cannot be fulfilled. */
    CLIENT_ERROR(4, "client-error"),
    /** 5xx: the server failed to fulfil an apparently valid request. */
    SERVER_ERROR(5, "server-error");

    private static final HttpStatusClass[] BY_DIGIT = {null, INFORMATIONAL, SUCCESSFUL, REDIRECTION, CLIENT_ERROR, SERVER_ERROR};

    private final int digit;
    private final String id;

    HttpStatusClass(int digit, String id) {
        this.digit = digit;
        this.id = id;
    }

    /** The first digit of the codes in this class, 1 to 5. */
    public int digit() {
        return digit;
    }

    /** A stable lower-case id, such as {@code client-error}, used in JSON output. */
    public String id() {
        return id;
    }

    /** The class written as {@code 4xx}. */
    public String label() {
        return digit + "xx";
    }

    /** Whether a response of this class is an error (4xx or 5xx). */
    public boolean isError() {
        return digit >= 4;
    }

    /**
     * The class of a status code.
     *
     * @throws IllegalArgumentException if the code is outside 100-599
     */
    public static HttpStatusClass of(int code) {
        HttpStatusRegistry.validateStatusCode(code);
        return BY_DIGIT[code / 100];
    }
}

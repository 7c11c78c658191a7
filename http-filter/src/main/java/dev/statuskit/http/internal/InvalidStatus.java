package dev.statuskit.http.internal;

/**
 * The failure behind an answer to a status that cannot go on the wire at all: not three digits (below 100
 * or above 999), so no container can send it as it is (Jetty throws, Tomcat and Grizzly write a broken
 * status line). The adapters answer it as a 500 through the responder, which logs this with the error id.
 * It has no stack trace: the line that logs it says all there is.
 */
public final class InvalidStatus extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private InvalidStatus(String message) {
        super(message, null, false, false);
    }

    /** Whether a status can be sent at all: three digits, 100-999. */
    public static boolean isSendable(int status) {
        return status >= 100 && status <= 999;
    }

    /** The failure for an application's status, with the call that set it ({@code "setStatus"}, say). */
    public static InvalidStatus of(String call, int status) {
        return new InvalidStatus(call + "(" + status + "): " + status
                + " is not a three-digit HTTP status and cannot be sent; StatusKit answers 500 instead");
    }
}

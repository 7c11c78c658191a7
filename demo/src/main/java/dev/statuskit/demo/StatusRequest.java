package dev.statuskit.demo;

import org.jspecify.annotations.Nullable;

/**
 * The rule of {@code GET /status/{code}}, for {@link StatusServlet} and the Grizzly root resource alike: a code from
 * {@value #LOWEST} to {@value #HIGHEST} is answered with that status; anything else is a 400 whose detail states
 * the rule (quoting at most 40 characters of what was sent).
 *
 * @param status the status to answer with
 * @param detail the detail of a 400 for a code outside the rule; null for a valid code
 */
record StatusRequest(int status, @Nullable String detail) {
    /** The lowest status sent. */
    static final int LOWEST = 400;
    /** The highest status sent. */
    static final int HIGHEST = 599;

    /** The answer to the path after {@code /status/}: empty when there is none. */
    static StatusRequest of(String value) {
        int code = parse(value);
        if (code < LOWEST || code > HIGHEST) {
            return new StatusRequest(400, "The status must be a number from 400 to 599, not \"" + abbreviate(value) + "\".");
        }
        return new StatusRequest(code, null);
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

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}

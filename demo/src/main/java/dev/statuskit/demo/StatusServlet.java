package dev.statuskit.demo;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /status/{code}}: calls {@code response.sendError(code)} for 400-599, so every error status can
 * be seen as StatusKit renders it. Anything else is a 400 whose detail states the rule.
 */
public class StatusServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The lowest status this servlet sends. */
    static final int LOWEST = 400;
    /** The highest status this servlet sends. */
    static final int HIGHEST = 599;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String value = path == null || path.length() < 2 ? "" : path.substring(1);
        int code = parse(value);
        if (code < LOWEST || code > HIGHEST) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "The status must be a number from 400 to 599, not \"" + abbreviate(value) + "\".");
            return;
        }
        response.sendError(code);
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

package dev.statuskit.grizzly;

import java.io.IOException;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/** The plain Grizzly handlers this module's tests put behind StatusKit. */
final class TestHandlers {
    private TestHandlers() {
    }

    /** Answers 200 {@code text/plain} {@code ok}. */
    static HttpHandler ok() {
        return new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws IOException {
                response.setContentType("text/plain");
                response.getWriter().write("ok");
            }
        };
    }

    /** Reads the whole request body and answers 200 {@code text/plain} with the number of bytes read. */
    static HttpHandler bodyLength() {
        return new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws IOException {
                response.setContentType("text/plain");
                response.getWriter().write(Integer.toString(request.getInputStream().readAllBytes().length));
            }
        };
    }
}

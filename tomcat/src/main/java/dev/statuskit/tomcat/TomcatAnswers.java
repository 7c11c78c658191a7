package dev.statuskit.tomcat;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemRequest;
import dev.statuskit.i18n.LocaleRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Optional;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;

/** Applies an {@link ErrorAnswer} to a Catalina response; the few lines every adapter has. */
final class TomcatAnswers {
    private TomcatAnswers() {
    }

    /**
     * Drops the application headers the answer replaces, sets the status and the answer's headers, and
     * writes the body or none. The response must not be committed.
     *
     * @param close whether to end the connection after this answer ({@code Connection: close})
     */
    static void apply(ErrorAnswer answer, Response response, boolean close) throws IOException {
        org.apache.coyote.Response coyote = response.getCoyoteResponse();
        // Content-Type and Content-Length are fields of the response, not in its header list.
        for (String name : new ArrayList<>(response.getHeaderNames())) {
            if (!answer.keepsHeader(name)) {
                coyote.getMimeHeaders().removeHeader(name);
            }
        }
        response.setContentType(null);
        if (coyote.getContentLanguage() != null) {
            coyote.setLocale(null); // else Tomcat writes its own Content-Language over the answer's
        }
        response.resetBuffer(true);
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        if (close) {
            response.setHeader("Connection", "close");
        }
        answer.contentLength().ifPresent(response::setContentLengthLong);
        if (answer.hasBody()) {
            answer.writeBody(response.getOutputStream());
        }
        response.finishResponse();
    }

    /** A Catalina request as the responder reads it. */
    static ProblemRequest request(Request request) {
        return new ProblemRequest() {
            /** The method, or {@code GET} when Tomcat could not read one from the request line. */
            @Override
            public String method() {
                String method = request.getMethod();
                return method != null && !method.isEmpty() ? method : "GET";
            }

            /** The raw path, for {@code instance} and the log line; {@code /} when Tomcat could not read one. */
            @Override
            public String path() {
                String path = request.getRequestURI();
                return path != null && !path.isEmpty() ? path : "/";
            }

            @Override
            public Optional<String> header(String name) {
                Enumeration<String> values = request.getHeaders(name);
                return values == null ? Optional.empty() : LocaleRequest.combinedValue(name, values.asIterator());
            }

            @Override
            public Optional<String> rawQuery() {
                return Optional.ofNullable(request.getQueryString());
            }

            @Override
            public String toString() {
                return "TomcatRequest[" + method() + " " + path() + "]";
            }
        };
    }
}

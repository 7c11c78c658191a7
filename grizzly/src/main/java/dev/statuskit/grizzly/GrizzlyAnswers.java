package dev.statuskit.grizzly;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/** Applies an {@link ErrorAnswer} to a Grizzly response; the few lines every adapter has. */
final class GrizzlyAnswers {
    private GrizzlyAnswers() {
    }

    /**
     * Drops the application headers the answer replaces, sets the status and the answer's headers, and writes
     * the body or none, with its {@code Content-Length}. The response is flushed, so that it is committed with
     * exactly these headers: what Grizzly does after an error page generator returns (it opens a writer, which
     * would add a charset to an uncommitted {@code Content-Type}) no longer changes it.
     */
    static void apply(ErrorAnswer answer, Response response) throws IOException {
        for (String name : response.getHeaderNames()) {
            if (!ErrorAnswer.keepsApplicationHeader(name)) {
                response.getResponse().getHeaders().removeHeader(name);
            }
        }
        response.setContentType((String) null);
        response.setCharacterEncoding(null);
        response.getResponse().setContentLanguage(null);
        response.getResponse().setChunked(false);
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setContentLengthLong(answer.bodyLength());
        if (answer.hasBody()) {
            response.getOutputBuffer().write(answer.body());
        }
        response.flush();
    }

    /** A Grizzly request as the responder reads it. */
    static ProblemRequest request(Request request) {
        return new ProblemRequest() {
            @Override
            public String method() {
                return request.getMethod().getMethodString();
            }

            /** The raw path, for {@code instance} and the log line. */
            @Override
            public String path() {
                String path = request.getRequestURI();
                return path != null && !path.isEmpty() ? path : "/";
            }

            @Override
            public Optional<String> header(String name) {
                List<String> values = new ArrayList<>(1);
                request.getHeaders(name).forEach(values::add);
                return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
            }

            @Override
            public Optional<String> rawQuery() {
                return Optional.ofNullable(request.getQueryString());
            }

            @Override
            public String toString() {
                return "GrizzlyRequest[" + method() + " " + path() + "]";
            }
        };
    }
}

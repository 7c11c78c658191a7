package dev.statuskit.jetty;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemRequest;
import dev.statuskit.i18n.LocaleRequest;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Applies an {@link ErrorAnswer} to a Jetty core response; the few lines every adapter has. */
final class JettyAnswers {
    private JettyAnswers() {
    }

    /**
     * Drops the application headers the answer replaces, sets the status and the answer's headers, and
     * writes the body or none.
     *
     * @param close whether to end the connection after this answer ({@code Connection: close})
     */
    static void apply(ErrorAnswer answer, Response response, Callback callback, boolean close) {
        HttpFields.Mutable fields = response.getHeaders();
        for (HttpField field : fields.asImmutable()) {
            if (!answer.keepsHeader(field.getName())) {
                fields.remove(field.getName());
            }
        }
        response.setStatus(answer.status());
        answer.headers().forEach(fields::put);
        if (close) {
            fields.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        answer.contentLength().ifPresent(length -> fields.put(HttpHeader.CONTENT_LENGTH, Integer.toString(length)));
        response.write(true, answer.hasBody() ? ByteBuffer.wrap(answer.body()) : ByteBuffer.allocate(0), callback);
    }

    /** A Jetty core request as the responder reads it. */
    static ProblemRequest request(Request request) {
        return new ProblemRequest() {
            @Override
            public String method() {
                return request.getMethod();
            }

            /** The raw path, for {@code instance} and the log line. */
            @Override
            public String path() {
                String path = request.getHttpURI().getPath();
                return path != null && !path.isEmpty() ? path : "/";
            }

            @Override
            public Optional<String> header(String name) {
                return LocaleRequest.combinedValue(name, request.getHeaders().getValuesList(name).iterator());
            }

            @Override
            public Optional<String> rawQuery() {
                return Optional.ofNullable(request.getHttpURI().getQuery());
            }

            @Override
            public String toString() {
                return "JettyRequest[" + request.getMethod() + " " + path() + "]";
            }
        };
    }
}

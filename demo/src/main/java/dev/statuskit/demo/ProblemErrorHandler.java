package dev.statuskit.demo;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemRequest;
import dev.statuskit.http.ProblemResponder;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers, through the one answer path: the errors Jetty answers before any servlet filter
 * runs (an ambiguous {@code %2F} or {@code %5C} in the path, a bad escape or bad UTF-8 in it, a 414 URI or a
 * 431 header section too large, an illegal character in the request line) become localized problems in the
 * negotiated format, as every other error of the demo, instead of Jetty's ISO-8859-1 HTML page.
 *
 * <p>It only applies the {@link ErrorAnswer} the responder decides, as the servlet filter and the Jakarta
 * REST feature do. Jetty's message is never shown: it can quote the request. A status outside 100-599 falls
 * back to Jetty's own page.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    private final ProblemResponder responder;

    /** A handler answering through this responder. */
    public ProblemErrorHandler(ProblemResponder responder) {
        this.responder = responder;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Object cause = request.getAttribute(ERROR_EXCEPTION);
        Optional<ErrorAnswer> found = responder.answer(response.getStatus(), cause instanceof Throwable t ? t : null,
                null, new JettyProblemRequest(request));
        if (found.isEmpty() || response.isCommitted()) {
            return super.handle(request, response, callback);
        }
        ErrorAnswer answer = found.get();
        HttpFields.Mutable fields = response.getHeaders();
        for (HttpField field : fields.asImmutable()) {
            if (!ErrorAnswer.keepsApplicationHeader(field.getName())) {
                fields.remove(field.getName());
            }
        }
        response.setStatus(answer.status());
        answer.headers().forEach(fields::put);
        if (answer.hasBody()) {
            fields.put(HttpHeader.CONTENT_LENGTH, Long.toString(answer.bodyLength()));
        }
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
        return true;
    }

    /** A Jetty core request as the responder reads it. */
    private static final class JettyProblemRequest implements ProblemRequest {
        private final Request request;

        JettyProblemRequest(Request request) {
            this.request = request;
        }

        @Override
        public String method() {
            return request.getMethod();
        }

        /** The raw path, for the log line only; never shown (the problem's instance is off in the demo). */
        @Override
        public String path() {
            String path = request.getHttpURI().getPath();
            return path != null ? path : "/";
        }

        @Override
        public Optional<String> header(String name) {
            return Optional.ofNullable(request.getHeaders().get(name));
        }

        @Override
        public Optional<String> rawQuery() {
            return Optional.ofNullable(request.getHttpURI().getQuery());
        }
    }
}

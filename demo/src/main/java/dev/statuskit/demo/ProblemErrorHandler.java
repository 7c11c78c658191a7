package dev.statuskit.demo;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemResponder;
import dev.statuskit.http.RequestInfo;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers, rendered by StatusKit: the errors Jetty answers before any servlet filter runs
 * (an ambiguous {@code %2F} or {@code %5C} in the path, a bad escape or bad UTF-8 in it, a 414 URI or a 431
 * header section too large, an illegal character in the request line) become localized problems in the
 * negotiated format, as every other error of the demo, instead of Jetty's ISO-8859-1 HTML page.
 *
 * <p>Jetty 12.1 sends even the requests it could not parse here, with what it read of their headers.
 * Jetty's message is never shown: it can quote the request. A status outside 100-599 falls back to
 * Jetty's own page.
 *
 * <p>This lives in the demo and not in {@code statuskit-http-filter}, which depends on no container.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    private final ProblemResponder responder;

    /** A handler answering through this responder. */
    public ProblemErrorHandler(ProblemResponder responder) {
        this.responder = responder;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        int status = response.getStatus();
        Object cause = request.getAttribute(ERROR_EXCEPTION);
        HttpFields headers = request.getHeaders();
        RequestInfo info = new RequestInfo(request.getMethod(), path(request), headers.get(HttpHeader.ACCEPT),
                headers.get(HttpHeader.ACCEPT_LANGUAGE));
        Optional<ErrorAnswer> found = responder.answer(status, cause instanceof Throwable t ? t : null, null, info);
        if (found.isEmpty() || response.isCommitted()) {
            return super.handle(request, response, callback);
        }
        ErrorAnswer answer = found.get();
        response.setStatus(answer.status());
        HttpFields.Mutable fields = response.getHeaders();
        fields.remove(HttpHeader.CONTENT_TYPE);
        fields.remove(HttpHeader.CONTENT_LENGTH);
        answer.headers().forEach(fields::put);
        byte[] body = answer.body();
        if (answer.hasBody()) {
            fields.put(HttpHeader.CONTENT_LENGTH, Long.toString(body.length));
        }
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** The raw path, for the log line only; never shown (the problem's instance is off in the demo). */
    private static String path(Request request) {
        String path = request.getHttpURI().getPath();
        return path != null ? path : "/";
    }
}

package dev.statuskit.grizzly;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemRequest;
import dev.statuskit.i18n.LocaleRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Applies an {@link ErrorAnswer} to a Grizzly response, the {@code HttpServer}'s or the HTTP codec's; the few
 * lines every adapter has.
 */
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
            if (!answer.keepsHeader(name)) {
                response.getResponse().getHeaders().removeHeader(name);
            }
        }
        response.setContentType((String) null);
        response.setCharacterEncoding(null);
        response.getResponse().setContentLanguage(null);
        response.getResponse().setChunked(false);
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        OptionalInt length = answer.contentLength();
        if (length.isPresent()) {
            response.setContentLengthLong(length.getAsInt());
        }
        if (answer.hasBody()) {
            answer.writeBody(response.getOutputStream());
        }
        response.flush();
    }

    /**
     * Sets the status, the answer's headers, {@code Content-Length} and {@code Connection: close} on the response
     * Grizzly's codec sends when it refused the request; the codec writes the body
     * ({@code ProblemCodecFilter.customizeErrorResponse}) and closes the connection.
     */
    static void apply(ErrorAnswer answer, HttpResponsePacket response) {
        response.setStatus(answer.status());
        // Into the header fields as they are: HttpResponsePacket.setHeader keeps a Content-Type aside for the
        // codec's response preparation, which Grizzly skips for a request whose version it could not read.
        answer.headers().forEach((name, value) -> response.getHeaders().setValue(name).setString(value));
        response.getHeaders().setValue("Connection").setString("close");
        answer.contentLength().ifPresent(response::setContentLengthLong);
    }

    /**
     * A request Grizzly's codec refused, as the responder reads it: its method if Grizzly read it (else
     * {@code GET}); its path if Grizzly read the request line (else {@code /}); its headers and query only if
     * Grizzly read the header section whole (else none: the answer is then in JSON and the default language).
     */
    static ProblemRequest request(HttpRequestPacket request, boolean lineRead, boolean headersRead) {
        String method = "GET";
        if (!request.getMethodDC().isNull()) {
            try {
                method = request.getMethod().getMethodString();
            } catch (RuntimeException e) {
                // An unreadable method stays GET: the answer then has a body, and the connection closes after it.
            }
        }
        String uri = lineRead ? request.getRequestURI() : null;
        String path = uri != null && !uri.isEmpty() ? uri : "/";
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (headersRead) {
            for (String name : request.getHeaders().names()) {
                List<String> values = new ArrayList<>(1);
                request.getHeaders().values(name).forEach(values::add);
                headers.putIfAbsent(name, values);
            }
        }
        return ProblemRequest.of(method, path, headers, headersRead ? request.getQueryString() : null);
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
                return LocaleRequest.combinedValue(name, request.getHeaders(name).iterator());
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

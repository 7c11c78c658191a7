package dev.statuskit.tomcat;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemResponder;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's own error answers, through the one answer path: what Tomcat 11 answers before any servlet filter
 * runs (a request line or target it cannot parse or refuses, such as {@code %2F}, {@code %5C}, a bad escape or
 * raw markup in the path; 505; {@code TRACE}, which its connector refuses with 405 unless {@code allowTrace} is
 * set; {@code CONNECT}) and its own 404, 405 and 500 become localized problems in the negotiated format,
 * instead of its {@code ErrorReportValve} page with a stack trace and the server version.
 *
 * <pre>{@code
 * <Host name="localhost" appBase="webapps"
 *       errorReportValveClass="dev.statuskit.tomcat.StatusKitErrorReportValve">
 * }</pre>
 * or, embedded, {@link StatusKitTomcat#install StatusKitTomcat.install(tomcat.getHost(), responder)}.
 *
 * <p>It only applies the {@link ErrorAnswer} the responder decides, as the servlet filter and the Jakarta
 * REST feature do, and:
 * <ul>
 *   <li>never shows Tomcat's message, a stack trace, the server version or the raw request;</li>
 *   <li>sends no body for {@code HEAD};</li>
 *   <li>when Tomcat could not parse the request (its connection is then in an error state, and Tomcat
 *       closes it after the answer), says so with {@code Connection: close}: the rest of what the client
 *       sent on it is no request to answer. When Tomcat failed on the request line, it has read no headers,
 *       so that answer is in JSON and the default language.</li>
 * </ul>
 * A response already committed or written to, and a status the responder passes through (one beyond 599, as
 * a servlet's {@code sendError(600)}), are left to {@link ErrorReportValve}'s handling, with its report and
 * server info off. Tomcat 11 sends no {@code Server} header unless the connector's {@code server} attribute
 * sets one.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StatusKitErrorReportValve extends ErrorReportValve {
    private final ProblemResponder responder;

    /**
     * A valve answering through {@code ProblemResponder.builder().build()}: the standard catalog, default
     * options, {@code Accept-Language}, no customizer. Tomcat calls this constructor for
     * {@code errorReportValveClass} in {@code server.xml}; an application that configures its responder
     * installs the valve with {@link StatusKitTomcat#install} instead.
     */
    public StatusKitErrorReportValve() {
        this(ProblemResponder.builder().build());
    }

    /** A valve answering through this responder. */
    public StatusKitErrorReportValve(ProblemResponder responder) {
        this.responder = Objects.requireNonNull(responder, "responder");
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** The responder it answers through. */
    public ProblemResponder responder() {
        return responder;
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0
                || !response.isErrorReportRequired()) {
            super.report(request, response, throwable); // which does nothing either
            return;
        }
        Optional<ErrorAnswer> found = responder.answer(status, throwable, null, TomcatAnswers.request(request));
        if (found.isEmpty()) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported() || !ioAllowed(response)) {
            return;
        }
        try {
            TomcatAnswers.apply(found.get(), response, lostRequest(response));
        } catch (IOException | IllegalStateException e) {
            // The client left, or the response was committed under us: nothing more can be sent.
        }
    }

    private static boolean ioAllowed(Response response) {
        AtomicBoolean allowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
        return allowed.get();
    }

    /**
     * Whether Tomcat's connection is in an error state, as after a request it could not parse: Tomcat closes
     * it after this answer.
     */
    static boolean lostRequest(Response response) {
        AtomicBoolean error = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_ERROR, error);
        return error.get();
    }

    @Override
    public String toString() {
        return "StatusKitErrorReportValve[" + responder + "]";
    }
}

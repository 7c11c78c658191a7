package dev.statuskit.jetty;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.statuskit.http.ErrorAnswer;
import dev.statuskit.http.ProblemResponder;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Jetty's own error answers, through the one answer path: what Jetty 12 answers before any servlet filter
 * runs (an ambiguous {@code %2F} or {@code %5C} in the path, a bad escape or bad UTF-8 in it, a request
 * line it cannot parse, 414, 431, 505, an unsupported {@code Transfer-Encoding}, a body over its limit, a
 * bad {@code Host}) and its own 404, 405 and 500 become localized problems in the negotiated format,
 * instead of Jetty's ISO-8859-1 page.
 *
 * <pre>{@code
 * server.setErrorHandler(new StatusKitErrorHandler(responder));
 * }</pre>
 *
 * <p>It only applies the {@link ErrorAnswer} the responder decides, as the servlet filter and the Jakarta
 * REST feature do, and:
 * <ul>
 *   <li>never shows Jetty's message, a stack trace or the raw request (Jetty's message can quote it);</li>
 *   <li>sends no body for {@code HEAD}, 1xx, 204 and 304;</li>
 *   <li>when Jetty refused the request (a 4xx {@link HttpException}, as its parser and URI checks throw, or
 *       its stand-in
 *       {@code GET /badRequest} request with no headers, made when it lost the method and headers), closes
 *       the connection after the answer ({@code Connection: close}): the rest of what the client sent on it
 *       is no request to answer, and a pipelined answer after it could be misread. Such an answer is in
 *       JSON and the default language, the request's {@code Accept} and {@code Accept-Language} being
 *       lost.</li>
 * </ul>
 * A response already committed, and a status outside 100-599 (which the responder passes through, as a
 * servlet's {@code sendError(600)}), are left to Jetty's handling, with its stacks, causes and messages off. Jetty adds its
 * {@code Server: Jetty(12.x)} header to every answer, this one's included, unless the connectors'
 * {@code HttpConfiguration} says otherwise; {@link StatusKitJetty#install} turns it off.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StatusKitErrorHandler extends ErrorHandler {
    /** The path of the request Jetty makes up when it could not parse the client's. */
    static final String STAND_IN_PATH = "/badRequest";
    /** How deep a cause chain is read. */
    static final int MAX_CAUSES = 8;

    private final ProblemResponder responder;

    /** A handler answering through this responder. */
    public StatusKitErrorHandler(ProblemResponder responder) {
        this.responder = Objects.requireNonNull(responder, "responder");
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    /** The responder it answers through. */
    public ProblemResponder responder() {
        return responder;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Object thrown = request.getAttribute(ERROR_EXCEPTION);
        Throwable cause = thrown instanceof Throwable t ? t : null;
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : response.getStatus();
        Optional<ErrorAnswer> found = response.isCommitted() ? Optional.empty()
                : responder.answer(status, cause, null, JettyAnswers.request(request));
        if (found.isEmpty()) {
            return super.handle(request, response, callback);
        }
        JettyAnswers.apply(found.get(), response, callback, lostRequest(request, cause));
        return true;
    }

    /** Whether Jetty could not parse the request, so that nothing more on its connection can be trusted. */
    static boolean lostRequest(Request request, @Nullable Throwable cause) {
        return isParseFailure(cause)
                || STAND_IN_PATH.equals(request.getHttpURI().getPath()) && request.getHeaders().size() == 0;
    }

    /**
     * Whether the exception or one of its causes is Jetty's own 4xx {@code HttpException}. The causes are read at
     * most {@value #MAX_CAUSES} deep, as the responder reads them, since a chain may come back on itself.
     */
    static boolean isParseFailure(@Nullable Throwable cause) {
        Throwable t = cause;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof HttpException e && e.getCode() >= 400 && e.getCode() < 500) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "StatusKitErrorHandler[" + responder + "]";
    }
}

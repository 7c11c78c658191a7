package dev.statuskit.http.servlet;

import dev.statuskit.http.internal.InvalidStatus;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Records the errors an application signals instead of letting the container render them, so that the
 * filter renders each exactly once; success answers pass straight through, unbuffered.
 *
 * <ul>
 *   <li>{@code sendError} is recorded and not passed on; as the Servlet specification requires, the
 *       response then counts as committed and further output, status changes and flushes are ignored.
 *       On a response that is really committed it is passed on, and the container throws. A second
 *       {@code sendError} is ignored and logged: the first error is the one answered.</li>
 *   <li>{@code setStatus(400..599)} is passed on and recorded as a pending error; the application may still
 *       write its own body, and once it obtains the output stream or writer the error is its own.</li>
 *   <li>{@code setStatus} with a status that is not three digits (below 100, above 999) is not passed on,
 *       since no container can send it, and is recorded as a pending error; the filter answers it with 500.</li>
 *   <li>{@code reset()} forgets both.</li>
 * </ul>
 * Once {@link #detach() detached} (the request went asynchronous) everything passes through.
 */
final class ErrorTrackingResponse extends HttpServletResponseWrapper {
    private static final System.Logger LOG = System.getLogger(dev.statuskit.http.ProblemResponder.LOGGER_NAME);
    private boolean pending;
    private boolean sentError;
    private int status;
    private @Nullable String message;
    private boolean bodyUsed;
    private volatile boolean detached;

    ErrorTrackingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public void sendError(int sc, @Nullable String msg) throws IOException {
        if (detached || super.isCommitted()) {
            super.sendError(sc, msg);
            return;
        }
        if (sentError) {
            // The response counts as committed after the first sendError; the container would throw here, and
            // the exception would replace the first error with a 500. The first error is answered.
            LOG.log(System.Logger.Level.INFO, "sendError({0}) after sendError({1}) on the same response is ignored;"
                    + " StatusKit answers the first", sc, status);
            return;
        }
        pending = true;
        sentError = true;
        status = sc;
        message = msg;
        if (sc >= 100 && sc <= 599) {
            super.setStatus(sc); // so getStatus() tells the truth to code that looks
        }
    }

    @Override
    public void setStatus(int sc) {
        if (sentError && !detached) {
            return;
        }
        if (!detached && !InvalidStatus.isSendable(sc)) {
            // Not passed on: Jetty throws, Tomcat writes it into a broken status line. The filter answers 500.
            pending = true;
            status = sc;
            message = null;
            return;
        }
        super.setStatus(sc);
        if (!detached) {
            pending = sc >= 400 && sc <= 599;
            status = sc;
            message = null;
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (sentError && !detached) {
            return Discard.STREAM;
        }
        bodyUsed = true;
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (sentError && !detached) {
            return new PrintWriter(Writer.nullWriter());
        }
        bodyUsed = true;
        return super.getWriter();
    }

    @Override
    public boolean isCommitted() {
        return (sentError && !detached) || super.isCommitted();
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!sentError || detached) {
            super.flushBuffer();
        }
    }

    @Override
    public void reset() {
        super.reset();
        if (!detached) {
            pending = false;
            sentError = false;
            bodyUsed = false;
            message = null;
        }
    }

    /**
     * Whether an error waits for the filter: one from {@code sendError}, or one from {@code setStatus} with
     * no body of the application's own.
     */
    boolean hasPendingError() {
        return pending && (sentError || !bodyUsed);
    }

    /** Whether the pending error came from {@code sendError}. */
    boolean sentError() {
        return sentError;
    }

    int pendingStatus() {
        return status;
    }

    @Nullable String pendingMessage() {
        return message;
    }

    /** Stops tracking, for a request that went asynchronous, and hands a recorded {@code sendError} on. */
    void detach() throws IOException {
        detached = true;
        if (sentError) {
            super.sendError(status, message);
        }
    }

    /** Output written after {@code sendError}, which the Servlet specification says is ignored. */
    private static final class Discard extends ServletOutputStream {
        static final Discard STREAM = new Discard();

        @Override
        public void write(int b) {
            // ignored, like any output after sendError
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // ignored, like any output after sendError
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            try {
                listener.onWritePossible();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}

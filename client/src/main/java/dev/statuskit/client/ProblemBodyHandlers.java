package dev.statuskit.client;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Body handlers for the JDK {@link HttpClient} that turn a problem response into a
 * {@link ProblemResponseException}.
 *
 * <p>A response with a status of 400-599 and a {@code Content-Type} of {@code application/problem+json} or
 * {@code application/problem+xml} has its body read (at most {@value ProblemReader#MAX_BYTES} bytes) and
 * fails with a {@code ProblemResponseException}; every other response goes to the wrapped handler untouched,
 * an error without a problem body included.
 *
 * <pre>{@code
 * try {
 *     HttpResponse<String> ok = ProblemBodyHandlers.send(client, request, BodyHandlers.ofString());
 * } catch (ProblemResponseException e) {
 *     Problem problem = e.problem();
 * }
 * }</pre>
 *
 * {@code HttpClient.send} itself wraps a body handler's failure in a new {@code IOException} (JDK 17 does, for
 * every {@code IOException}), and {@code sendAsync} completes with a {@code CompletionException}; there
 * {@link ProblemResponseException#find(Throwable)} finds it in the causes.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ProblemBodyHandlers {
    private ProblemBodyHandlers() {
    }

    /** A handler that fails problem responses and gives every other response to {@code downstream}. */
    public static <T> BodyHandler<T> of(BodyHandler<T> downstream) {
        Objects.requireNonNull(downstream, "downstream");
        return info -> {
            Optional<ProblemReader> reader = ProblemReader.forResponse(info.statusCode(),
                    info.headers().firstValue("Content-Type").orElse(null));
            if (reader.isEmpty()) {
                return downstream.apply(info);
            }
            return new ProblemSubscriber<>(reader.get(), info.statusCode(),
                    info.headers().firstValue("Retry-After").orElse(null));
        };
    }

    /** {@link #of} over {@link HttpResponse.BodyHandlers#ofString()}. */
    public static BodyHandler<String> ofString() {
        return of(HttpResponse.BodyHandlers.ofString());
    }

    /** {@link #of} over {@link HttpResponse.BodyHandlers#ofByteArray()}. */
    public static BodyHandler<byte[]> ofByteArray() {
        return of(HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Sends a request with {@link #of}{@code (handler)} and throws a problem response's
     * {@link ProblemResponseException} itself, not the {@code IOException} {@code HttpClient.send} wraps it in
     * (that one is added to it as suppressed, for the calling thread's stack).
     *
     * @throws ProblemResponseException for a problem response
     * @throws IOException for any other failure, as {@code HttpClient.send}
     * @throws InterruptedException if interrupted while waiting
     */
    public static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, BodyHandler<T> handler)
            throws IOException, InterruptedException {
        try {
            return client.send(request, of(handler));
        } catch (IOException e) {
            Optional<ProblemResponseException> problem = ProblemResponseException.find(e);
            if (problem.isPresent() && problem.get() != e) {
                problem.get().addSuppressed(e);
                throw problem.get();
            }
            throw e;
        }
    }

    /** Collects at most the limit, then fails the body with the problem. */
    private static final class ProblemSubscriber<T> implements BodySubscriber<T> {
        private final ProblemReader reader;
        private final int status;
        private final @Nullable String retryAfter;
        private final CompletableFuture<T> body = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.@Nullable Subscription subscription;
        private boolean done;

        ProblemSubscriber(ProblemReader reader, int status, @Nullable String retryAfter) {
            this.reader = reader;
            this.status = status;
            this.retryAfter = retryAfter;
        }

        @Override
        public CompletionStage<T> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (done) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                int remaining = buffer.remaining();
                if (bytes.size() + (long) remaining > ProblemReader.MAX_BYTES) {
                    done = true;
                    if (subscription != null) {
                        subscription.cancel();
                    }
                    body.completeExceptionally(ProblemResponseException.tooLarge(status, retryAfter));
                    return;
                }
                byte[] chunk = new byte[remaining];
                buffer.get(chunk);
                bytes.write(chunk, 0, remaining);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            if (!done) {
                done = true;
                body.completeExceptionally(throwable);
            }
        }

        @Override
        public void onComplete() {
            if (!done) {
                done = true;
                body.completeExceptionally(ProblemResponseException.fromResponse(reader, status, bytes.toByteArray(), retryAfter));
            }
        }
    }
}

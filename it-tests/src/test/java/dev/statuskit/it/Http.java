package dev.statuskit.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A JDK HttpClient with the few calls the tests make. */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            // HTTP/1.1 as browsers speak it over plain http; the JDK's h2c upgrade attempt makes Grizzly drop
            // the Content-Type of the answer.
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private Http() {
    }

    /** Sends a request with optional Accept and Accept-Language (null leaves the header out). */
    public static HttpResponse<byte[]> send(String method, URI uri, String accept, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What arrived of an answer the server may abort: the status and the bytes read before the end or the abort. */
    public record Partial(int status, byte[] body, boolean aborted) {
        /** The bytes as UTF-8 text. */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** GET that reads the body until it ends or the server aborts it. */
    public static Partial getPartial(URI uri, String accept, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        request.header("Accept", accept).header("Accept-Language", acceptLanguage);
        try {
            HttpResponse<java.io.InputStream> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            boolean aborted = false;
            try (java.io.InputStream in = response.body()) {
                byte[] buffer = new byte[4096];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    body.write(buffer, 0, n);
                }
            } catch (IOException e) {
                aborted = true;
            }
            return new Partial(response.statusCode(), body.toByteArray(), aborted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET with Accept and Accept-Language. */
    public static HttpResponse<byte[]> get(URI uri, String accept, String acceptLanguage) {
        return send("GET", uri, accept, acceptLanguage);
    }

    /** The body as UTF-8 text. */
    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** A header's first value, or "" when absent. */
    public static String header(HttpResponse<byte[]> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}

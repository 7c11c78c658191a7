package dev.statuskit.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * The JDK {@link HttpClient} calls the tests make: HTTP/1.1 as browsers speak it over plain http (on the JDK's
 * h2c upgrade attempt a bare Grizzly, without statuskit-grizzly, drops the answer's Content-Type), no redirects
 * followed, bounded waits.
 */
public final class HttpCalls {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private HttpCalls() {
    }

    /** The shared client, for a test that needs another body handler. */
    public static HttpClient client() {
        return CLIENT;
    }

    /** Sends a request without a body; {@code headers} are name, value pairs. The body is read as UTF-8. */
    public static HttpResponse<String> send(URI base, String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return call(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Sends a request without a body, with optional {@code Accept} and {@code Accept-Language} (null leaves
     * the header out), and keeps the body as bytes.
     */
    public static HttpResponse<byte[]> sendBytes(String method, URI uri, String accept, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return call(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET with {@code Accept} and {@code Accept-Language}, the body as bytes. */
    public static HttpResponse<byte[]> get(URI uri, String accept, String acceptLanguage) {
        return sendBytes("GET", uri, accept, acceptLanguage);
    }

    /** Sends any request and handles the body as asked. */
    public static <T> HttpResponse<T> call(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
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
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET()
                .header("Accept", accept).header("Accept-Language", acceptLanguage).build();
        HttpResponse<InputStream> response = call(request, HttpResponse.BodyHandlers.ofInputStream());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean aborted = false;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[4096];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                body.write(buffer, 0, n);
            }
        } catch (IOException e) {
            aborted = true;
        }
        return new Partial(response.statusCode(), body.toByteArray(), aborted);
    }

    /** The body as UTF-8 text. */
    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The body parsed as a JSON object. */
    public static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    /** The text parsed as a JSON object. */
    public static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** A header's first value, or null when absent. */
    public static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** Content-Type compared without spaces and case, as containers format it freely; null when absent. */
    public static String contentType(HttpResponse<?> response) {
        String value = header(response, "Content-Type");
        return value == null ? null : value.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}

package dev.statuskit.http.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The JDK HttpClient calls the container tests make, over HTTP/1.1 as browsers do on plain http. */
public final class HttpCalls {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpCalls() {
    }

    /** The shared client, for a test that needs another body handler. */
    public static HttpClient client() {
        return CLIENT;
    }

    /** Sends a request without a body; {@code headers} are name, value pairs. */
    public static HttpResponse<String> send(URI base, String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The body parsed as a JSON object. */
    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** A header's first value, or null. */
    public static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** Content-Type compared without spaces and case, as containers format it freely. */
    public static String contentType(HttpResponse<?> response) {
        String value = header(response, "Content-Type");
        return value == null ? null : value.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}

package dev.statuskit.it.hardening;

import static dev.statuskit.testing.HttpCalls.header;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemResponder;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.it.app.TestServlets;
import dev.statuskit.it.servers.ServerKind;
import dev.statuskit.it.servers.Servers;
import dev.statuskit.testing.HttpCalls;
import dev.statuskit.testing.LogCapture;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.logging.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies over the limits a servlet reads them within: a multipart upload over its {@code @MultipartConfig}
 * ({@link TestServlets#UPLOAD_LIMITS}) and a form over the container's limit (Jetty's {@code maxFormContentSize},
 * 200,000 bytes by default; Tomcat's {@code maxPostSize}, {@link Servers#BODY_LIMIT} here). The container throws
 * them into the servlet as exceptions that carry its own client-error status, which the filter answers instead
 * of 500: Jetty 400 for the upload and 413 for the form (the 413 under its 400), Tomcat 413 for both.
 */
class BodyLimitsTest {
    private static final String BOUNDARY = "sk-boundary";
    private static final String LANGUAGE = "ja";
    private static final StatusCatalog CATALOG = StatusCatalog.standard();

    static HttpResponse<String> upload(ServerKind kind, int... partSizes) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < partSizes.length; i++) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"f").append(i)
                    .append("\"; filename=\"f").append(i).append(".txt\"\r\nContent-Type: text/plain\r\n\r\n")
                    .append("a".repeat(partSizes[i])).append("\r\n");
        }
        body.append("--").append(BOUNDARY).append("--\r\n");
        return post(kind, "servlet/upload/", "multipart/form-data; boundary=" + BOUNDARY, body.toString());
    }

    static HttpResponse<String> form(ServerKind kind, int textLength) {
        return post(kind, "servlet/form/", "application/x-www-form-urlencoded", "text=" + "a".repeat(textLength));
    }

    static HttpResponse<String> post(ServerKind kind, String path, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(Servers.get(kind).uri(path))
                .header("Content-Type", contentType).header("Accept", "application/json").header("Accept-Language", LANGUAGE)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpCalls.call(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The body of a form over the container's limit, and within the 1-MiB body limit where Jetty has one. */
    static int formOverTheLimit(ServerKind kind) {
        return kind == ServerKind.TOMCAT ? Servers.BODY_LIMIT + 100_000 : 300_000;
    }

    /** Asserts a localized problem of this status with no error id and nothing of the container's message. */
    static void assertClientProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(header(response, "Content-Language")).isEqualTo(LANGUAGE);
        JsonObject problem = HttpCalls.json(response);
        LocalizedText expected = CATALOG.http(status, Locale.JAPANESE);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isEqualTo(expected.title());
        assertThat(problem.getString("detail")).isEqualTo(expected.description());
        assertThat(problem.containsKey("errorId")).isFalse();
        assertThat(response.body()).doesNotContainIgnoringCase("exceed").doesNotContainIgnoringCase("too large")
                .doesNotContainIgnoringCase("multipart");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
    void uploadsAndFormsWithinTheLimitsAreRead(ServerKind kind) {
        HttpResponse<String> upload = upload(kind, 1000, 1000);
        assertThat(upload.statusCode()).isEqualTo(200);
        assertThat(upload.body()).isEqualTo("parts 2");
        HttpResponse<String> form = form(kind, 100_000);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).isEqualTo("length 100000");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
    void aPartOverItsLimitIsTheContainersClientErrorNotA500(ServerKind kind) {
        try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
            assertClientProblem(upload(kind, 2000), kind == ServerKind.TOMCAT ? 413 : 400);
            assertThat(log.at(Level.SEVERE)).extracting(record -> record.getMessage())
                    .noneMatch(message -> message.contains("/servlet/upload/"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
    void anUploadOverItsLimitIsTheContainersClientErrorNotA500(ServerKind kind) {
        assertClientProblem(upload(kind, 1000, 1000, 1000, 1000, 1000), kind == ServerKind.TOMCAT ? 413 : 400);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.statuskit.it.servers.ServerKind#servletContainers")
    void aFormOverTheContainersLimitIsA413(ServerKind kind) {
        assertClientProblem(form(kind, formOverTheLimit(kind)), 413);
    }
}

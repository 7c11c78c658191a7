package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testing.PublicApi;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** What the module promises applications: the exported packages and the status of each type in them. */
class PublicApiTest {

    @Test
    void exportsTheCoreAndBothAdaptersButNotTheInternals() {
        assertThat(PublicApi.exportedPackages(Problem.class))
                .containsExactly("dev.statuskit.http", "dev.statuskit.http.jaxrs", "dev.statuskit.http.servlet");
    }

    @Test
    void everyExportedTypeDeclaresItsApiStatusSinceZeroPointOne() {
        Map<String, String> declared = new LinkedHashMap<>();
        for (Class<?> type : PublicApi.types(Problem.class)) {
            API api = type.getAnnotation(API.class);
            declared.put(type.getName(), api == null ? "none" : api.status() + " since " + api.since());
        }

        assertThat(declared).containsExactly(
                Map.entry("dev.statuskit.http.ErrorAnswer", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ExceptionStatusPolicy", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ExceptionStatusPolicy$Builder", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.Problem", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemBuilder", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemConfiguration", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemCustomizer", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemException", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemFormat", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemOptions", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemOptions$Builder", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemOptions$SendErrorMessages", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemRenderer", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemRequest", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemResponder", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.ProblemResponder$Builder", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.RequestInfo", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.jaxrs.StatusKitAutoDiscoverable", "INTERNAL since 0.1"),
                Map.entry("dev.statuskit.http.jaxrs.StatusKitFeature", "STABLE since 0.1"),
                Map.entry("dev.statuskit.http.servlet.StatusKitFilter", "STABLE since 0.1"));
    }
}

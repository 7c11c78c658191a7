package dev.statuskit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code DemoServer.main} in a JVM of its own, as {@code java -jar} runs it: the same first line on each container. */
class CommandLineTest {
    static Process launch(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DemoServer.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jetty", "tomcat", "grizzly"})
    void everyContainerPrintsTheSameFirstLineAndServesTheExplorer(String container) throws Exception {
        Process demo = launch("--port", "0", "--container", container);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertThat(first).matches("Listening on http://127\\.0\\.0\\.1:\\d+/");
            HttpResponse<String> page = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(first.substring("Listening on ".length()) + "?lang=fr"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<html lang=\"fr\" dir=\"ltr\">");
        } finally {
            demo.destroy();   // SIGTERM: the shutdown hook closes the server
            assertThat(demo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--container=jetty", "undertow"})
    void anUnknownContainerIsAUsageError(String value) throws Exception {
        Process demo = value.startsWith("--") ? launch(value) : launch("--container", value);
        assertThat(demo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(demo.exitValue()).isEqualTo(2);
    }
}

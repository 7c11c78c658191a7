package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testing.LogCapture;
import dev.statuskit.i18n.StatusCatalog;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Level;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

class FallbackRendererTest {
    static final Problem PROBLEM = Problem.builder().status(503).title("Service indisponible")
            .with("errorId", "0f1e2d3c-aaaa-bbbb-cccc-123456789abc").build();

    /** A renderer that writes half a document and then fails, as a bug or a broken bundle might. */
    static ProblemRenderer failing(ProblemFormat format) {
        return new ProblemRenderer() {
            @Override
            public ProblemFormat format() {
                return format;
            }

            @Override
            public void render(Problem problem, Locale locale, OutputStream out) throws IOException {
                out.write("{\"half".getBytes(StandardCharsets.UTF_8));
                throw new IllegalStateException("renderer bug with SECRET-42");
            }
        };
    }

    static String render(ProblemRenderer renderer) {
        return new String(new FallbackRenderer(renderer).render(PROBLEM, Locale.FRENCH), StandardCharsets.UTF_8);
    }

    @Test
    void aFailingJsonRendererIsAnsweredWithAMinimalEnglishProblemAndNoHalfDocument() {
        String json = render(failing(ProblemFormat.JSON));
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject problem = reader.readObject();
            assertThat(problem.getString("title")).isEqualTo("Service Unavailable");
            assertThat(problem.getInt("status")).isEqualTo(503);
            assertThat(problem.getString("errorId")).isEqualTo("0f1e2d3c-aaaa-bbbb-cccc-123456789abc");
        }
        assertThat(json).doesNotContain("half").doesNotContain("SECRET");
    }

    @Test
    void aFailingXmlRendererIsAnsweredWithWellFormedRfc9457Xml() throws Exception {
        String xml = render(failing(ProblemFormat.XML));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("urn:ietf:rfc:7807");
        assertThat(document.getElementsByTagNameNS("urn:ietf:rfc:7807", "status").item(0).getTextContent()).isEqualTo("503");
    }

    @ParameterizedTest
    @EnumSource(value = ProblemFormat.class, names = {"HTML", "TEXT"})
    void aFailingPageOrTextRendererStillNamesTheStatusAndTheErrorId(ProblemFormat format) {
        String body = render(failing(format));
        assertThat(body).contains("503 Service Unavailable").contains("0f1e2d3c-aaaa-bbbb-cccc-123456789abc")
                .doesNotContain("SECRET");
    }

    @Test
    void theFailureIsLoggedWithItsCause() {
        try (LogCapture log = LogCapture.of(ProblemResponder.LOGGER_NAME)) {
            render(failing(ProblemFormat.JSON));
            assertThat(log.at(Level.SEVERE)).singleElement().satisfies(r -> {
                assertThat(r.getMessage()).isEqualTo("Rendering a 503 problem as JSON failed; answering with the built-in"
                        + " English text instead");
                assertThat(r.getThrown()).hasMessage("renderer bug with SECRET-42");
            });
        }
    }

    @Test
    void aWorkingRendererIsPassedThroughByteForByte() {
        ProblemRenderer json = ProblemRenderer.of(ProblemFormat.JSON, StatusCatalog.standard());
        assertThat(new FallbackRenderer(json).render(PROBLEM, Locale.FRENCH)).isEqualTo(json.render(PROBLEM, Locale.FRENCH));
    }

    @Test
    void anErrorIdThatIsNotHexAndHyphensIsLeftOut() {
        Problem odd = Problem.builder().status(500).with("errorId", "<script>").build();
        String json = new String(new FallbackRenderer(failing(ProblemFormat.JSON)).render(odd, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500}");
    }
}

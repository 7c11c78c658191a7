package dev.statuskit.it.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.ProblemFormat;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.testing.RawHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** What every answer to a hostile request must be, whoever wrote it. */
final class Answers {
    static final StatusCatalog CATALOG = StatusCatalog.standard();
    /** Markup and quotes that hostile requests carry; no answer may contain them unescaped. */
    static final List<String> RAW_MARKUP = List.of("<x-sk", "<img", "<script", "onerror=alert(1)>", "\"x-sk'");

    private Answers() {
    }

    /** Who wrote an answer. */
    enum Author {
        /** StatusKit: a problem in one of its four formats, with Content-Language and its Vary. */
        STATUSKIT,
        /** The container or framework, before or around StatusKit (a rejection of the request itself). */
        CONTAINER
    }

    /** The StatusKit format of an answer, if StatusKit wrote it. */
    static Optional<ProblemFormat> format(RawHttp.Answer answer) {
        // Tomcat's own error page has Content-Language and text/html;charset=utf-8 too, but not this Vary.
        if (answer.header("Content-Language").isEmpty() || !answer.header("Vary").equals("Accept, Accept-Language")) {
            return Optional.empty();
        }
        return ProblemFormat.forMediaType(answer.header("Content-Type"));
    }

    /**
     * Asserts what holds for every answer: a status below 500; no body for HEAD, 1xx, 204 and 304; no markup
     * reflected raw; and, for StatusKit's answers, a well-formed body whose status is the HTTP status.
     *
     * @return who wrote it
     */
    static Author check(RawHttp.Answer answer, String method) {
        assertThat(answer.status()).as("status").isBetween(100, 499);
        return checkAnyStatus(answer, method);
    }

    /** {@link #check} without the bound on the status, for requests that are meant to fail. */
    static Author checkAnyStatus(RawHttp.Answer answer, String method) {
        int status = answer.status();
        if (method.equals("HEAD") || (status >= 100 && status < 200) || status == 204 || status == 304) {
            assertThat(answer.body()).as("body of a %s %d", method, status).isEmpty();
        }
        for (String body : List.of(answer.text(), answer.latin1())) {
            for (String markup : RAW_MARKUP) {
                assertThat(body).as("raw markup in the body").doesNotContain(markup);
            }
        }
        Optional<ProblemFormat> format = format(answer);
        if (format.isEmpty()) {
            return Author.CONTAINER;
        }
        assertThat(answer.header("Content-Type")).isEqualTo(format.get().contentType());
        Locale language = Locale.forLanguageTag(answer.header("Content-Language"));
        assertThat(CATALOG.supportedLocales()).contains(language);
        if (answer.body().length > 0) {
            wellFormed(format.get(), answer, language);
        } else {
            assertThat(method).as("only HEAD has an error answer without body").isEqualToIgnoringCase("HEAD");
        }
        return Author.STATUSKIT;
    }

    static void wellFormed(ProblemFormat format, RawHttp.Answer answer, Locale language) {
        String title = CATALOG.http(answer.status(), language).title();
        switch (format) {
            case JSON -> {
                JsonObject problem = json(answer.body());
                assertThat(problem.getInt("status")).isEqualTo(answer.status());
                assertThat(problem.getString("title")).isNotBlank();
            }
            case XML -> {
                Document document = xml(answer.body());
                assertThat(document.getDocumentElement().getLocalName()).isEqualTo("problem");
                assertThat(document.getElementsByTagNameNS("urn:ietf:rfc:7807", "status").item(0).getTextContent())
                        .isEqualTo(Integer.toString(answer.status()));
            }
            case HTML -> assertThat(answer.text())
                    .startsWith("<!DOCTYPE html>")
                    .contains("<p class=\"status\">" + answer.status() + "</p>")
                    .contains("lang=\"" + language.toLanguageTag() + "\"")
                    .endsWith("</html>\n");
            case TEXT -> assertThat(answer.text()).contains(Integer.toString(answer.status())).contains(title);
        }
    }

    static JsonObject json(byte[] body) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    static Document xml(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }
}

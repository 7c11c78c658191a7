package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class ProblemFormatTest {

    @Nested
    class TheFormatQueryParameter {
        @ParameterizedTest(name = "[{index}] ?{0} -> {1}")
        @CsvSource(delimiter = '|', nullValues = "none", value = {
            "format=json | JSON",
            "format=xml | XML",
            "format=html | HTML",
            "format=text | TEXT",
            "lang=ja&format=json | JSON",
            "format=json&format=xml | JSON",
            "format=JSON | none",
            "format= | none",
            "format | none",
            "xformat=json | none",
            "format=json%00 | none",
            "format=<script> | none",
        })
        void choosesOnlyTheFourNamedFormats(String query, String expected) {
            String format = ProblemFormat.fromQuery(query).map(ProblemFormat::name).orElse("none");
            assertThat(format).isEqualTo(expected == null ? "none" : expected);
        }

        @Test
        void isIgnoredWhenAbsentAndWinsOverAcceptWhenPresent() {
            assertThat(ProblemFormat.fromQuery(null)).isEmpty();
            assertThat(new RequestInfo("GET", "/x", "text/html", null).format()).isEqualTo(ProblemFormat.HTML);
            assertThat(new RequestInfo("GET", "/x", "text/html", null, "format=json").format()).isEqualTo(ProblemFormat.JSON);
            assertThat(new RequestInfo("GET", "/x", "text/html", null, "format=yaml").format()).isEqualTo(ProblemFormat.HTML);
        }

        @ParameterizedTest(name = "[{index}] ?{0} -> ?{1}")
        @CsvSource(delimiter = '|', nullValues = "none", value = {
            "none | none",
            "'' | none",
            "format=html | none",
            "format | none",
            "format=html&format=xml | none",
            "lang=ja | lang=ja",
            "lang=ja&format=html | lang=ja",
            "format=html&lang=ja&q=a%20b | lang=ja&q=a%20b",
            "a=1&&format=&b=2& | a=1&b=2",
            "xformat=json&formats=1&format%3Djson | xformat=json&formats=1&format%3Djson",
        })
        void isLeftOutOfTheQueryThatALinkToAnotherFormatKeeps(String query, String kept) {
            assertThat(ProblemFormat.withoutFormat(query)).isEqualTo(kept);
        }

        @Test
        void isReadOnlyFromTheFirstTwoKilobytesOfTheQuery() {
            assertThat(ProblemFormat.fromQuery("a=" + "x".repeat(3000) + "&format=json")).isEmpty();
            assertThat(ProblemFormat.fromQuery("a=" + "x".repeat(1000) + "&format=json")).contains(ProblemFormat.JSON);
        }
    }

    @Nested
    class Negotiation {
        @ParameterizedTest(name = "[{index}] {0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            // plain choices
            "*/*                                                           | JSON",
            "application/json                                              | JSON",
            "application/problem+json                                      | JSON",
            "application/vnd.api+json                                      | JSON",
            "application/*+json                                            | JSON",
            "application/xml                                               | XML",
            "text/xml                                                      | XML",
            "application/problem+xml                                       | XML",
            "application/atom+xml                                          | XML",
            "text/html                                                     | HTML",
            "TEXT/HTML                                                     | HTML",
            "text/plain                                                    | TEXT",
            "text/plain; charset=utf-8                                     | TEXT",
            // what browsers send: xhtml+xml is not an XML problem
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8 | HTML",
            "application/xhtml+xml                                         | JSON",
            // weights
            "text/html;q=0.5, application/json;q=0.9                       | JSON",
            "application/json;q=0.4, application/xml;q=0.6                 | XML",
            "text/plain, text/html;q=0.8                                   | TEXT",
            "text/html;q=0, */*                                            | JSON",
            "text/*;q=0.1, text/plain                                      | TEXT",
            "text/plain;q=0.2, text/*;q=0.9                                | HTML",
            "application/json;q=0.001, text/html;q=0                       | JSON",
            // ties: the more specific range, then JSON, HTML, XML, TEXT
            "text/html, application/json                                   | JSON",
            "application/*                                                 | JSON",
            "text/*                                                        | HTML",
            "text/*, application/xml                                       | XML",
            "application/vnd.api+json, text/html                           | HTML",
            // nothing acceptable: JSON anyway
            "image/png                                                     | JSON",
            "application/json;q=0                                          | JSON",
            "text/html;q=0, text/plain;q=0, application/xml;q=0            | JSON",
            // malformed ranges are skipped
            "text/html;q=abc                                               | JSON",
            "text/html;q=1.5                                               | JSON",
            "text/html;q=0.5000                                            | JSON",
            "text/html;q=                                                  | JSON",
            "garbage, text/plain                                           | TEXT",
            "text/, /html, */html, text/plain                              | TEXT",
            "text/h tml, text/plain;q=0.5                                  | TEXT",
            "'text/html;;;, ,,;q=0.2'                                      | HTML",
            "',,,;;;'                                                      | JSON",
            "'text/html;q=0.5;q=0.9, application/xml;q=0.6'                | XML",
        })
        void choosesTheFormatForAnAcceptHeader(String accept, ProblemFormat expected) {
            assertThat(ProblemFormat.negotiate(accept)).isEqualTo(expected);
        }

        @ParameterizedTest
        @NullAndEmptySource
        void answersJsonWithoutAnAcceptHeader(String accept) {
            assertThat(ProblemFormat.negotiate(accept)).isEqualTo(ProblemFormat.JSON);
        }

        @Test
        void readsOnlyTheFirst64Ranges() {
            String accept = "image/png, ".repeat(64) + "text/html";

            assertThat(ProblemFormat.negotiate("image/png, ".repeat(63) + "text/html")).isEqualTo(ProblemFormat.HTML);
            assertThat(ProblemFormat.negotiate(accept)).isEqualTo(ProblemFormat.JSON);
        }

        @Test
        void readsOnlyTheFirst8192Characters() {
            String padding = "x".repeat(8192 - "text/plain;q=0.5,".length());

            assertThat(ProblemFormat.negotiate("text/plain;q=0.5," + padding + ",text/html")).isEqualTo(ProblemFormat.TEXT);
        }

        @Test
        void staysFastOnAHugeHeaderWithoutSeparators() {
            String huge = "a".repeat(5_000_000);

            long start = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                assertThat(ProblemFormat.negotiate(huge)).isEqualTo(ProblemFormat.JSON);
            }
            assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "application/problem+json                  | JSON",
        "application/problem+xml; charset=UTF-8    | XML",
        "TEXT/HTML                                 | HTML",
        "text/plain;charset=utf-8                  | TEXT",
    })
    void findsTheFormatOfAMediaType(String mediaType, ProblemFormat format) {
        assertThat(ProblemFormat.forMediaType(mediaType)).contains(format);
    }

    @ParameterizedTest
    @CsvSource({"application/json", "text/xml", "text/*", "''"})
    void findsNoFormatForOtherMediaTypes(String mediaType) {
        assertThat(ProblemFormat.forMediaType(mediaType)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "JSON | application/problem+json",
        "XML  | application/problem+xml;charset=utf-8",
        "HTML | text/html;charset=utf-8",
        "TEXT | text/plain;charset=utf-8",
    })
    void namesUtf8WhereTheMediaTypeHasACharset(ProblemFormat format, String contentType) {
        assertThat(format.contentType()).isEqualTo(contentType);
    }
}

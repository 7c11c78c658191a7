package dev.statuskit.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpStatusRegistryTest {

    @Nested
    class AgainstTheIanaRegistry {
        @Test
        void holdsExactlyTheCodesOfTheIanaCsvInOrder() {
            List<Integer> expected = IanaCsv.rows("http-status-codes.csv").stream()
                    .map(r -> Integer.parseInt(r[0])).collect(Collectors.toList());
            assertThat(HttpStatusRegistry.registered()).extracting(HttpStatus::code).containsExactlyElementsOf(expected);
            assertThat(expected).hasSize(64);
        }

        @Test
        void everyEntryMatchesItsCsvRowInPhraseReferenceAndRegistration() {
            for (String[] row : IanaCsv.rows("http-status-codes.csv")) {
                HttpStatus status = HttpStatusRegistry.of(Integer.parseInt(row[0]));
                assertThat(status.reasonPhrase()).as("phrase of %s", row[0]).isEqualTo(row[1]);
                assertThat(status.reference()).as("reference of %s", row[0]).isEqualTo(row[2]);
                assertThat(status.registration().id()).as("registration of %s", row[0]).isEqualTo(row[3]);
                assertThat(status.isAssigned()).isTrue();
            }
        }
    }

    @Nested
    class TheBriefsErrorsAreNotRepeated {
        @ParameterizedTest(name = "{0} is \"{1}\"")
        @CsvSource({
            "201, Created",
            "202, Accepted",
            "501, Not Implemented",
            "413, Content Too Large",
            "414, URI Too Long",
            "416, Range Not Satisfiable",
            "422, Unprocessable Content",
        })
        void codesCarryTheirRfc9110Phrase(int code, String phrase) {
            assertThat(HttpStatusRegistry.of(code).reasonPhrase()).isEqualTo(phrase);
        }

        @ParameterizedTest
        @ValueSource(ints = {100, 101, 102, 103, 104, 207, 208, 226, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451,
                506, 507, 508, 510, 511})
        void codesTheBriefLackedAreRegistered(int code) {
            assertThat(HttpStatusRegistry.of(code).isAssigned()).isTrue();
        }
    }

    @Nested
    class UnassignedCodes {
        @ParameterizedTest(name = "{0} resolves to the {1} class")
        @CsvSource({
            "150, INFORMATIONAL, Informational",
            "299, SUCCESSFUL, Success",
            "399, REDIRECTION, Redirection",
            "499, CLIENT_ERROR, Client Error",
            "420, CLIENT_ERROR, Client Error",
            "509, SERVER_ERROR, Server Error",
            "599, SERVER_ERROR, Server Error",
        })
        void resolveToTheirClassAsRfc9110Section15Says(int code, HttpStatusClass statusClass, String phrase) {
            HttpStatus status = HttpStatusRegistry.of(code);
            assertThat(status.isAssigned()).isFalse();
            assertThat(status.registration()).isEqualTo(HttpRegistration.UNASSIGNED);
            assertThat(status.statusClass()).isEqualTo(statusClass);
            assertThat(status.reasonPhrase()).isEqualTo(phrase);
            assertThat(status.code()).isEqualTo(code);
        }

        @Test
        void everyNumberFrom100To599HasAnEntryWithItsOwnCode() {
            for (int code = 100; code <= 599; code++) {
                assertThat(HttpStatusRegistry.of(code).code()).isEqualTo(code);
            }
        }
    }

    @Nested
    class OutOfRangeNumbers {
        @ParameterizedTest
        @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 99, 600, 999, Integer.MAX_VALUE})
        void areRejectedWithTheRuleAndTheValue(int code) {
            String expected = "HTTP status code " + code + " is outside the range 100-599 (RFC 9110 §15)";
            assertThat(HttpStatusRegistry.statusCodeExceptionMessage(code)).isEqualTo(expected);
            assertThatThrownBy(() -> HttpStatusRegistry.of(code))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(expected);
            assertThatThrownBy(() -> HttpStatusClass.of(code)).hasMessage(expected);
            assertThat(HttpStatusRegistry.lookup(code)).isEmpty();
            assertThatThrownBy(() -> HttpStatusRegistry.validateStatusCode(code)).hasMessage(expected);
        }

        @ParameterizedTest
        @ValueSource(ints = {100, 404, 599})
        void boundariesAndRealCodesPassTheCheck(int code) {
            assertThat(HttpStatusRegistry.statusCodeExceptionMessage(code)).isNull();
            assertThat(HttpStatusRegistry.lookup(code)).containsSame(HttpStatusRegistry.of(code));
        }
    }

    @Nested
    class Phrases {
        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource({
            "Request Entity Too Large, 413",
            "Payload Too Large, 413",
            "content too large, 413",
            "Request-URI Too Long, 414",
            "Requested Range Not Satisfiable, 416",
            "Unprocessable Entity, 422",
            "'  NOT FOUND  ', 404",
            "Moved Temporarily, 302",
        })
        void earlierAndCurrentPhrasesAreRecognized(String phrase, int code) {
            assertThat(HttpStatusRegistry.byPhrase(phrase)).map(HttpStatus::code).contains(code);
        }

        @Test
        void aliasesAreListedOnTheirEntry() {
            assertThat(HttpStatusRegistry.of(413).aliases()).containsExactly("Request Entity Too Large", "Payload Too Large");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "Not Founds", "(Unused)", "Client Error"})
        void unknownPhrasesAreNotRecognized(String phrase) {
            assertThat(HttpStatusRegistry.byPhrase(phrase)).isEmpty();
        }

        @Test
        void nullIsNotRecognized() {
            assertThat(HttpStatusRegistry.byPhrase(null)).isEmpty();
        }
    }

    @Nested
    class Content {
        @ParameterizedTest(name = "{0} allows content: {1}")
        @CsvSource({"100, false", "103, false", "199, false", "200, true", "204, false", "205, true", "304, false",
                "404, true", "500, true"})
        void onlyStatusesThatMayCarryContentAllowIt(int code, boolean allows) {
            assertThat(HttpStatusRegistry.of(code).allowsContent()).isEqualTo(allows);
        }

        @Test
        void classesKnowTheirLabelAndWhetherTheyAreErrors() {
            assertThat(HttpStatusClass.of(404).label()).isEqualTo("4xx");
            assertThat(HttpStatusClass.of(404).isError()).isTrue();
            assertThat(HttpStatusClass.of(302).isError()).isFalse();
            assertThat(HttpStatusClass.SERVER_ERROR.id()).isEqualTo("server-error");
            assertThat(HttpRegistration.OBSOLETED.id()).isEqualTo("obsoleted".toLowerCase(Locale.ROOT));
        }
    }
}

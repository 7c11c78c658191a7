package dev.statuskit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.http.Problem;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonProblemReaderTest {
    private static final ProblemReader JSON = ProblemReader.json();

    private static Problem read(String json, int httpStatus) {
        return JSON.read(json.getBytes(StandardCharsets.UTF_8), httpStatus);
    }

    private static ProblemParseException failure(byte[] bytes) {
        try {
            JSON.read(bytes, 400);
        } catch (ProblemParseException e) {
            return e;
        }
        throw new AssertionError("no ProblemParseException");
    }

    private static ProblemParseException failure(String json) {
        return failure(json.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class StandardMembers {
        @Test
        void theRfc9457ExampleReadsBackMemberByMember() {
            Problem problem = read("{\"type\":\"https://example.com/probs/out-of-credit\","
                    + "\"title\":\"You do not have enough credit.\",\"status\":403,"
                    + "\"detail\":\"Your current balance is 30, but that costs 50.\","
                    + "\"instance\":\"/account/12345/msgs/abc\",\"balance\":30,"
                    + "\"accounts\":[\"/account/12345\",\"/account/67890\"]}", 403);

            assertThat(problem.type()).isEqualTo(URI.create("https://example.com/probs/out-of-credit"));
            assertThat(problem.title()).isEqualTo("You do not have enough credit.");
            assertThat(problem.status()).isEqualTo(403);
            assertThat(problem.detail()).isEqualTo("Your current balance is 30, but that costs 50.");
            assertThat(problem.instance()).isEqualTo(URI.create("/account/12345/msgs/abc"));
            assertThat(problem.extensions()).containsExactly(Map.entry("balance", 30L),
                    Map.entry("accounts", List.of("/account/12345", "/account/67890")));
        }

        @Test
        void anEmptyObjectIsAnAboutBlankProblemWithTheResponseStatus() {
            Problem problem = read("{}", 502);

            assertThat(problem).isEqualTo(Problem.builder().status(502).build());
            assertThat(problem.isAboutBlank()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"42", "true", "null", "[\"https://x\"]", "{\"a\":1}", "\"not a uri\""})
        void aTypeThatIsNotAStringUriReferenceIsIgnoredSoTheProblemIsAboutBlank(String type) {
            Problem problem = read("{\"type\":" + type + ",\"title\":\"T\"}", 400);

            assertThat(problem.type()).isEqualTo(Problem.ABOUT_BLANK);
            assertThat(problem.title()).isEqualTo("T");
        }

        @ParameterizedTest
        @ValueSource(strings = {"42", "false", "null", "[]", "{}"})
        void aTitleDetailOrInstanceOfAnotherTypeIsIgnored(String value) {
            Problem problem = read("{\"title\":" + value + ",\"detail\":" + value + ",\"instance\":" + value + "}", 409);

            assertThat(problem).isEqualTo(Problem.builder().status(409).build());
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"404\"", "404.5", "99", "600", "-404", "1e999", "true", "null", "[404]", "4040"})
        void aStatusThatIsNotAnIntegerFrom100To599GivesWayToTheHttpStatus(String status) {
            assertThat(read("{\"status\":" + status + "}", 418).status()).isEqualTo(418);
        }

        @ParameterizedTest
        @CsvSource({"404, 404", "404.0, 404", "4.04e2, 404", "100, 100", "599, 599"})
        void anIntegralStatusIsKept(String status, int expected) {
            assertThat(read("{\"status\":" + status + "}", 500).status()).isEqualTo(expected);
        }

        @Test
        void aStatusThatDiffersFromTheResponsesIsKeptAsTheAdvisoryMemberItIs() {
            assertThat(read("{\"status\":503}", 500).status()).isEqualTo(503);
        }

        @Test
        void anInvalidHttpStatusArgumentIsRefusedWithTheRule() {
            assertThatThrownBy(() -> read("{}", 99)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("httpStatus: ").hasMessageContaining("99");
        }
    }

    @Nested
    class Extensions {
        @Test
        void nestedValuesKeepTheirTypesAndTheirOrder() {
            Problem problem = read("{\"errors\":[{\"pointer\":\"#/age\",\"valid\":false,\"hint\":null,\"max\":120}],"
                    + "\"ratio\":0.25,\"big\":123456789012345678901234567890,\"small\":-9223372036854775808,"
                    + "\"zero\":-0,\"nested\":{\"zeta\":1,\"alpha\":{\"deep\":[[],{}]}}}", 422);

            Map<String, Object> error = new LinkedHashMap<>();
            error.put("pointer", "#/age");
            error.put("valid", false);
            error.put("hint", null);
            error.put("max", 120L);
            assertThat(problem.extensions().get("errors")).isEqualTo(List.of(error));
            assertThat(problem.extensions().get("ratio")).isEqualTo(new BigDecimal("0.25"));
            assertThat(problem.extensions().get("big")).isEqualTo(new BigDecimal("123456789012345678901234567890"));
            assertThat(problem.extensions().get("small")).isEqualTo(Long.MIN_VALUE);
            assertThat(problem.extensions().get("zero")).isEqualTo(0L);
            @SuppressWarnings("unchecked")
            Map<String, Object> nested = (Map<String, Object>) problem.extensions().get("nested");
            assertThat(nested.keySet()).containsExactly("zeta", "alpha");
            assertThat(nested.get("alpha")).isEqualTo(Map.of("deep", List.of(List.of(), Map.of())));
            assertThat(problem.extensions().keySet()).containsExactly("errors", "ratio", "big", "small", "zero", "nested");
        }

        @Test
        void oneE999IsAnExactBigDecimalNotInfinity() {
            Object value = read("{\"huge\":1e999,\"tiny\":-1E-999}", 400).extensions();

            assertThat(value).isEqualTo(Map.of("huge", new BigDecimal("1E+999"), "tiny", new BigDecimal("-1E-999")));
        }

        @Test
        void membersProblemCannotHoldAreLeftOutAndTheRestKept() {
            Problem problem = read("{\"ok\":1,\"error-id\":\"a\",\"id\":2,\"_links\":{},\"bad\":{\"not a name\":1},"
                    + "\"fine\":{\"Content-Type\":\"x\"}}", 400);

            assertThat(problem.extensions()).containsExactly(Map.entry("fine", Map.of("Content-Type", "x")));
        }

        @Test
        void aMemberNamedLikeAStandardOneButOfTheWrongTypeIsNotAnExtensionEither() {
            assertThat(read("{\"title\":7}", 400).extensions()).isEmpty();
        }
    }

    @Nested
    class Strings {
        @Test
        void everyEscapeReadsBack() {
            Problem problem = read("{\"detail\":\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9\\u4E2D \\ud83d\\ude00\"}", 400);

            assertThat(problem.detail()).isEqualTo("q\" b\\ s/ \b\f\n\r\t é中 \uD83D\uDE00");
        }

        @Test
        void loneSurrogateEscapesAreKeptAsTheCharsTheyName() {
            Problem problem = read("{\"detail\":\"a\\uD800b\\uDC00c\\uDBFF\"}", 400);

            assertThat(problem.detail()).isEqualTo("a\uD800b\uDC00c\uDBFF");
        }

        @Test
        void multiByteUtf8ReadsBack() {
            assertThat(read("{\"title\":\"未找到 غير موجود 😀\"}", 404).title()).isEqualTo("未找到 غير موجود 😀");
        }

        @Test
        void aHugeStringUnderTheLimitIsRead() {
            String big = "x".repeat(ProblemReader.MAX_BYTES - 20);

            assertThat(read("{\"detail\":\"" + big + "\"}", 400).detail()).hasSize(big.length());
        }
    }

    @Nested
    class HostileInput {
        @Test
        void tenThousandNestedArraysStopAtLevel33WithoutOverflowingTheStack() {
            String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";

            ProblemParseException e = failure(deep);

            assertThat(e).hasMessage("Objects and arrays nest deeper than 32 levels at offset 36");
            assertThat(e.offset()).isEqualTo(36);
        }

        @Test
        void thirtyTwoLevelsAreAllowed() {
            String deep = "{\"abc\":" + "[".repeat(31) + "]".repeat(31) + "}";

            assertThat(read(deep, 400).extensions()).containsKey("abc");
        }

        @Test
        void tenThousandNestedObjectsStopToo() {
            String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

            assertThat(failure(deep).rule()).isEqualTo("Objects and arrays nest deeper than 32 levels");
        }

        @Test
        void aDocumentOverOneMebibyteIsRefusedBeforeParsing() {
            byte[] big = new byte[ProblemReader.MAX_BYTES + 1];
            Arrays.fill(big, (byte) ' ');

            assertThat(failure(big)).hasMessage("A problem document of more than 1048576 bytes is not read (the limit)"
                    + " at offset 1048576");
        }

        @Test
        void aStreamOverOneMebibyteIsRefusedAfterReadingOneByteMore() throws Exception {
            byte[] big = new byte[ProblemReader.MAX_BYTES * 3];
            Arrays.fill(big, (byte) ' ');
            ByteArrayInputStream in = new ByteArrayInputStream(big);

            assertThatThrownBy(() -> JSON.read(in, 400)).isInstanceOf(ProblemParseException.class);
            assertThat(in.available()).isEqualTo(big.length - ProblemReader.MAX_BYTES - 1);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "{\"title\"  \"x\"}| Expected ':' after member name \"title\", found '\"' at offset 10",
            "{\"title\":\"x\"| Expected ',' or '}' after the value of member \"title\", found end of input at offset 12",
            "{\"title\":\"x| Unterminated string, found end of input at offset 9",
            "{\"title\":| Expected a JSON value, found end of input at offset 9",
            "{| Expected '\"' to start a member name, found end of input at offset 1",
            "{\"a\":[1,2| Expected ',' or ']' after an array item, found end of input at offset 9",
            "{\"a\":tru}| Expected the literal true (RFC 8259 §3), found 't' at offset 5",
            "{\"a\":01}| A number must not have a leading zero (RFC 8259 §6) at offset 6",
            "{\"a\":-}| Expected a digit in a number (RFC 8259 §6), found '}' at offset 6",
            "{\"a\":1.}| Expected a digit after the decimal point (RFC 8259 §6), found '}' at offset 7",
            "{\"a\":1e}| Expected a digit in the exponent (RFC 8259 §6), found '}' at offset 7",
            "{\"a\":'x'}| Expected a JSON value (object, array, string, number, true, false or null), found ''' at offset 5",
            "{\"a\":\"\\x\"}| Invalid escape \\x in a string (RFC 8259 §7) at offset 6",
            "{\"a\":\"\\u12G4\"}| A \\u escape needs four hex digits (RFC 8259 §7) at offset 6",
            "{\"a\":1,}| Expected '\"' to start a member name, found '}' at offset 7",
            "{\"a\":1} x| Expected the end of the document after the problem object, found 'x' at offset 8",
            "[]| A problem+json document must be a JSON object (RFC 9457 §3), found '[' at offset 0",
            "''| A problem+json document must be a JSON object (RFC 9457 §3), found end of input at offset 0",
            "{\"a\":1e99999999999}| The number 1e99999999999 has an exponent out of range at offset 5",
        })
        void malformedInputStatesTheRuleAndTheOffset(String json, String message) {
            assertThat(failure(json)).hasMessage(message);
        }

        @Test
        void truncatingAValidDocumentAnywhereGivesAParseErrorNeverAnotherException() {
            String json = "{\"type\":\"https://e.com/p\",\"title\":\"未找到\",\"status\":404,\"x_1\":[1.5,{\"k\":null}],\"ok\":true}";
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            for (int length = 0; length < bytes.length; length++) {
                byte[] cut = Arrays.copyOf(bytes, length);
                assertThatThrownBy(() -> JSON.read(cut, 404)).as("cut at %d", length)
                        .isInstanceOf(ProblemParseException.class);
            }
            assertThat(JSON.read(bytes, 404).title()).isEqualTo("未找到");
        }

        @Test
        void aRawControlCharacterInAStringIsRefused() {
            assertThat(failure("{\"a\":\"x\ty\"}")).hasMessage(
                    "Control character U+0009 must be escaped in a string (RFC 8259 §7) at offset 7");
        }

        @Test
        void aDuplicateMemberIsRefusedNamingIt() {
            assertThat(failure("{\"status\":404,\"status\":200}")).hasMessage("Duplicate member name \"status\": RFC 8259"
                    + " §4 says names SHOULD be unique, and parsers disagree on which one counts at offset 14");
        }

        @Test
        void aDuplicateMemberInANestedObjectIsRefusedToo() {
            assertThat(failure("{\"abc\":{\"k\":1,\"k\":2}}").rule()).startsWith("Duplicate member name \"k\"");
        }

        @Test
        void aUtf8ByteOrderMarkIsSkipped() {
            byte[] json = "\uFEFF{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8);

            assertThat(JSON.read(json, 400).title()).isEqualTo("x");
        }

        @Test
        void aUtf16DocumentIsRefused() {
            byte[] json = "\uFEFF{}".getBytes(StandardCharsets.UTF_16BE);

            assertThat(failure(json)).hasMessage(
                    "A problem+json document must be a JSON object (RFC 9457 §3), found byte 0xFE at offset 0");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "FF| Invalid UTF-8: byte 0xFF cannot start a character (RFC 8259 §8.1) at offset 10",
            "80| Invalid UTF-8: byte 0x80 cannot start a character (RFC 8259 §8.1) at offset 10",
            "C0 80| Invalid UTF-8: byte 0xC0 cannot start a character (RFC 8259 §8.1) at offset 10",
            "E0 80 80| Invalid UTF-8: byte 0x80 cannot follow in the sequence starting with 0xE0 (RFC 8259 §8.1) at offset 11",
            "ED A0 80| Invalid UTF-8: byte 0xA0 cannot follow in the sequence starting with 0xED (RFC 8259 §8.1) at offset 11",
            "F4 90 80 80| Invalid UTF-8: byte 0x90 cannot follow in the sequence starting with 0xF4 (RFC 8259 §8.1) at offset 11",
            "E4 B8| Invalid UTF-8: byte 0x22 cannot follow in the sequence starting with 0xE4 (RFC 8259 §8.1) at offset 12",
        })
        void invalidUtf8IsRefusedAtTheByteThatBreaksIt(String hex, String message) {
            byte[] head = "{\"title\":\"".getBytes(StandardCharsets.US_ASCII);
            String[] parts = hex.split(" ");
            byte[] json = Arrays.copyOf(head, head.length + parts.length + 2);
            for (int i = 0; i < parts.length; i++) {
                json[head.length + i] = (byte) Integer.parseInt(parts[i], 16);
            }
            json[json.length - 2] = '"';
            json[json.length - 1] = '}';

            assertThat(failure(json)).hasMessage(message);
        }

        @Test
        void aNumberOfMoreThanAThousandCharactersIsRefused() {
            assertThat(failure("{\"a\":" + "9".repeat(1001) + "}")).hasMessage(
                    "A number of 1001 characters is longer than the limit of 1000 at offset 5");
        }
    }
}

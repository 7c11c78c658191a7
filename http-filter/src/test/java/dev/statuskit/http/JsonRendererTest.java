package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.http.internal.ScratchBuffers;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonRendererTest {
    private static final ProblemRenderer JSON = ProblemRenderer.of(ProblemFormat.JSON, StatusCatalog.standard());

    static byte[] render(Problem problem) {
        return JSON.render(problem, Locale.ENGLISH);
    }

    static JsonObject parse(byte[] json) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            return reader.readObject();
        }
    }

    /** Decodes strictly: malformed UTF-8 fails. */
    static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    @Test
    void writesTheStandardMembersInRfcOrder() {
        Problem problem = Problem.builder().type(URI.create("https://example.com/probs/out-of-credit"))
                .title("You do not have enough credit.").status(403).detail("Your balance is 30.")
                .instance(URI.create("/account/12345")).build();

        JsonObject json = parse(render(problem));

        assertThat(json.keySet()).containsExactly("type", "title", "status", "detail", "instance");
        assertThat(json.getString("type")).isEqualTo("https://example.com/probs/out-of-credit");
        assertThat(json.getString("title")).isEqualTo("You do not have enough credit.");
        assertThat(json.getInt("status")).isEqualTo(403);
        assertThat(json.get("status").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
        assertThat(json.getString("detail")).isEqualTo("Your balance is 30.");
        assertThat(json.getString("instance")).isEqualTo("/account/12345");
    }

    @Test
    void leavesOutMembersThatAreNotSet() {
        JsonObject json = parse(render(Problem.builder().status(404).build()));

        assertThat(json.keySet()).containsExactly("type", "status");
        assertThat(json.getString("type")).isEqualTo("about:blank");
    }

    @Test
    void writesEveryKindOfExtensionValue() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("pointer", "#/age");
        nested.put("ok", false);
        Problem problem = Problem.builder().status(400)
                .with("text", "x").with("count", 30).with("big", Long.MAX_VALUE).with("ratio", 0.25)
                .with("exact", new BigDecimal("1E+3")).with("flag", true).with("nothing", null)
                .with("accounts", List.of("https://example.net/a", "https://example.net/b"))
                .with("matrix", new int[][] {{1, 2}, {3}}).with("errors", List.of(nested)).with("empty", List.of())
                .build();

        JsonObject json = parse(render(problem));

        assertThat(json.keySet()).containsExactly("type", "status", "text", "count", "big", "ratio", "exact", "flag",
                "nothing", "accounts", "matrix", "errors", "empty");
        assertThat(json.getString("text")).isEqualTo("x");
        assertThat(json.getInt("count")).isEqualTo(30);
        assertThat(json.getJsonNumber("big").longValueExact()).isEqualTo(Long.MAX_VALUE);
        assertThat(json.getJsonNumber("ratio").doubleValue()).isEqualTo(0.25);
        assertThat(json.getJsonNumber("exact").bigDecimalValue()).isEqualByComparingTo("1000");
        assertThat(json.getBoolean("flag")).isTrue();
        assertThat(json.isNull("nothing")).isTrue();
        assertThat(json.getJsonArray("accounts").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("https://example.net/a", "https://example.net/b");
        JsonArray matrix = json.getJsonArray("matrix");
        assertThat(matrix.getJsonArray(0).getValuesAs(JsonNumber::intValue)).containsExactly(1, 2);
        assertThat(matrix.getJsonArray(1).getValuesAs(JsonNumber::intValue)).containsExactly(3);
        JsonObject error = json.getJsonArray("errors").getJsonObject(0);
        assertThat(error.keySet()).containsExactly("pointer", "ok");
        assertThat(error.getString("pointer")).isEqualTo("#/age");
        assertThat(error.getBoolean("ok")).isFalse();
        assertThat(json.getJsonArray("empty")).isEmpty();
    }

    @Nested
    class Strings {
        @ParameterizedTest(name = "{2}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "0022 | \\\"       | quotation mark",
            "005c | \\\\       | reverse solidus",
            "000a | \\n        | line feed",
            "000d | \\r        | carriage return",
            "0009 | \\t        | tab",
            "0008 | \\b        | backspace",
            "000c | \\f        | form feed",
            "0000 | \\u0000    | NUL",
            "001f | \\u001f    | unit separator",
            "2028 | \\u2028    | line separator",
            "2029 | \\u2029    | paragraph separator",
            "d800 | \\ud800    | lone high surrogate",
            "dfff | \\udfff    | lone low surrogate",
            "007f | \u007f     | DEL is allowed raw",
            "002f | /          | solidus is allowed raw",
        })
        void escapesWhatJsonAndUtf8Require(String hex, String escaped, String what) {
            String detail = "a" + (char) Integer.parseInt(hex, 16) + "b";

            String json = new String(render(Problem.builder().status(400).detail(detail).build()), StandardCharsets.UTF_8);

            assertThat(json).contains("\"detail\":\"a" + escaped + "b\"");
        }

        /**
         * Every code unit of the Basic Multilingual Plane, each alone between two letters and, without the surrogates, all
         * in one run (so that characters of three bytes follow each other, as in Chinese text), against a reference
         * written here: RFC 8259's escapes, {@code \}{@code uXXXX} for U+2028, U+2029 and lone surrogates, the JDK's UTF-8
         * for the rest.
         */
        @Test
        void writesEveryCodeUnitOfTheBasicPlaneAsItsUtf8OrItsEscape() {
            StringBuilder alone = new StringBuilder();
            StringBuilder run = new StringBuilder();
            for (int c = 0; c <= 0xFFFF; c++) {
                alone.append('a').append((char) c);
                if (!Character.isSurrogate((char) c)) {
                    run.append((char) c);
                }
            }
            alone.append('a');

            for (String detail : List.of(alone.toString(), run.toString())) {
                byte[] body = render(Problem.builder().title("t").status(400).detail(detail).build());
                String expected = "{\"type\":\"about:blank\",\"title\":\"t\",\"status\":400,\"detail\":\"" + literal(detail) + "\"}";

                // Every surrogate is escaped in the expected text, so the JDK encodes it to UTF-8 exactly.
                assertThat(body).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
            }
        }

        /** The reference: the content of a JSON literal of a string without surrogate pairs. */
        private static String literal(String s) {
            StringBuilder literal = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> literal.append("\\\"");
                    case '\\' -> literal.append("\\\\");
                    case '\n' -> literal.append("\\n");
                    case '\r' -> literal.append("\\r");
                    case '\t' -> literal.append("\\t");
                    case '\b' -> literal.append("\\b");
                    case '\f' -> literal.append("\\f");
                    default -> literal.append(c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
                            ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return literal.toString();
        }

        @Test
        void keepsValidSurrogatePairsRaw() throws CharacterCodingException {
            String emoji = "\uD83D\uDE00";

            String json = strictUtf8(render(Problem.builder().status(400).detail(emoji).build()));

            assertThat(json).contains("\"detail\":\"" + emoji + "\"").doesNotContain("\\ud83d");
        }

        @Test
        void writesLoneSurrogatesAsEscapesThatParseBackToTheSameCodeUnit() throws CharacterCodingException {
            String detail = "x\uDBFFy\uDC00z\uDE00\uD83D";
            byte[] bytes = render(Problem.builder().status(400).detail(detail).with("list", List.of(detail)).build());

            String text = strictUtf8(bytes);
            JsonObject json = parse(bytes);

            assertThat(text).contains("x\\udbffy\\udc00z\\ude00\\ud83d");
            assertThat(json.getString("detail").toCharArray()).containsExactly(detail.toCharArray());
            assertThat(json.getJsonArray("list").getString(0)).isEqualTo(detail);
        }

        @Test
        void escapesMemberNamesAndMapKeysLikeOtherStrings() {
            Problem problem = Problem.builder().status(400).with("errors", Map.of("a.b-c", "\"q\"")).build();

            JsonObject json = parse(render(problem));

            assertThat(json.getJsonObject("errors").getString("a.b-c")).isEqualTo("\"q\"");
        }
    }

    @Test
    void writesIntegersDigitByDigitAndOtherNumbersAsTheyPrint() {
        Problem problem = Problem.builder().status(400).with("min", Long.MIN_VALUE).with("max", Long.MAX_VALUE)
                .with("minusOne", -1).with("zero", 0).with("ten", (short) 10).with("byte", (byte) -128)
                .with("ratio", -0.25).with("exact", new BigDecimal("-1E+3")).build();

        String json = new String(render(problem), StandardCharsets.UTF_8);

        assertThat(json).endsWith("\"status\":400,\"min\":-9223372036854775808,\"max\":9223372036854775807,"
                + "\"minusOne\":-1,\"zero\":0,\"ten\":10,\"byte\":-128,\"ratio\":-0.25,\"exact\":-1E+3}");
    }

    @Test
    void writesTheSameBytesToAStreamAsToAnArray() throws java.io.IOException {
        Problem problem = Problem.builder().type(URI.create("https://example.com/a%20b")).title("Plain ASCII")
                .status(404).detail("Ünïcödé \"quoted\" 未找到 \uD83D\uDE00").instance(URI.create("/x"))
                .with("list", List.of("a", 1, true)).build();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        JSON.render(problem, Locale.ENGLISH, out);

        assertThat(out.toByteArray()).isEqualTo(render(problem));
        assertThat(parse(out.toByteArray()).getString("detail")).isEqualTo(problem.detail());
    }

    @Test
    void writesUtf8() throws CharacterCodingException {
        byte[] bytes = render(Problem.builder().status(404).title("未找到").detail("غير موجود").build());

        assertThat(strictUtf8(bytes)).contains("未找到", "غير موجود");
        assertThat(bytes[0]).isEqualTo((byte) '{');
    }

    /**
     * The three ways a body is written (plain strings measured then copied; any other string in one pass into a lent
     * buffer; a body too large for one measured exactly) give the bytes the renderer of before issue 14 gave.
     */
    @Nested
    class WritePaths {
        private final ProblemRenderer legacy = LegacyJsonRenderer.INSTANCE;

        private void assertSameAsBefore(Problem problem) {
            assertThat(render(problem)).as("%s", problem).isEqualTo(legacy.render(problem, Locale.ENGLISH));
        }

        @Test
        void aBodyOfPlainStringsOnlyIsWrittenAsBefore() {
            assertSameAsBefore(Problem.builder().type(URI.create("https://example.com/probs/out-of-credit"))
                    .title("You do not have enough credit.").status(403).detail("Your current balance is 30, but that costs 50.")
                    .instance(URI.create("/account/12345/msgs/abc")).with("balance", 30)
                    .with("accounts", List.of("/account/12345", "/account/67890")).build());
        }

        @Test
        void aBodyWithAStringThatIsNotPlainInAnyPlaceIsWrittenAsBefore() {
            ProblemBuilder base = Problem.builder().type(URI.create("https://example.com/probs/x")).title("t").status(409)
                    .detail("d").instance(URI.create("/i")).with("plain", List.of("a", "b"));

            assertSameAsBefore(base.title("余额不足。").build());
            assertSameAsBefore(base.title("t").detail("当前余额为 30，但此次购买需要 50。").build());
            assertSameAsBefore(base.detail("d").instance(URI.create("/items/%E4%B8%AD?q=%22")).with("extra", "say \"hi\"").build());
            assertSameAsBefore(base.with("extra", List.of(Map.of("detail", "不能为空", "pointer", "#/name"))).build());
            assertSameAsBefore(base.with("extra", "a line\u2028and a lone \uD800").build());
            assertSameAsBefore(Problem.builder().type(URI.create("https://example.com/probs/%C3%BC-%22")).title("\t").status(400).build());
        }

        @Test
        void aBodyTooLargeForALentBufferIsMeasuredExactlyAndWrittenAsBefore() {
            // 3,000 CJK characters: at most 18,002 bytes by the bound, more than a lent buffer's 16,384; 9,002 exactly.
            String detail = "余".repeat(3_000);
            Problem problem = Problem.builder().title("t").status(413).detail(detail).build();

            assertSameAsBefore(problem);
            assertThat(parse(render(problem)).getString("detail")).isEqualTo(detail);
        }

        @Test
        void aBodyThatDoesNotFitTheBufferAtHandIsWrittenAgainIntoABufferOfItsBound() {
            ScratchBuffers buffers = new ScratchBuffers(1);
            JsonRenderer renderer = new JsonRenderer(StatusCatalog.standard(), buffers);
            // 1,000 CJK characters: 3,002 bytes as a literal, more than a first lent buffer's 2,048; at most 6,002.
            String detail = "余".repeat(1_000);
            Problem problem = Problem.builder().title("t").status(400).detail(detail).build();
            byte[] expected = legacy.render(problem, Locale.ENGLISH);

            assertThat(renderer.render(problem, Locale.ENGLISH)).isEqualTo(expected);
            // The slot now holds the buffer of the bound the body was written again into, so the next one fits at once.
            byte[] held = buffers.take();
            assertThat(held.length).isGreaterThanOrEqualTo(expected.length);
            buffers.give(held);
            assertThat(renderer.render(problem, Locale.ENGLISH)).isEqualTo(expected);
            assertThat(buffers.take()).isSameAs(held);
        }

        @Test
        void anAnswersOwnPartThatDoesNotFitTheBufferAtHandIsWrittenAgainIntoABufferOfItsBound() throws Exception {
            ScratchBuffers buffers = new ScratchBuffers(1);
            JsonRenderer renderer = new JsonRenderer(StatusCatalog.standard(), buffers);
            LocalizedText text = StatusCatalog.standard().http(400, Locale.ENGLISH);
            // The catalog's texts and a plain type: only the instance and the members are the answer's own part.
            Problem problem = Problem.builder().title(text.title()).status(400).detail(text.description())
                    .instance(URI.create("/items/42")).with("note", "余".repeat(1_000)).build();

            Body body = renderer.body(problem, Locale.ENGLISH, null);

            assertThat(body.toByteArray()).isEqualTo(legacy.render(problem, Locale.ENGLISH));
            assertThat(body.partCount()).isEqualTo(3);
            assertThat(buffers.take().length).isGreaterThanOrEqualTo(body.ownLength());
        }

        @Test
        void aShortBodyAfterALongOneInTheSameLentBufferHoldsNothingOfTheLongOne() {
            Problem longOne = Problem.builder().title("t").status(400).detail("中".repeat(2_000)).build();
            Problem shortOne = Problem.builder().title("t").status(400).detail("中").build();

            render(longOne);

            assertThat(new String(render(shortOne), StandardCharsets.UTF_8))
                    .isEqualTo("{\"type\":\"about:blank\",\"title\":\"t\",\"status\":400,\"detail\":\"中\"}");
            assertSameAsBefore(shortOne);
        }
    }
}

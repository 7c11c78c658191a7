package dev.statuskit.i18n.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.i18n.CloseCodeRegistry;
import dev.statuskit.i18n.HttpStatusRegistry;
import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.testing.Scripts;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CliTest {

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Nested
    class HttpLookup {
        @Test
        void printsCodeLocalizedTitleDescriptionEnglishPhraseAndReference() {
            Run run = run("404", "--lang", "zh-CN");
            assertThat(run.exit()).isZero();
            String[] lines = run.out().split("\n");
            assertThat(lines[0]).isEqualTo("404 " + StatusCatalog.standard().http(404, Locale.forLanguageTag("zh-CN")).title());
            assertThat(lines[1]).isEqualTo(StatusCatalog.standard().http(404, Locale.forLanguageTag("zh-CN")).description());
            assertThat(run.out()).contains("English:      Not Found").contains("Reference:    RFC 9110 §15.5.5");
            assertThat(run.err()).isEmpty();
        }

        @Test
        void acceptsAnAcceptLanguageValueAsTheLanguage() {
            assertThat(run("501", "--lang", "zh-HK,zh;q=0.9").out())
                    .startsWith("501 " + StatusCatalog.standard().http(501, Locale.forLanguageTag("zh-TW")).title());
        }

        @Test
        void defaultsToEnglish() {
            assertThat(run("413").out()).startsWith("413 Content Too Large\n");
        }

        @Test
        void resolvesAnUnassignedCodeToItsClass() {
            Run run = run("499");
            assertThat(run.out()).startsWith("499 Client Error\n").contains("Registration: unassigned");
        }
    }

    @Nested
    class CloseCodeLookup {
        @Test
        void printsTheCloseCodeInTheLanguage() {
            Run run = run("ws", "1013", "--lang", "ja");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).startsWith("1013 " + StatusCatalog.standard().closeCode(1013, Locale.JAPANESE).title())
                    .contains("English:      Try Again Later").contains("May be sent:  yes");
        }

        @Test
        void classifiesANumberOutsideEveryRangeAsInvalid() {
            Run run = run("ws", "5000");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).contains("Category:     invalid").contains("May be sent:  no");
        }
    }

    @Nested
    class BadInput {
        @ParameterizedTest(name = "[{index}] args: {0}")
        @CsvSource(delimiter = '|', value = {
            "600 | HTTP status code 600 is outside the range 100-599 (RFC 9110 §15)",
            "99 | HTTP status code 99 is outside the range 100-599 (RFC 9110 §15)",
            "1014 | HTTP status code 1014 is outside the range 100-599 (RFC 9110 §15); a WebSocket close code is looked up with ws, e.g. ws 1014",
            "4999 | HTTP status code 4999 is outside the range 100-599 (RFC 9110 §15); a WebSocket close code is looked up with ws, e.g. ws 4999",
            "5000 | HTTP status code 5000 is outside the range 100-599 (RFC 9110 §15)",
            "abc | HTTP status code must be a whole number, not \"abc\"",
            "ws abc | Close code must be a whole number, not \"abc\"",
            "ws | ws needs a close code, e.g. ws 1013",
            "404 --lang | --lang needs a language tag, e.g. --lang zh-CN",
            "404 --lang fi | Language \"fi\" is not supported; supported: en, zh-CN, zh-TW, ja, ko, de, fr, es, pt-BR, ru, it, ar, nl, pl, tr, uk, vi, id, th, he",
            "404 405 | Unexpected argument: \"405\"",
            "--json 404 | --json dumps the whole registry and takes no code",
            "--frobnicate | Unexpected argument: \"--frobnicate\"",
            "'' | Give an HTTP status code, e.g. 404",
        })
        void getsAClearMessageAndExitStatusTwo(String args, String message) {
            Run run = run(args.isEmpty() ? new String[0] : args.split(" "));
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).startsWith("statuskit: " + message + "\n").contains("Usage:");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void echoesControlCharactersEscapedAndLongInputCut() {
            Run run = run("4\u001b[31m04");
            assertThat(run.err()).contains("\\u001b").doesNotContain("\u001b");
            Run longRun = run("x".repeat(1000));
            assertThat(longRun.err().lines().findFirst().orElseThrow()).hasSizeLessThan(120).endsWith("...\"");
        }

        @Test
        void helpPrintsUsageAndSucceeds() {
            Run run = run("--help");
            assertThat(run.exit()).isZero();
            assertThat(run.out()).startsWith("Usage:");
        }

        @Test
        void helpListsTheTwentyLanguagesAndTheAliases() {
            assertThat(run("--help").out()).contains("\nLanguages: en, zh-CN, zh-TW, ja, ko, de, fr, es, pt-BR, ru, it, ar,"
                    + " nl, pl, tr, uk, vi, id, th, he (iw is read as he, in as id, zh-HK and zh-MO as zh-TW).\n");
        }
    }

    @Nested
    class JsonDump {
        /** Listed here rather than read from the catalog, so that a locale dropped from it fails. */
        static Stream<Locale> locales() {
            return Stream.of("en", "zh-CN", "zh-TW", "ja", "ko", "de", "fr", "es", "pt-BR", "ru", "it", "ar",
                    "nl", "pl", "tr", "uk", "vi", "id", "th", "he").map(Locale::forLanguageTag);
        }

        static JsonArray parse(String json) {
            try (JsonReader reader = Json.createReader(new StringReader(json))) {
                return reader.readArray();
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("locales")
        void holdsEveryRegisteredEntryWithTextInTheLanguagesScript(Locale locale) {
            Run run = run("--json", "--lang", locale.toLanguageTag());
            assertThat(run.exit()).isZero();
            JsonArray entries = parse(run.out());
            long http = entries.stream().map(JsonObject.class::cast).filter(e -> e.getString("kind").equals("http")).count();
            long ws = entries.stream().map(JsonObject.class::cast).filter(e -> e.getString("kind").equals("websocket")).count();
            assertThat(http).isEqualTo(HttpStatusRegistry.registered().size()).isEqualTo(64);
            assertThat(ws).isEqualTo(CloseCodeRegistry.registered().size()).isEqualTo(19);
            for (JsonObject entry : entries.getValuesAs(JsonObject.class)) {
                assertThat(entry.keySet()).contains("code", "kind", "title", "description", "reference", "category");
                assertThat(entry.getString("title")).isNotBlank();
                assertThat(entry.getString("description")).isNotBlank();
                assertThat(entry.getString("locale")).isEqualTo(locale.toLanguageTag());
                assertThat(Scripts.isWrittenIn(entry.getString("description"), locale))
                        .as("%s %s in %s", entry.getString("kind"), entry.getInt("code"), locale).isTrue();
                if (!locale.equals(Locale.ENGLISH)) {
                    StatusCatalog catalog = StatusCatalog.standard();
                    int code = entry.getInt("code");
                    String english = entry.getString("kind").equals("http") ? catalog.http(code, Locale.ENGLISH).description()
                            : catalog.closeCode(code, Locale.ENGLISH).description();
                    assertThat(entry.getString("description")).as("%s in %s", code, locale).isNotEqualTo(english);
                }
            }
        }

        @Test
        void givesCategoriesAndReferences() {
            JsonArray entries = parse(run("--json").out());
            JsonObject badGateway = entries.getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("kind").equals("websocket") && e.getInt("code") == 1014).findFirst().orElseThrow();
            assertThat(badGateway.getString("category")).isEqualTo("standard");
            assertThat(badGateway.getString("title")).isEqualTo("Bad Gateway");
            JsonObject notFound = entries.getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getString("kind").equals("http") && e.getInt("code") == 404).findFirst().orElseThrow();
            assertThat(notFound.getString("category")).isEqualTo("client-error");
            assertThat(notFound.getString("reference")).isEqualTo("RFC 9110 §15.5.5");
        }
    }

    @Nested
    class Quoting {
        @Test
        void escapesEverythingJsonRequiresAndLoneSurrogates() {
            StringBuilder out = new StringBuilder();
            dev.statuskit.i18n.cli.Json.quote(out, "a\"b\\c\n\u0001\u2028\ud800x\ud83d\ude00");
            assertThat(out.toString()).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\\u2028\\ud800x\ud83d\ude00\"");
            try (JsonReader reader = jakarta.json.Json.createReader(new StringReader("[" + out + "]"))) {
                assertThat(reader.readArray().getString(0)).isEqualTo("a\"b\\c\n\u0001\u2028\ud800x\ud83d\ude00");
            }
        }
    }
}

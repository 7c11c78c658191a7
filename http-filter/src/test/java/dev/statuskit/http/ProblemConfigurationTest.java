package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The typed options, their string forms, and the exception-status policy. */
class ProblemConfigurationTest {

    private static ProblemOptions parse(String name, String value) {
        return ProblemConfiguration.set(ProblemOptions.builder(), name, value).build();
    }

    @Test
    void hasSensibleDefaults() {
        ProblemOptions options = ProblemOptions.defaults();

        assertThat(options.locales()).isEmpty();
        assertThat(options.defaultLocale()).isEmpty();
        assertThat(options.instance()).isFalse();
        assertThat(options.typeBase()).isEmpty();
        assertThat(options.exceptionStatus()).isEqualTo(ExceptionStatusPolicy.none());
        assertThat(options.exceptionStatus().statuses()).isEmpty();
        assertThat(options.bundle()).isEmpty();
        assertThat(options.sendErrorMessages()).isEqualTo(ProblemOptions.SendErrorMessages.NEVER);
    }

    @Nested
    class GoodValues {
        @Test
        void readsLocalesInOrder() {
            assertThat(parse("statuskit.locales", " de , zh-CN,,en-GB ").locales())
                    .containsExactly(Locale.GERMAN, Locale.forLanguageTag("zh-CN"), Locale.UK);
        }

        @Test
        void readsADefaultLocaleAmongTheLocales() {
            ProblemOptions options = ProblemConfiguration.read(
                    Map.of("statuskit.locales", "en,fr", "statuskit.default-locale", "fr")::get);

            assertThat(options.defaultLocale()).contains(Locale.FRENCH);
        }

        @ParameterizedTest
        @CsvSource({"true, true", "TRUE, true", " false , false", "False, false"})
        void readsInstance(String value, boolean expected) {
            assertThat(parse("statuskit.instance", value).instance()).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "https://example.com/problems/, https://example.com/problems/",
            "https://example.com/problems,  https://example.com/problems/",
            "urn:acme:problems:,            ",
        })
        void readsTheTypeBaseAddingAFinalSlash(String value, String expected) {
            if (expected == null) {
                assertThatThrownBy(() -> parse("statuskit.type-base", value))
                        .hasMessage("Option statuskit.type-base: \"" + value
                                + "\" must be an absolute URI, such as https://example.com/problems/");
            } else {
                assertThat(parse("statuskit.type-base", value).typeBase()).contains(URI.create(expected));
            }
        }

        @Test
        void readsExceptionStatusesInOrder() {
            ProblemOptions options = parse("statuskit.exception-status",
                    " java.lang.IllegalArgumentException = 400 , java.io.IOException=503,");

            assertThat(options.exceptionStatus().statuses()).containsExactly(
                    Map.entry(IllegalArgumentException.class, 400), Map.entry(IOException.class, 503));
        }

        @Test
        void resolvesStatusesByTheNearestConfiguredSuperclass() {
            ExceptionStatusPolicy policy = ExceptionStatusPolicy.builder()
                    .map(RuntimeException.class, 409)
                    .map(IllegalArgumentException.class, 400).build();

            assertThat(policy.statusFor(new NumberFormatException(), 500)).isEqualTo(400);
            assertThat(policy.statusFor(new IllegalStateException(), 500)).isEqualTo(409);
            assertThat(policy.statusFor(new IOException(), 500)).isEqualTo(500);
            assertThat(policy.statusFor(null, 418)).isEqualTo(418);
            assertThat(policy).hasToString("java.lang.RuntimeException=409,java.lang.IllegalArgumentException=400");
        }

        @Test
        void readsTheBundle() {
            assertThat(parse("statuskit.bundle", " com.acme.errors ").bundle()).contains("com.acme.errors");
        }

        @ParameterizedTest
        @CsvSource({"4xx, CLIENT_ERRORS", "4XX, CLIENT_ERRORS", "never, NEVER", "NEVER, NEVER"})
        void readsSendErrorMessages(String value, ProblemOptions.SendErrorMessages expected) {
            assertThat(parse("statuskit.send-error-messages", value).sendErrorMessages()).isEqualTo(expected);
        }

        @Test
        void readsEveryOptionFromAConfigurationSource() {
            Map<String, Object> config = Map.of(
                    "statuskit.locales", "de,fr",
                    "statuskit.default-locale", "fr",
                    "statuskit.instance", Boolean.TRUE,
                    "statuskit.type-base", "https://example.com/p/",
                    "statuskit.exception-status", "java.lang.IllegalStateException=409",
                    "statuskit.bundle", "com.acme.errors",
                    "statuskit.send-error-messages", "never",
                    "statuskit.rejected-values", "true",
                    "unrelated.property", "ignored");

            ProblemOptions options = ProblemConfiguration.read(config::get);

            assertThat(options.locales()).containsExactly(Locale.GERMAN, Locale.FRENCH);
            assertThat(options.defaultLocale()).contains(Locale.FRENCH);
            assertThat(options.instance()).isTrue();
            assertThat(options.typeBase()).contains(URI.create("https://example.com/p/"));
            assertThat(options.exceptionStatus().statuses()).containsExactly(Map.entry(IllegalStateException.class, 409));
            assertThat(options.bundle()).contains("com.acme.errors");
            assertThat(options.sendErrorMessages()).isEqualTo(ProblemOptions.SendErrorMessages.NEVER);
            assertThat(options.rejectedValues()).isTrue();
            assertThat(options).hasToString("statuskit.locales=de,fr, statuskit.default-locale=fr, statuskit.instance=true,"
                    + " statuskit.type-base=https://example.com/p/,"
                    + " statuskit.exception-status=java.lang.IllegalStateException=409, statuskit.bundle=com.acme.errors,"
                    + " statuskit.send-error-messages=never, statuskit.rejected-values=true");
        }

        @Test
        void keepsDefaultsForAbsentValues() {
            assertThat(ProblemConfiguration.read(name -> null)).hasToString(ProblemOptions.defaults().toString());
        }
    }

    @Nested
    class BadValues {
        @ParameterizedTest(name = "{0}={1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "statuskit.locales             | en_US         | Option statuskit.locales: \"en_US\" is not a well-formed language tag (BCP 47), such as en or zh-CN",
            "statuskit.locales             | en,x!         | Option statuskit.locales: \"x!\" is not a well-formed language tag (BCP 47), such as en or zh-CN",
            "statuskit.locales             | ` , `         | Option statuskit.locales: names no locale; name at least one, such as en",
            "statuskit.locales             | und           | Option statuskit.locales: \"und\" names no language",
            "statuskit.default-locale      | 12            | Option statuskit.default-locale: \"12\" is not a well-formed language tag (BCP 47), such as en or zh-CN",
            "statuskit.default-locale      | fi            | Option statuskit.default-locale: fi is not one of the supported locales (en, zh-CN, zh-TW, ja, ko, de, fr, es, pt-BR, ru, it, ar, nl, pl, tr, uk, vi, id, th, he)",
            "statuskit.instance            | yes           | Option statuskit.instance: \"yes\" must be true or false",
            "statuskit.instance            | ``            | Option statuskit.instance: \"\" must be true or false",
            "statuskit.rejected-values     | shown         | Option statuskit.rejected-values: \"shown\" must be true or false",
            "statuskit.type-base           | problems/     | Option statuskit.type-base: \"problems/\" must be an absolute URI, such as https://example.com/problems/",
            "statuskit.type-base           | http://a b/   | Option statuskit.type-base: \"http://a b/\" is not a URI: Illegal character in authority",
            "statuskit.exception-status    | java.lang.IllegalArgumentException | Option statuskit.exception-status: \"java.lang.IllegalArgumentException\" must be <exception class>=<status>, such as com.acme.NoSuchThing=404",
            "statuskit.exception-status    | =404          | Option statuskit.exception-status: \"=404\" must be <exception class>=<status>, such as com.acme.NoSuchThing=404",
            "statuskit.exception-status    | java.lang.IllegalStateException=abc | Option statuskit.exception-status: status \"abc\" for java.lang.IllegalStateException must be a number in 400-599",
            "statuskit.exception-status    | java.lang.IllegalStateException=200 | Option statuskit.exception-status: status 200 for java.lang.IllegalStateException must be in 400-599 (an error status, RFC 9110 §15.5-15.6)",
            "statuskit.exception-status    | java.lang.IllegalStateException=600 | Option statuskit.exception-status: status 600 for java.lang.IllegalStateException must be in 400-599 (an error status, RFC 9110 §15.5-15.6)",
            "statuskit.exception-status    | com.acme.NoSuchThing=404 | Option statuskit.exception-status: class com.acme.NoSuchThing cannot be loaded",
            "statuskit.exception-status    | java.lang.String=400 | Option statuskit.exception-status: java.lang.String is not a Throwable",
            "statuskit.bundle              | ` `           | Option statuskit.bundle: must name a bundle, such as com.acme.errors",
            "statuskit.send-error-messages | always        | Option statuskit.send-error-messages: \"always\" must be 4xx or never",
            "statuskit.locale              | en            | Unknown option statuskit.locale; the options are statuskit.locales, statuskit.default-locale, statuskit.instance, statuskit.type-base, statuskit.exception-status, statuskit.bundle, statuskit.send-error-messages, statuskit.rejected-values",
        })
        void failsFastWithAMessageNamingTheOptionAndTheValue(String name, String value, String message) {
            assertThatThrownBy(() -> parse(name, value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
        }

        @Test
        void rejectsADefaultLocaleOutsideTheConfiguredLocales() {
            assertThatThrownBy(() -> ProblemConfiguration.read(Map.of("statuskit.locales", "en,de",
                    "statuskit.default-locale", "fr")::get))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Option statuskit.default-locale: fr is not one of the supported locales (en, de)");
        }

        @Test
        void rejectsAStatusOutsideTheErrorRangeFromCode() {
            assertThatThrownBy(() -> ExceptionStatusPolicy.builder().map(IOException.class, 302))
                    .hasMessage("Option statuskit.exception-status: status 302 for java.io.IOException must be in 400-599"
                            + " (an error status, RFC 9110 §15.5-15.6)");
        }
    }

    @Nested
    class Flags {
        @ParameterizedTest
        @CsvSource(nullValues = "NULL", value = {"NULL, true, true", "NULL, false, false", "false, true, false",
                "' TRUE ', false, true"})
        void readsAFlag(String value, boolean absent, boolean expected) {
            assertThat(ProblemConfiguration.flag("statuskit.enabled", value, absent)).isEqualTo(expected);
        }

        @Test
        void acceptsABoolean() {
            assertThat(ProblemConfiguration.flag("x.y", Boolean.FALSE, true)).isFalse();
        }

        @Test
        void rejectsAnythingElse() {
            assertThatThrownBy(() -> ProblemConfiguration.flag("statuskit.enabled", "off", true))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Option statuskit.enabled: \"off\" must be true or false");
        }
    }

    /** An application exception, nested so that its binary name has a {@code $}. */
    static final class NoSuchOrder extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Nested
    class EdgeCases {
        @ParameterizedTest(name = "[{index}] \"{0}\"")
        @ValueSource(strings = {"", " ", " , ,, ", ","})
        void readsNoMappingsAsNone(String value) {
            assertThat(ProblemConfiguration.exceptionStatus(value)).isSameAs(ExceptionStatusPolicy.none());
        }

        @Test
        void loadsANestedClassByItsBinaryName() {
            assertThat(ProblemConfiguration.exceptionStatus("dev.statuskit.http.ProblemConfigurationTest$NoSuchOrder=404")
                    .statusFor(new NoSuchOrder(), 500)).isEqualTo(404);
            assertThatThrownBy(() -> ProblemConfiguration.exceptionStatus(
                    "dev.statuskit.http.ProblemConfigurationTest.NoSuchOrder=404"))
                    .hasMessage("Option statuskit.exception-status: class"
                            + " dev.statuskit.http.ProblemConfigurationTest.NoSuchOrder cannot be loaded");
        }

        @Test
        void mapsErrorsAsWellAsExceptions() {
            assertThat(ProblemConfiguration.exceptionStatus("java.lang.StackOverflowError=503")
                    .statusFor(new StackOverflowError(), 500)).isEqualTo(503);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "java.lang.IllegalStateException=   | Option statuskit.exception-status: \"java.lang.IllegalStateException=\" must be <exception class>=<status>, such as com.acme.NoSuchThing=404",
            "a.B=404=x                          | Option statuskit.exception-status: status \"x\" for a.B=404 must be a number in 400-599",
            "java.lang.IllegalStateException=4 0 4 | Option statuskit.exception-status: status \"4 0 4\" for java.lang.IllegalStateException must be a number in 400-599",
            "java.lang.IllegalStateException=99999999999 | Option statuskit.exception-status: status \"99999999999\" for java.lang.IllegalStateException must be a number in 400-599",
        })
        void namesTheBadPair(String value, String message) {
            assertThatThrownBy(() -> ProblemConfiguration.exceptionStatus(value))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        }

        @Test
        void loadsClassesThroughTheContextClassLoader() throws Exception {
            Thread thread = Thread.currentThread();
            ClassLoader original = thread.getContextClassLoader();
            String pair = "dev.statuskit.http.ProblemConfigurationTest$NoSuchOrder=404";
            try (java.net.URLClassLoader platformOnly = new java.net.URLClassLoader(new java.net.URL[0], null)) {
                thread.setContextClassLoader(platformOnly);
                assertThatThrownBy(() -> ProblemConfiguration.exceptionStatus(pair))
                        .hasMessage("Option statuskit.exception-status: class"
                                + " dev.statuskit.http.ProblemConfigurationTest$NoSuchOrder cannot be loaded");
                assertThat(ProblemConfiguration.exceptionStatus("java.io.IOException=503").statuses()).hasSize(1);

                thread.setContextClassLoader(null);
                assertThat(ProblemConfiguration.exceptionStatus(pair).statuses()).containsKey(NoSuchOrder.class);
            } finally {
                thread.setContextClassLoader(original);
            }
        }

        @Test
        void asksTheSourceForEachOptionOnceInOrder() {
            List<String> asked = new ArrayList<>();

            ProblemConfiguration.read(name -> {
                asked.add(name);
                return null;
            });

            assertThat(asked).isEqualTo(ProblemConfiguration.NAMES);
        }

        @Test
        void readsValuesOfAnyTypeByTheirStringForm() {
            ProblemOptions options = ProblemConfiguration.read(Map.<String, Object>of(
                    "statuskit.instance", new StringBuilder(" TRUE "),
                    "statuskit.type-base", URI.create("https://example.com/p"))::get);

            assertThat(options.instance()).isTrue();
            assertThat(options.typeBase()).contains(URI.create("https://example.com/p/"));
            assertThatThrownBy(() -> ProblemConfiguration.read(Map.of("statuskit.instance", 1)::get))
                    .hasMessage("Option statuskit.instance: \"1\" must be true or false");
        }

        @Test
        void comparesOptionNamesExactly() {
            assertThatThrownBy(() -> parse("STATUSKIT.LOCALES", "en"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Unknown option STATUSKIT.LOCALES;");
            assertThatThrownBy(() -> parse(" statuskit.locales", "en"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Unknown option  statuskit.locales;");
        }

        @Test
        void refusesNullArguments() {
            assertThatThrownBy(() -> ProblemConfiguration.set(null, "statuskit.instance", "true"))
                    .isInstanceOf(NullPointerException.class).hasMessage("builder");
            assertThatThrownBy(() -> ProblemConfiguration.set(ProblemOptions.builder(), null, "true"))
                    .isInstanceOf(NullPointerException.class).hasMessage("name");
            assertThatThrownBy(() -> ProblemConfiguration.set(ProblemOptions.builder(), "statuskit.instance", null))
                    .isInstanceOf(NullPointerException.class).hasMessage("value");
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "https://example.com,            https://example.com/",
            "https://example.com/,           https://example.com/",
            "https://example.com/a/b,        https://example.com/a/b/",
            "http://localhost:8080/problems, http://localhost:8080/problems/",
        })
        void addsTheFinalSlashToThePath(String value, String expected) {
            assertThat(parse("statuskit.type-base", value).typeBase()).contains(URI.create(expected));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"https://example.com/problems?v=1", "https://example.com/problems#top",
                "https://example.com?v=1", "https://example.com/problems/?v=1"})
        void refusesATypeBaseWithAQueryOrFragment(String value) {
            assertThatThrownBy(() -> parse("statuskit.type-base", value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Option statuskit.type-base: \"" + value + "\" must have no query or fragment:"
                            + " relative types are resolved against its path, such as https://example.com/problems/");
        }

        @Test
        void acceptsAShippedDefaultLocaleWithoutLocalesButNoOther() {
            assertThat(parse("statuskit.default-locale", "de").defaultLocale()).contains(Locale.GERMAN);
            assertThatThrownBy(() -> parse("statuskit.default-locale", "de-AT"))
                    .hasMessageStartingWith("Option statuskit.default-locale: de-AT is not one of the supported locales (en, ");
        }

        @Test
        void refusesLocalesThatNameNoLanguageFromCode() {
            assertThatThrownBy(() -> ProblemOptions.builder().locales(List.of()))
                    .hasMessage("Option statuskit.locales: names no locale; name at least one, such as en");
            assertThatThrownBy(() -> ProblemOptions.builder().locales(List.of(Locale.GERMAN, Locale.ROOT)))
                    .hasMessage("Option statuskit.locales: \"und\" names no language");
            assertThatThrownBy(() -> ProblemOptions.builder().defaultLocale(Locale.ROOT))
                    .hasMessage("Option statuskit.default-locale: \"und\" names no language");
            assertThatThrownBy(() -> ProblemOptions.builder().locales(Arrays.asList(Locale.GERMAN, null)))
                    .isInstanceOf(NullPointerException.class).hasMessage("locale");
        }

        @Test
        void readsABundleNameWithSlashesAsGiven() {
            assertThat(parse("statuskit.bundle", "\tcom/acme/errors ").bundle()).contains("com/acme/errors");
        }
    }

    @Test
    void listsEveryOptionName() {
        assertThat(ProblemConfiguration.NAMES).containsExactly("statuskit.locales", "statuskit.default-locale",
                "statuskit.instance", "statuskit.type-base", "statuskit.exception-status", "statuskit.bundle",
                "statuskit.send-error-messages", "statuskit.rejected-values");
    }
}

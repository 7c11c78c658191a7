package dev.statuskit.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.testing.LogCapture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped locale resolvers, how they chain, and the rules {@link LocaleResolver#locale} keeps for any resolver. */
class LocaleResolverTest {
    private static final StatusCatalog CATALOG = StatusCatalog.standard();
    private static final Locale JA = Locale.JAPANESE;
    private static final Locale DE = Locale.GERMAN;
    private static final Locale FR = Locale.FRENCH;

    /** A request with these headers ({@code null} for none) and query string. */
    private static LocaleRequest request(String acceptLanguage, String cookie, String query) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (acceptLanguage != null) {
            headers.put("Accept-Language", List.of(acceptLanguage));
        }
        if (cookie != null) {
            headers.put("Cookie", List.of(cookie));
        }
        return LocaleRequest.of(headers, query);
    }

    /** A resolver with a readable name that answers as given and records that it was asked. */
    private static LocaleResolver fixed(String name, Optional<Locale> answer, List<String> asked) {
        return new LocaleResolver() {
            @Override
            public Optional<Locale> resolve(LocaleRequest request, StatusCatalog catalog) {
                asked.add(name);
                return answer;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    @Nested
    class AcceptLanguage {
        @Test
        void negotiatesTheHeaderAgainstTheCatalog() {
            LocaleResolver resolver = LocaleResolver.acceptLanguage();

            assertThat(resolver.resolve(request("de-AT,de;q=0.9,en;q=0.5", null, null), CATALOG)).contains(DE);
            assertThat(resolver.locale(request("de-AT,de;q=0.9,en;q=0.5", null, null), CATALOG)).isEqualTo(DE);
        }

        @Test
        void alwaysHasAnAnswerTheDefaultWhenNothingMatches() {
            LocaleResolver resolver = LocaleResolver.acceptLanguage();

            assertThat(resolver.resolve(request(null, null, null), CATALOG)).contains(Locale.ENGLISH);
            assertThat(resolver.resolve(request("fi", null, null), CATALOG)).contains(Locale.ENGLISH);
            assertThat(resolver.resolve(request("!!", null, null), CATALOG)).contains(Locale.ENGLISH);
        }

        @Test
        void answersFromTheCatalogItIsGiven() {
            StatusCatalog frenchFirst = StatusCatalog.builder().supportedLocales(List.of(FR, DE)).build();

            assertThat(LocaleResolver.acceptLanguage().resolve(request("ja", null, null), frenchFirst)).contains(FR);
        }

        @Test
        void isOneSharedInstanceNamedAsItIsMade() {
            assertThat(LocaleResolver.acceptLanguage()).isSameAs(LocaleResolver.acceptLanguage())
                    .hasToString("acceptLanguage()");
        }
    }

    @Nested
    class QueryParameter {
        private final LocaleResolver lang = LocaleResolver.queryParameter("lang");

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"lang=ja, ja", "lang=de-AT, de", "lang=DE, de", "lang=zh-Hant, zh-TW", "lang=pt, pt-BR",
                "lang=iw, he", "x=1&lang=fr, fr", "lang=zh%2DHK, zh-TW"})
        void readsTheValueAsOneLanguageTag(String query, String expected) {
            assertThat(lang.resolve(request("en", null, query), CATALOG)).contains(Locale.forLanguageTag(expected));
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"lang=xx", "lang=fi-FI", "lang=", "lang=%20", "lang=%zz", "lang=!", "other=ja", "",
                "lang=*", "lang=%2A", "lang=de,ja;q=0.5", "lang=ja;q=1", "lang=%E6"})
        void hasNoOpinionWithoutAUsableValueSoAcceptLanguageDecides(String query) {
            LocaleRequest request = request("fr-CA,fr;q=0.9", null, query);

            assertThat(lang.resolve(request, CATALOG)).isEmpty();
            assertThat(lang.locale(request, CATALOG)).isEqualTo(FR);
        }

        @Test
        void winsOverAcceptLanguage() {
            assertThat(lang.locale(request("de", null, "lang=ja"), CATALOG)).isEqualTo(JA);
        }

        @Test
        void ignoresAValueLongerThanMaxValueChars() {
            String longest = "de" + "-abcdefgh".repeat(6) + "-abcdefg";
            String overlong = "de" + "-abcdefgh".repeat(7);
            assertThat(longest).hasSize(LocaleResolver.MAX_VALUE_CHARS);
            assertThat(overlong).hasSize(LocaleResolver.MAX_VALUE_CHARS + 1);

            assertThat(lang.resolve(request(null, null, "lang=" + longest), CATALOG)).contains(DE);
            assertThat(lang.resolve(request(null, null, "lang=" + overlong), CATALOG)).isEmpty();
            assertThat(lang.locale(request("ja", null, "lang=" + overlong), CATALOG)).isEqualTo(JA);
        }

        @Test
        void answersOnlyLocalesOfTheCatalogItIsGiven() {
            StatusCatalog germanAndFrench = StatusCatalog.builder().supportedLocales(List.of(DE, FR)).build();

            assertThat(lang.resolve(request(null, null, "lang=ja"), germanAndFrench)).isEmpty();
            assertThat(lang.resolve(request(null, null, "lang=fr-BE"), germanAndFrench)).contains(FR);
        }

        @Test
        void isNamedAfterItsParameter() {
            assertThat(lang).hasToString("queryParameter(lang)");
            assertThatThrownBy(() -> LocaleResolver.queryParameter(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("name");
        }
    }

    @Nested
    class Cookie {
        private final LocaleResolver lang = LocaleResolver.cookie("lang");

        @Test
        void readsTheCookieValueAsALanguageRange() {
            assertThat(lang.resolve(request("en", "theme=dark; lang=ja", null), CATALOG)).contains(JA);
            assertThat(lang.resolve(request("en", "lang=\"de-CH\"", null), CATALOG)).contains(DE);
        }

        @Test
        void hasNoOpinionWithoutTheCookieOrWithAnUnsupportedValue() {
            assertThat(lang.resolve(request("fr", null, null), CATALOG)).isEmpty();
            assertThat(lang.resolve(request("fr", "xlang=ja", null), CATALOG)).isEmpty();
            assertThat(lang.resolve(request("fr", "lang=fi", null), CATALOG)).isEmpty();
            assertThat(lang.locale(request("fr", "lang=fi", null), CATALOG)).isEqualTo(FR);
        }

        @Test
        void readsCookiesNotQueryParameters() {
            assertThat(lang.resolve(request(null, null, "lang=ja"), CATALOG)).isEmpty();
            assertThat(LocaleResolver.queryParameter("lang").resolve(request(null, "lang=ja", null), CATALOG)).isEmpty();
        }

        @Test
        void isNamedAfterItsCookie() {
            assertThat(lang).hasToString("cookie(lang)");
            assertThatThrownBy(() -> LocaleResolver.cookie(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("name");
        }
    }

    @Nested
    class Chaining {
        private final LocaleResolver queryThenCookie = LocaleResolver.queryParameter("lang")
                .orElse(LocaleResolver.cookie("lang"));

        @ParameterizedTest(name = "query {1}, cookie {2} -> {3}")
        @CsvSource(nullValues = "-", value = {
            "de, lang=ja, lang=fr, ja",
            "de, -,       lang=fr, fr",
            "de, lang=xx, lang=fr, fr",
            "de, lang=xx, lang=xx, de",
            "de, -,       -,       de",
        })
        void asksTheFirstResolverThenTheNextThenAcceptLanguage(String acceptLanguage, String query, String cookie,
                                                               String expected) {
            assertThat(queryThenCookie.locale(request(acceptLanguage, cookie, query), CATALOG))
                    .isEqualTo(Locale.forLanguageTag(expected));
        }

        @Test
        void asksTheNextResolverOnlyWhenTheFirstHasNoOpinion() {
            List<String> asked = new ArrayList<>();
            LocaleResolver chain = fixed("a", Optional.empty(), asked)
                    .orElse(fixed("b", Optional.of(DE), asked))
                    .orElse(fixed("c", Optional.of(FR), asked));

            assertThat(chain.resolve(request(null, null, null), CATALOG)).contains(DE);
            assertThat(asked).containsExactly("a", "b");
        }

        @Test
        void neverGetsPastAcceptLanguageWhichAlwaysAnswers() {
            List<String> asked = new ArrayList<>();
            LocaleResolver chain = LocaleResolver.acceptLanguage().orElse(fixed("never", Optional.of(JA), asked));

            assertThat(chain.locale(request("fi", null, null), CATALOG)).isEqualTo(Locale.ENGLISH);
            assertThat(asked).isEmpty();
        }

        @Test
        void isNamedAfterItsParts() {
            assertThat(queryThenCookie).hasToString("queryParameter(lang).orElse(cookie(lang))");
            assertThatThrownBy(() -> queryThenCookie.orElse(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("other");
        }
    }

    @Nested
    class AnyResolver {
        @Test
        void neverAnswersAnUnsupportedLocaleButLetsAcceptLanguageDecide() {
            LocaleResolver finnish = fixed("finnish", Optional.of(Locale.forLanguageTag("fi")), new ArrayList<>());
            LocaleResolver austrian = fixed("austrian", Optional.of(Locale.forLanguageTag("de-AT")), new ArrayList<>());

            assertThat(finnish.locale(request("fr", null, null), CATALOG)).isEqualTo(FR);
            assertThat(austrian.locale(request("ja", null, null), CATALOG)).isEqualTo(JA);
            assertThat(finnish.locale(request(null, null, null), CATALOG)).isEqualTo(Locale.ENGLISH);
        }

        @Test
        void answersASupportedLocaleItChose() {
            LocaleResolver japanese = fixed("japanese", Optional.of(JA), new ArrayList<>());

            assertThat(japanese.locale(request("fr", null, null), CATALOG)).isEqualTo(JA);
        }

        @Test
        void fallsBackToAcceptLanguageAndLogsWhenAResolverThrows() {
            IllegalStateException failure = new IllegalStateException("session store down");
            LocaleResolver exploding = new LocaleResolver() {
                @Override
                public Optional<Locale> resolve(LocaleRequest request, StatusCatalog catalog) {
                    throw failure;
                }

                @Override
                public String toString() {
                    return "exploding";
                }
            };

            try (LogCapture log = LogCapture.of("dev.statuskit.i18n")) {
                assertThat(exploding.locale(request("de", null, null), CATALOG)).isEqualTo(DE);

                assertThat(log.records()).singleElement().satisfies(record -> {
                    assertThat(record.getLevel()).isEqualTo(Level.WARNING);
                    assertThat(record.getMessage()).isEqualTo("LocaleResolver exploding threw; Accept-Language decides instead");
                    assertThat(record.getThrown()).isSameAs(failure);
                });
            }
        }

        @Test
        void fallsBackToAcceptLanguageWhenAResolverInAChainThrows() {
            LocaleResolver exploding = (request, catalog) -> {
                throw new IllegalArgumentException("bad cookie");
            };
            LocaleResolver chain = LocaleResolver.cookie("lang").orElse(exploding);

            try (LogCapture log = LogCapture.of("dev.statuskit.i18n")) {
                assertThat(chain.locale(request("ja", null, null), CATALOG)).isEqualTo(JA);
                assertThat(chain.locale(request("ja", "lang=fr", null), CATALOG)).isEqualTo(FR);

                assertThat(log.at(Level.WARNING)).hasSize(1);
            }
        }

        @Test
        void treatsAResolverThatAnswersNullAsHavingNoOpinionAndLogsIt() {
            LocaleResolver broken = new LocaleResolver() {
                @Override
                public Optional<Locale> resolve(LocaleRequest request, StatusCatalog catalog) {
                    return nothing();
                }

                @Override
                public String toString() {
                    return "broken";
                }
            };

            try (LogCapture log = LogCapture.of("dev.statuskit.i18n")) {
                assertThat(broken.locale(request("fr", null, null), CATALOG)).isEqualTo(FR);

                List<LogRecord> warnings = log.at(Level.WARNING);
                assertThat(warnings).singleElement().satisfies(record -> assertThat(record.getMessage())
                        .isEqualTo("LocaleResolver broken answered null, not an Optional; Accept-Language decides instead"));
            }
        }

        @Test
        void logsNothingWhenAResolverKeepsTheRules() {
            try (LogCapture log = LogCapture.of("dev.statuskit.i18n")) {
                LocaleResolver.queryParameter("lang").orElse(LocaleResolver.cookie("lang"))
                        .locale(request("de", "lang=xx", "lang=%zz"), CATALOG);

                assertThat(log.records()).isEmpty();
            }
        }
    }

    /** Null where an Optional belongs, as a broken resolver might answer. */
    private static Optional<Locale> nothing() {
        return null;
    }
}

package dev.statuskit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.i18n.LocaleResolver;
import dev.statuskit.i18n.StatusCatalog;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How a {@link ProblemResponder} is put together: its catalog, options, locale resolver and customizer. */
class ProblemResponderBuilderTest {
    private static final String APP_BUNDLE = "test.statuskit.app-messages";

    private static ProblemRequest request(String acceptLanguage, String query, String accept) {
        return ProblemRequest.of("GET", "/x", Map.of("Accept-Language", List.of(acceptLanguage),
                "Accept", List.of(accept)), query);
    }

    private static ErrorAnswer answer(ProblemResponder responder, int status, String acceptLanguage, String query) {
        return responder.answer(status, null, null, request(acceptLanguage, query, "application/json")).orElseThrow();
    }

    private static String title(ErrorAnswer answer) {
        return JsonRendererTest.parse(answer.body()).getString("title");
    }

    @Nested
    class GivenCatalog {
        private final StatusCatalog catalog = StatusCatalog.builder()
                .supportedLocales(List.of(Locale.ENGLISH, Locale.GERMAN))
                .addBundle(APP_BUNDLE)
                .build();

        @Test
        void usesThatVeryCatalog() {
            assertThat(ProblemResponder.builder().catalog(catalog).build().catalog()).isSameAs(catalog);
        }

        @Test
        void answersWithItsApplicationTextsInItsLocalesOnly() {
            ProblemResponder responder = ProblemResponder.builder().catalog(catalog).build();

            assertThat(title(answer(responder, 404, "en", null))).isEqualTo("Nothing here");
            assertThat(title(answer(responder, 404, "de", null))).isEqualTo("Nicht gefunden");
            assertThat(answer(responder, 404, "ja", null).headers()).containsEntry("Content-Language", "en");
            String page = new String(responder.answer(500, null, null, request("en", null, "text/html")).orElseThrow()
                    .body(), StandardCharsets.UTF_8);
            assertThat(page).contains("Error reference");
        }

        @Test
        void takesTheOtherOptionsBesideIt() {
            ProblemResponder responder = ProblemResponder.builder().catalog(catalog)
                    .options(ProblemOptions.builder().instance(true).build()).build();

            assertThat(answer(responder, 404, "en", null).problem().instance()).hasToString("/x");
            assertThat(responder.catalog()).isSameAs(catalog);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"locales", "default-locale", "bundle"})
        void refusesOptionsThatWouldMakeAnotherCatalog(String option) {
            UnaryOperator<ProblemOptions.Builder> set = switch (option) {
                case "locales" -> b -> b.locales(List.of(Locale.GERMAN));
                case "default-locale" -> b -> b.defaultLocale(Locale.GERMAN);
                default -> b -> b.bundle(APP_BUNDLE);
            };
            ProblemOptions options = set.apply(ProblemOptions.builder()).build();
            String message = "A responder over a given StatusCatalog takes its locales and bundles from that catalog;"
                    + " unset statuskit.locales, statuskit.default-locale and statuskit.bundle in the options, or build"
                    + " the catalog with them";

            assertThatThrownBy(() -> ProblemResponder.builder().catalog(catalog).options(options).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
            assertThatThrownBy(() -> ProblemResponder.builder().options(options).catalog(catalog).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        }
    }

    @Nested
    class OwnCatalog {
        @Test
        void sharesTheStandardCatalogWithoutCatalogOptions() {
            assertThat(ProblemResponder.builder().build().catalog()).isSameAs(StatusCatalog.standard());
            assertThat(ProblemResponder.create(ProblemOptions.builder().instance(true).build()).catalog())
                    .isSameAs(StatusCatalog.standard());
        }

        @Test
        void buildsOneFromTheLocalesTheDefaultAndTheBundle() {
            ProblemResponder responder = ProblemResponder.create(ProblemOptions.builder()
                    .locales(List.of(Locale.GERMAN, Locale.FRENCH, Locale.ENGLISH)).defaultLocale(Locale.FRENCH)
                    .bundle(APP_BUNDLE).build());

            assertThat(responder.catalog()).isNotSameAs(StatusCatalog.standard());
            assertThat(responder.catalog().supportedLocales()).containsExactly(Locale.GERMAN, Locale.FRENCH, Locale.ENGLISH);
            assertThat(responder.catalog().defaultLocale()).isEqualTo(Locale.FRENCH);
            assertThat(responder.catalog().text("http.404.title", Locale.ENGLISH)).contains("Nothing here");
        }

        @Test
        void defaultsToTheFirstOfTheLocalesWhenEnglishIsNotAmongThem() {
            ProblemResponder responder = ProblemResponder.create(ProblemOptions.builder()
                    .locales(List.of(Locale.GERMAN, Locale.FRENCH)).build());

            assertThat(responder.catalog().defaultLocale()).isEqualTo(Locale.GERMAN);
            assertThat(answer(responder, 404, "ja", null).headers()).containsEntry("Content-Language", "de");
        }
    }

    @Nested
    class LocaleResolvers {
        private final ProblemResponder byQuery = ProblemResponder.builder()
                .localeResolver(LocaleResolver.queryParameter("lang")).build();

        @Test
        void letsTheQueryParameterChooseOverAcceptLanguage() {
            ErrorAnswer answer = answer(byQuery, 404, "de", "lang=ja");

            assertThat(answer.headers()).containsEntry("Content-Language", "ja");
            assertThat(answer.locale()).isEqualTo(Locale.JAPANESE);
            assertThat(title(answer)).isEqualTo("\u898b\u3064\u304b\u308a\u307e\u305b\u3093");
        }

        @ParameterizedTest(name = "query {0}")
        @CsvSource(nullValues = "-", value = {"-", "lang=xx", "lang=", "format=json",
                "lang=ja-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh"})
        void leavesTheChoiceToAcceptLanguageWithoutAUsableParameter(String query) {
            assertThat(answer(byQuery, 404, "de", query).headers()).containsEntry("Content-Language", "de");
        }

        @Test
        void neverAnswersInALocaleOutsideTheCatalog() {
            StatusCatalog englishAndGerman = StatusCatalog.builder()
                    .supportedLocales(List.of(Locale.ENGLISH, Locale.GERMAN)).build();
            LocaleResolver japanese = (request, catalog) -> Optional.of(Locale.JAPANESE);
            ProblemResponder responder = ProblemResponder.builder().catalog(englishAndGerman)
                    .localeResolver(japanese).build();

            assertThat(answer(responder, 404, "de", null).headers()).containsEntry("Content-Language", "de");
            assertThat(responder.localeResolver()).isSameAs(japanese);
        }

        @Test
        void usesAcceptLanguageByDefault() {
            ProblemResponder responder = ProblemResponder.builder().build();

            assertThat(responder.localeResolver()).isSameAs(LocaleResolver.acceptLanguage());
            assertThat(answer(responder, 404, "fr", "lang=ja").headers()).containsEntry("Content-Language", "fr");
        }
    }

    @Test
    void keepsTheCustomizerItIsGiven() {
        ProblemCustomizer customizer = (problem, request) -> problem.with("tenant", "acme");

        assertThat(ProblemResponder.builder().customizer(customizer).build().customizer()).isSameAs(customizer);
    }

    @Test
    void refusesNullParts() {
        ProblemResponder.Builder builder = ProblemResponder.builder();

        assertThatThrownBy(() -> builder.options(null)).isInstanceOf(NullPointerException.class).hasMessage("options");
        assertThatThrownBy(() -> builder.catalog(null)).isInstanceOf(NullPointerException.class).hasMessage("catalog");
        assertThatThrownBy(() -> builder.localeResolver(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("localeResolver");
        assertThatThrownBy(() -> builder.customizer(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("customizer");
    }

    @Test
    void namesItsOptionsAndLocales() {
        ProblemResponder responder = ProblemResponder.create(ProblemOptions.builder()
                .locales(List.of(Locale.GERMAN, Locale.forLanguageTag("zh-TW"))).build());

        assertThat(responder).hasToString("ProblemResponder[" + responder.options() + ", locales [de, zh-TW]]");
    }
}

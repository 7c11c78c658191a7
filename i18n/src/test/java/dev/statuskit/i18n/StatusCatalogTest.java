package dev.statuskit.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusCatalogTest {

    static final StatusCatalog CATALOG = StatusCatalog.standard();
    static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");
    static final Locale ZH_TW = Locale.forLanguageTag("zh-TW");

    @Nested
    class HttpTexts {
        @ParameterizedTest(name = "{0} in {1}: {2}")
        @CsvSource({
            "404, en, Not Found",
            "413, en, Content Too Large",
            "201, zh-CN, 已创建",
            "202, zh-CN, 已接受",
            "501, zh-CN, 未实现",
            "404, de, Nicht gefunden",
        })
        void titlesAreTheLocalizedReasonPhrase(int code, String tag, String title) {
            assertThat(CATALOG.http(code, Locale.forLanguageTag(tag)).title()).isEqualTo(title);
        }

        @Test
        void theEnglishTitleOfEveryRegisteredCodeIsItsRegisteredPhrase() {
            for (HttpStatus status : HttpStatusRegistry.registered()) {
                assertThat(CATALOG.http(status.code(), Locale.ENGLISH).title()).isEqualTo(status.reasonPhrase());
            }
        }

        @Test
        void unassignedCodesGetTheirClassTexts() {
            assertThat(CATALOG.http(499, ZH_CN)).isSameAs(CATALOG.httpClass(HttpStatusClass.CLIENT_ERROR, ZH_CN));
            assertThat(CATALOG.http(299, Locale.ENGLISH).title()).isEqualTo("Success");
            assertThat(CATALOG.http(599, Locale.JAPANESE).locale()).isEqualTo(Locale.JAPANESE);
        }

        @Test
        void outOfRangeCodesAreRejectedWithTheRule() {
            assertThatThrownBy(() -> CATALOG.http(600, Locale.ENGLISH))
                    .hasMessage("HTTP status code 600 is outside the range 100-599 (RFC 9110 §15)");
        }

        @Test
        void aLocaleOutsideTheSupportedSetIsNegotiatedFirst() {
            assertThat(CATALOG.http(404, Locale.forLanguageTag("zh-HK")).locale()).isEqualTo(ZH_TW);
            assertThat(CATALOG.http(404, Locale.forLanguageTag("de-AT")).title()).isEqualTo("Nicht gefunden");
            assertThat(CATALOG.http(404, Locale.forLanguageTag("fi")).locale()).isEqualTo(Locale.ENGLISH);
        }

        @Test
        void lookupsReturnTheSameInstanceSoTheyAllocateNothing() {
            assertThat(CATALOG.http(404, ZH_CN)).isSameAs(CATALOG.http(404, ZH_CN));
            assertThat(CATALOG.closeCode(1013, ZH_CN)).isSameAs(CATALOG.closeCode(1013, ZH_CN));
        }
    }

    @Nested
    class CloseCodeTexts {
        @Test
        void registeredCodesHaveTheirOwnNames() {
            assertThat(CATALOG.closeCode(1014, Locale.ENGLISH).title()).isEqualTo("Bad Gateway");
            assertThat(CATALOG.closeCode(1000, Locale.ENGLISH).title()).isEqualTo("Normal Closure");
        }

        @ParameterizedTest(name = "{0} is named by the {1} category")
        @CsvSource({"2000, RESERVED", "3500, LIBRARY", "4001, PRIVATE", "999, INVALID", "5000, INVALID", "-7, INVALID"})
        void unregisteredCodesGetTheirCategoryTexts(int code, CloseCodeCategory category) {
            assertThat(CATALOG.closeCode(code, Locale.KOREAN)).isSameAs(CATALOG.closeCodeCategory(category, Locale.KOREAN));
        }
    }

    @Nested
    class TheJvmDefaultLocale {
        @Test
        void neverWinsOverTheEnglishBaseBundle() {
            Locale saved = Locale.getDefault();
            try {
                Locale.setDefault(Locale.GERMAN);
                StatusCatalog fresh = StatusCatalog.builder().build();
                assertThat(fresh.http(404, Locale.ENGLISH).title()).isEqualTo("Not Found");
                assertThat(fresh.negotiate("fi")).isEqualTo(Locale.ENGLISH);
            } finally {
                Locale.setDefault(saved);
            }
        }
    }

    @Nested
    class ApplicationBundles {
        final ClassLoader loader = StatusCatalogTest.class.getClassLoader();

        @Test
        void overrideOurKeysKeyByKeyAndKeepTheRest() {
            StatusCatalog catalog = StatusCatalog.builder().addBundle("com.acme.errors", loader).build();
            assertThat(catalog.http(404, Locale.ENGLISH).title()).isEqualTo("Nothing here");
            assertThat(catalog.http(404, Locale.GERMAN).title()).isEqualTo("Hier ist nichts");
            assertThat(catalog.http(404, Locale.GERMAN).description()).isEqualTo(CATALOG.http(404, Locale.GERMAN).description());
            assertThat(catalog.http(500, Locale.ENGLISH)).isEqualTo(CATALOG.http(500, Locale.ENGLISH));
        }

        @Test
        void doNotLetTheirBaseTextOverrideOurTranslation() {
            StatusCatalog catalog = StatusCatalog.builder().addBundle("com.acme.errors", loader).build();
            assertThat(catalog.http(404, Locale.JAPANESE).title()).isEqualTo(CATALOG.http(404, Locale.JAPANESE).title());
        }

        @Test
        void canAddTheirOwnKeys() {
            StatusCatalog catalog = StatusCatalog.builder().addBundle("com/acme/errors", loader).build();
            assertThat(catalog.text("app.greeting", Locale.GERMAN)).contains("Hallo");
            assertThat(catalog.text("app.greeting", Locale.FRENCH)).contains("Hello");
            assertThat(catalog.text("app.missing", Locale.FRENCH)).isEmpty();
        }

        @Test
        void canAddALocaleWhoseMissingKeysFallBackToEnglish() {
            Locale finnish = Locale.forLanguageTag("fi");
            assertThat(StatusCatalog.SHIPPED_LOCALES).as("a language StatusKit does not ship").doesNotContain(finnish);
            StatusCatalog catalog = StatusCatalog.builder()
                    .supportedLocales(List.of(Locale.ENGLISH, finnish))
                    .addBundle("com.acme.errors", loader)
                    .build();
            assertThat(catalog.negotiate("fi-FI,fi;q=0.9")).isEqualTo(finnish);
            assertThat(catalog.http(404, finnish).title()).isEqualTo("Ei löytynyt");
            assertThat(catalog.http(404, finnish).locale()).isEqualTo(finnish);
            assertThat(catalog.http(500, finnish).title()).isEqualTo("Internal Server Error");
            assertThat(catalog.http(500, finnish).locale()).as("the language the text is really in").isEqualTo(Locale.ENGLISH);
        }

        @Test
        void giveEachMessageWithTheLocaleItReallyCameFrom() {
            StatusCatalog catalog = StatusCatalog.builder().addBundle("com.acme.types", loader).build();
            assertThat(catalog.message("app.title", Locale.GERMAN)).hasValueSatisfying(m -> {
                assertThat(m.text()).isEqualTo("Kein Guthaben");
                assertThat(m.locale()).isEqualTo(Locale.GERMAN);
            });
            assertThat(catalog.message("app.detail", Locale.GERMAN)).hasValueSatisfying(m -> {
                assertThat(m.text()).isEqualTo("Your balance is too low.");
                assertThat(m.locale()).as("the German file lacks the key").isEqualTo(Locale.ENGLISH);
            });
            assertThat(catalog.message("app.detail", Locale.FRENCH).map(LocalizedMessage::locale)).contains(Locale.FRENCH);
            assertThat(catalog.message("app.absent", Locale.FRENCH)).isEmpty();
        }

        @Test
        void fallBackKeyByKeyToTheDefaultLocaleRatherThanTheBaseFile() {
            StatusCatalog catalog = StatusCatalog.builder().addBundle("com.acme.types", loader)
                    .defaultLocale(Locale.GERMAN).build();
            assertThat(catalog.message("app.title", Locale.JAPANESE).map(LocalizedMessage::toString))
                    .contains("[de] Kein Guthaben");
            assertThat(catalog.message("app.detail", Locale.JAPANESE).map(LocalizedMessage::toString))
                    .as("German lacks it too: the base file, English").contains("[en] Your balance is too low.");
            assertThat(catalog.message("app.title", Locale.FRENCH).map(LocalizedMessage::toString))
                    .contains("[fr] Crédit insuffisant");
        }

        @Test
        void thatAreBrokenAreSkippedAndNeverBreakTheCatalog() {
            StatusCatalog catalog = StatusCatalog.builder()
                    .addBundle("com.acme.broken", loader)
                    .addBundle("com.acme.latin1", loader)
                    .addBundle("com.acme.absent", loader)
                    .build();
            assertThat(catalog.http(404, Locale.ENGLISH).title()).isEqualTo("Not Found");
            assertThat(catalog.http(404, Locale.GERMAN).title()).isEqualTo("Nicht gefunden");
        }
    }

    @Nested
    class SupportedSets {
        @Test
        void canBeRestrictedWithAnotherDefault() {
            StatusCatalog catalog = StatusCatalog.builder()
                    .supportedLocales(List.of(ZH_CN, ZH_TW))
                    .defaultLocale(ZH_TW)
                    .build();
            assertThat(catalog.supportedLocales()).containsExactly(ZH_CN, ZH_TW);
            assertThat(catalog.negotiate("ja,en")).isEqualTo(ZH_TW);
            assertThat(catalog.http(404, Locale.JAPANESE).locale()).isEqualTo(ZH_TW);
        }

        @Test
        void restrictingDropsADefaultThatIsNoLongerSupported() {
            StatusCatalog catalog = StatusCatalog.builder().supportedLocales(List.of(Locale.FRENCH, Locale.GERMAN)).build();
            assertThat(catalog.defaultLocale()).isEqualTo(Locale.FRENCH);
        }

        @Test
        void rejectADefaultOutsideTheSet() {
            assertThatThrownBy(() -> StatusCatalog.builder().supportedLocales(List.of(Locale.FRENCH))
                    .defaultLocale(Locale.GERMAN).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The default locale de is not in the supported set [fr]");
        }

        @Test
        void shipTwentyLocales() {
            assertThat(CATALOG.supportedLocales()).extracting(Locale::toLanguageTag)
                    .containsExactly("en", "zh-CN", "zh-TW", "ja", "ko", "de", "fr", "es", "pt-BR", "ru", "it", "ar",
                            "nl", "pl", "tr", "uk", "vi", "id", "th", "he");
            assertThat(StatusCatalog.SHIPPED_LOCALES).isEqualTo(CATALOG.supportedLocales());
        }

        @ParameterizedTest(name = "{0} is answered from messages_{1}")
        @CsvSource({"nl, nl", "pl, pl", "tr, tr", "uk, uk", "vi, vi", "id, id", "th, th", "he, he", "iw, he", "in-ID, id"})
        void answerTheNewLanguagesFromTheirOwnFiles(String tag, String file) {
            Locale locale = Locale.forLanguageTag(file);
            LocalizedText notFound = CATALOG.http(404, Locale.forLanguageTag(tag));
            assertThat(notFound.locale()).isEqualTo(locale);
            assertThat(notFound.title()).isEqualTo(CATALOG.text("http.404.title", locale).orElseThrow()).isNotEqualTo("Not Found");
        }

        @Test
        void neverAnswerUkrainianInRussian() {
            Locale ukrainian = Locale.forLanguageTag("uk");
            Locale russian = Locale.forLanguageTag("ru");
            StatusCatalog withoutUkrainian = StatusCatalog.builder()
                    .supportedLocales(List.of(Locale.ENGLISH, russian)).build();
            assertThat(withoutUkrainian.negotiate("uk-UA,uk;q=0.9")).isEqualTo(Locale.ENGLISH);
            assertThat(withoutUkrainian.http(404, ukrainian).locale()).isEqualTo(Locale.ENGLISH);
            assertThat(CATALOG.http(404, ukrainian).locale()).isEqualTo(ukrainian);
            assertThat(CATALOG.http(404, ukrainian).title()).isNotEqualTo(CATALOG.http(404, russian).title());
        }
    }

    /** Texts whose exact wording was reviewed; a change to them is a regression unless it is deliberate. */
    @Nested
    class PinnedTexts {
        @Test
        void theEnglish1011DescriptionFollowsRfc6455Erratum3227() {
            assertThat(CATALOG.closeCode(1011, Locale.ENGLISH).description()).isEqualTo(
                    "The endpoint (server or client) hit an unexpected condition that prevented it from fulfilling the request.");
        }

        /**
         * RFC 9110 asks a 405 for {@code Allow} (§15.5.6) and a 426 for {@code Upgrade} (§15.5.22), but a plain
         * {@code HttpServlet} sends its 405 without {@code Allow}, and an application's {@code sendError(426)} need
         * not set {@code Upgrade}: no description may send the reader to a header the answer can lack.
         */
        @Test
        void the405And426DescriptionsNameNoHeaderInAnyLanguage() {
            for (Locale locale : CATALOG.supportedLocales()) {
                assertThat(CATALOG.http(405, locale).description()).as("405 in %s", locale).doesNotContain("Allow");
                assertThat(CATALOG.http(426, locale).description()).as("426 in %s", locale).doesNotContain("Upgrade");
            }
            assertThat(CATALOG.http(405, Locale.ENGLISH).description()).isEqualTo("This resource does not support the request method.");
            assertThat(CATALOG.http(426, Locale.ENGLISH).description())
                    .isEqualTo("The server will only process this request over a different protocol.");
        }

        @Test
        void theArabic424DescriptionIsTheReviewedOne() {
            assertThat(CATALOG.http(424, Locale.forLanguageTag("ar")).description())
                    .isEqualTo("فشل الطلب لأن طلبًا آخر يعتمد عليه هذا الطلب قد فشل.");
        }
    }

    @Test
    void arabicIsRightToLeftAndChineseIsNot() {
        assertThat(StatusCatalog.isRightToLeft(Locale.forLanguageTag("ar"))).isTrue();
        assertThat(StatusCatalog.isRightToLeft(Locale.forLanguageTag("he-IL"))).isTrue();
        assertThat(StatusCatalog.isRightToLeft(ZH_CN)).isFalse();
        assertThat(StatusCatalog.isRightToLeft(null)).isFalse();
    }

    @Test
    void ofTheShippedLanguagesExactlyArabicAndHebrewAreRightToLeft() {
        assertThat(StatusCatalog.SHIPPED_LOCALES.stream().filter(StatusCatalog::isRightToLeft).map(Locale::toLanguageTag))
                .containsExactly("ar", "he");
        assertThat(StatusCatalog.isRightToLeft(Locale.forLanguageTag("iw"))).as("the legacy code for Hebrew").isTrue();
        assertThat(StatusCatalog.isRightToLeft(Locale.forLanguageTag("fa-IR"))).isTrue();
        assertThat(StatusCatalog.isRightToLeft(Locale.forLanguageTag("ur"))).isTrue();
    }
}

package dev.statuskit.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuskit.i18n.CloseCodeCategory;
import dev.statuskit.i18n.CloseCodeRegistry;
import dev.statuskit.i18n.StatusCatalog;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CloseClassifierTest {
    private static final StatusCatalog CATALOG = StatusCatalog.standard();
    private final CloseClassifier standard = CloseClassifier.standard();

    @Nested
    class Defaults {
        @ParameterizedTest(name = "{0}: reconnect {1}, origin {2}, {3}")
        @CsvSource({
                "1000, NEVER, EITHER, STANDARD",
                "1001, IMMEDIATELY, EITHER, STANDARD",
                "1002, NEVER, EITHER, STANDARD",
                "1003, NEVER, EITHER, STANDARD",
                "1004, NEVER, EITHER, RESERVED",
                "1005, NEVER, EITHER, NEVER_SENT",
                "1006, WITH_BACKOFF, NETWORK, NEVER_SENT",
                "1007, NEVER, EITHER, STANDARD",
                "1008, NEVER, EITHER, STANDARD",
                "1009, NEVER, EITHER, STANDARD",
                "1010, NEVER, CLIENT, STANDARD",
                "1011, WITH_BACKOFF, SERVER, STANDARD",
                "1012, AFTER_RANDOM_DELAY, SERVER, STANDARD",
                "1013, WITH_BACKOFF, SERVER, STANDARD",
                "1014, WITH_BACKOFF, SERVER, STANDARD",
                "1015, NEVER, NETWORK, NEVER_SENT",
                "3000, NEVER, SERVER, LIBRARY",
                "3003, NEVER, SERVER, LIBRARY",
                "3008, WITH_BACKOFF, EITHER, LIBRARY",
                "3001, NEVER, EITHER, LIBRARY",
                "4001, NEVER, EITHER, PRIVATE",
                "4999, NEVER, EITHER, PRIVATE",
                "1016, NEVER, EITHER, RESERVED",
                "2000, NEVER, EITHER, RESERVED",
                "999, NEVER, EITHER, INVALID",
                "5000, NEVER, EITHER, INVALID",
                "-1, NEVER, EITHER, INVALID"})
        void everyCodeGetsItsDefaultHintOriginAndCategory(int code, ReconnectHint hint, CloseOrigin origin,
                CloseCodeCategory category) {
            CloseCodeInfo info = standard.classify(code);

            assertThat(info.code()).isEqualTo(code);
            assertThat(info.reconnectHint()).isEqualTo(hint);
            assertThat(info.origin()).isEqualTo(origin);
            assertThat(info.category()).isEqualTo(category);
            assertThat(info.closeCode()).isEqualTo(CloseCodeRegistry.lookup(code));
        }

        @Test
        void aRegisteredCodeIsNamedAndDescribedByTheCatalogInTheDefaultLocale() {
            CloseCodeInfo info = standard.classify(1001);

            assertThat(info.name()).isEqualTo("Going Away");
            assertThat(info.description()).isEqualTo(CATALOG.closeCode(1001, Locale.ENGLISH).description());
            assertThat(info.locale()).isEqualTo(Locale.ENGLISH);
        }

        @Test
        void anUnregisteredApplicationCodeIsNamedByItsCategory() {
            CloseCodeInfo info = standard.classify(4123);

            assertThat(info.name()).isEqualTo("Application close code");
            assertThat(info.toString()).isEqualTo(
                    "4123 Application close code [private, en, reconnect NEVER, origin EITHER]");
        }
    }

    @Nested
    class Localization {
        @ParameterizedTest(name = "{0} is classified in {1}")
        @CsvSource({"de, de", "de-AT, de", "fr-CA, fr", "ja-JP, ja", "zh-HK, zh-TW", "pl, pl", "he-IL, he", "fi, en"})
        void aLocaleIsNegotiatedToTheBestSupportedOne(String requested, String expected) {
            Locale expectedLocale = Locale.forLanguageTag(expected);

            CloseCodeInfo info = standard.classify(1001, Locale.forLanguageTag(requested));

            assertThat(info.locale()).isEqualTo(expectedLocale);
            assertThat(info.name()).isEqualTo(CATALOG.closeCode(1001, expectedLocale).title());
        }

        @Test
        void aGermanUserReadsGermanNamesAndTheReconnectAdvice() {
            CloseCodeInfo info = standard.classify(1012, Locale.GERMAN);

            assertThat(info.name()).isEqualTo("Neustart des Dienstes");
            assertThat(info.toString()).isEqualTo(
                    "1012 Neustart des Dienstes [standard, de, reconnect AFTER_RANDOM_DELAY, origin SERVER]");
        }

        @Test
        void anAcceptLanguageHeaderIsNegotiatedByTheCatalog() {
            assertThat(standard.negotiate("de-CH, fr;q=0.5")).isEqualTo(Locale.GERMAN);
            assertThat(standard.negotiate(null)).isEqualTo(Locale.ENGLISH);
        }
    }

    @Nested
    class Allocation {
        @Test
        void aKnownCodeIsTheSameInstanceEveryTime() {
            assertThat(standard.classify(1012, Locale.GERMAN)).isSameAs(standard.classify(1012, Locale.GERMAN));
            assertThat(standard.classify(3008)).isSameAs(standard.classify(3008, Locale.ENGLISH));
        }

        @Test
        void anUnknownCodeIsANewEqualInstance() {
            assertThat(standard.classify(4123)).isNotSameAs(standard.classify(4123)).isEqualTo(standard.classify(4123));
        }

        @Test
        void classifyingKnownCodesInSupportedLocalesAllocatesNothing() {
            CloseClassifier classifier = GraphQlWsCloseCodes.registerInto(CloseClassifier.builder()).build();
            int[] codes = {1000, 1001, 1005, 1006, 1011, 1012, 3000, 3008, 4400, 4429, 4500};
            List<Locale> locales = CATALOG.supportedLocales();
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
            threads.setThreadAllocatedMemoryEnabled(true);
            long sink = classifyAll(classifier, codes, locales, 10_000);
            int calls = 200_000;

            long before = threads.getCurrentThreadAllocatedBytes();
            sink += classifyAll(classifier, codes, locales, calls);
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;

            assertThat(sink).isPositive();
            // One allocation per call would be at least 16 bytes, 3.2 MB in all.
            assertThat(allocated).as("bytes allocated by %d calls", calls).isLessThan(4096);
        }

        private long classifyAll(CloseClassifier classifier, int[] codes, List<Locale> locales, int calls) {
            long sink = 0;
            for (int i = 0; i < calls; i++) {
                sink += classifier.classify(codes[i % codes.length], locales.get(i % locales.size())).code();
            }
            return sink;
        }
    }

    @Nested
    class ApplicationCodes {
        private final StatusCatalog catalog = StatusCatalog.builder()
                .addBundle("dev.statuskit.websocket.app-close-codes", CloseClassifierTest.class.getClassLoader())
                .build();

        @Test
        void aRegisteredCodeTakesItsHintAndOriginAndItsTextsFromTheApplicationBundle() {
            CloseClassifier classifier = CloseClassifier.builder().catalog(catalog)
                    .register(4001, ReconnectHint.NEVER, CloseOrigin.SERVER).build();

            CloseCodeInfo german = classifier.classify(4001, Locale.GERMAN);
            CloseCodeInfo english = classifier.classify(4001, Locale.ENGLISH);

            assertThat(german.name()).isEqualTo("Sitzung abgelaufen");
            assertThat(german.reconnectHint()).isEqualTo(ReconnectHint.NEVER);
            assertThat(german.origin()).isEqualTo(CloseOrigin.SERVER);
            assertThat(english.name()).isEqualTo("Session Expired");
            assertThat(english.description()).isEqualTo("Your session expired. Sign in again to continue.");
            assertThat(classifier.classify(4001, Locale.GERMAN)).isSameAs(german);
        }

        @Test
        void directTextsServeTheirLocaleAndOtherLocalesFallBackToTheDefaultLocalesText() {
            CloseClassifier classifier = CloseClassifier.builder()
                    .register(4100, ReconnectHint.WITH_BACKOFF, CloseOrigin.SERVER)
                    .text(4100, Locale.FRENCH, "Maintenance", "Le service est en maintenance.")
                    .text(4100, Locale.ENGLISH, "Maintenance", "The service is under maintenance.")
                    .build();

            assertThat(classifier.classify(4100, Locale.FRENCH).description()).isEqualTo("Le service est en maintenance.");
            CloseCodeInfo japanese = classifier.classify(4100, Locale.JAPANESE);
            assertThat(japanese.description()).isEqualTo("The service is under maintenance.");
            assertThat(japanese.locale()).isEqualTo(Locale.ENGLISH);
            assertThat(japanese.reconnectHint()).isEqualTo(ReconnectHint.WITH_BACKOFF);
        }

        @Test
        void aDirectTextForTheLocaleWinsOverTheBundleWhichWinsOverAnotherLocalesDirectText() {
            CloseClassifier classifier = CloseClassifier.builder().catalog(catalog)
                    .text(4001, Locale.GERMAN, "Direkt", "Direkt angegeben.")
                    .text(4002, Locale.ENGLISH, "Direct Name", "Given directly.")
                    .build();

            assertThat(classifier.classify(4001, Locale.GERMAN).name()).isEqualTo("Direkt");
            assertThat(classifier.classify(4002, Locale.FRENCH).name()).isEqualTo("Bundle Name");
        }

        @Test
        void aCodeWithTextsButNoRegistrationIsNeverReconnectedAndCausedByEitherSide() {
            CloseCodeInfo info = CloseClassifier.builder().text(4200, Locale.ENGLISH, "Kicked", "An admin removed you.")
                    .build().classify(4200);

            assertThat(info.name()).isEqualTo("Kicked");
            assertThat(info.reconnectHint()).isEqualTo(ReconnectHint.NEVER);
            assertThat(info.origin()).isEqualTo(CloseOrigin.EITHER);
        }

        @Test
        void aDefaultCanBeOverridden() {
            CloseClassifier classifier = CloseClassifier.builder()
                    .register(1001, ReconnectHint.WITH_BACKOFF, CloseOrigin.SERVER)
                    .register(1012, ReconnectHint.NEVER, CloseOrigin.SERVER)
                    .build();

            assertThat(classifier.classify(1001).reconnectHint()).isEqualTo(ReconnectHint.WITH_BACKOFF);
            assertThat(classifier.classify(1012).reconnectHint()).isEqualTo(ReconnectHint.NEVER);
        }

        @ParameterizedTest(name = "{0} cannot be registered")
        @ValueSource(ints = {999, 1004, 2000, 5000})
        void aReservedOrInvalidCodeCannotBeRegistered(int code) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> CloseClassifier.builder().register(code, ReconnectHint.NEVER, CloseOrigin.SERVER))
                    .withMessage("Cannot register close code " + code + ": " + CloseRules.closeCodeExceptionMessage(code));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> CloseClassifier.builder().text(code, Locale.ENGLISH, "n", "d"))
                    .withMessageStartingWith("Cannot register close code " + code);
        }

        @Test
        void theTwoThousandCodeIsRefusedWithTheFutureUseRule() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> CloseClassifier.builder().register(2000, ReconnectHint.NEVER, CloseOrigin.SERVER))
                    .withMessage("Cannot register close code 2000: Close code 2000 is reserved for future protocol use"
                            + " and must not be sent (RFC 6455 §7.4.2)");
        }
    }

    @Nested
    class GraphQlWs {
        private final CloseClassifier classifier = GraphQlWsCloseCodes.registerInto(CloseClassifier.builder()).build();

        @ParameterizedTest(name = "{0} {1}: reconnect {2}, origin {3}")
        @CsvSource({
                "4400, Bad Request, NEVER, SERVER",
                "4401, Unauthorized, NEVER, SERVER",
                "4403, Forbidden, WITH_BACKOFF, SERVER",
                "4406, Subprotocol Not Acceptable, NEVER, SERVER",
                "4408, Connection Initialisation Timeout, WITH_BACKOFF, SERVER",
                "4409, Subscriber Already Exists, NEVER, SERVER",
                "4429, Too Many Initialisation Requests, NEVER, SERVER",
                "4500, Internal Server Error, NEVER, SERVER",
                "4004, Bad Response, NEVER, CLIENT",
                "4005, Internal Client Error, NEVER, CLIENT",
                "4504, Connection Acknowledgement Timeout, WITH_BACKOFF, CLIENT",
                "4499, Terminated, WITH_BACKOFF, CLIENT"})
        void everyGraphQlWsCodeHasItsNameHintAndOrigin(int code, String name, ReconnectHint hint, CloseOrigin origin) {
            CloseCodeInfo info = classifier.classify(code);

            assertThat(info.name()).isEqualTo(name);
            assertThat(info.reconnectHint()).isEqualTo(hint);
            assertThat(info.origin()).isEqualTo(origin);
            assertThat(info.category()).isEqualTo(CloseCodeCategory.PRIVATE);
        }

        @Test
        void aGermanUserReadsTheEnglishTextsUntilABundleTranslatesThem() {
            CloseCodeInfo info = classifier.classify(GraphQlWsCloseCodes.UNAUTHORIZED, Locale.GERMAN);

            assertThat(info.name()).isEqualTo("Unauthorized");
            assertThat(info.locale()).isEqualTo(Locale.ENGLISH);
        }

        @Test
        void theStandardCodesKeepTheirDefaults() {
            assertThat(classifier.classify(1012)).isEqualTo(standard.classify(1012));
        }
    }
}

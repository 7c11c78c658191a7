package dev.statuskit.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import dev.statuskit.testing.Gen;
import dev.statuskit.testing.RandomCases;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocaleNegotiatorTest {

    static final LocaleNegotiator SHIPPED = StatusCatalog.standard().negotiator();

    @Nested
    class RealBrowserHeaders {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            // China, Chrome and Edge
            "zh-CN,zh;q=0.9 | zh-CN",
            "zh-CN,zh;q=0.9,en;q=0.8 | zh-CN",
            "zh-CN,zh;q=0.9,en;q=0.8,en-GB;q=0.7,en-US;q=0.6 | zh-CN",
            // Safari on macOS, China
            "zh-Hans-CN,zh-Hans;q=0.9 | zh-CN",
            // Singapore
            "zh-SG,zh;q=0.9,en;q=0.8 | zh-CN",
            // Taiwan, Hong Kong, Macau
            "zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7 | zh-TW",
            "zh-TW,zh-Hant;q=0.9 | zh-TW",
            "zh-HK,zh;q=0.9,en;q=0.8 | zh-TW",
            "zh-Hant-HK,zh-Hant;q=0.9,en;q=0.8 | zh-TW",
            "zh-MO,zh;q=0.9,pt;q=0.8 | zh-TW",
            "zh | zh-CN",
            // Japan, Korea
            "ja,en-US;q=0.9,en;q=0.8 | ja",
            "ja-jp | ja",
            "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7 | ko",
            // Germany, Austria, Switzerland (Firefox style)
            "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7 | de",
            "de-AT,de;q=0.9 | de",
            "de-CH,de;q=0.9,fr;q=0.8,it;q=0.7,en;q=0.6 | de",
            "de,en-US;q=0.7,en;q=0.3 | de",
            // France, Canada
            "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7 | fr",
            "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7 | fr",
            // Spain, Latin America
            "es-ES,es;q=0.9 | es",
            "es-419,es;q=0.9 | es",
            "es-419 | es",
            "es-MX,es-419;q=0.9,es;q=0.8,en;q=0.7 | es",
            // Brazil, Portugal
            "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7 | pt-BR",
            "pt-PT,pt;q=0.9,en-US;q=0.8,en;q=0.7 | pt-BR",
            "pt-PT | pt-BR",
            "pt-PT,en;q=0.5 | en",
            // Russia, Ukraine
            "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7 | ru",
            "uk-UA,uk;q=0.9,ru;q=0.8,en-US;q=0.7,en;q=0.6 | uk",
            "uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7 | uk",
            // Italy
            "it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7 | it",
            // Saudi Arabia, Egypt
            "ar-SA,ar;q=0.9,en-US;q=0.8,en;q=0.7 | ar",
            "ar-EG,ar;q=0.9 | ar",
            // English-speaking countries
            "en-US,en;q=0.9 | en",
            "en-GB,en;q=0.9,en-US;q=0.8 | en",
            "en-US,en;q=0.9,zh-CN;q=0.8,zh;q=0.7 | en",
            // Netherlands, Belgium, Poland, Turkey
            "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7 | nl",
            "nl-BE,nl;q=0.9,fr-BE;q=0.8,fr;q=0.7,en;q=0.6 | nl",
            "pl-PL,pl;q=0.9,de;q=0.8,en;q=0.7 | pl",
            "tr-TR,tr;q=0.9 | tr",
            // Vietnam, Indonesia, Thailand
            "vi-VN,vi;q=0.9,fr-FR;q=0.8,fr;q=0.7,en-US;q=0.6,en;q=0.5 | vi",
            "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7 | id",
            "th-TH,th;q=0.9,en-US;q=0.8,en;q=0.7 | th",
            // Israel
            "he-IL,he;q=0.9,en-US;q=0.8,en;q=0.7 | he",
            // Languages we do not ship
            "fi-FI,fi;q=0.9,sv;q=0.8,en;q=0.7 | en",
            "sv-SE,sv;q=0.9,de;q=0.8,en;q=0.7 | de",
            "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7 | en",
            "fa-IR,fa;q=0.9,en-US;q=0.8,en;q=0.7 | en",
        })
        void giveTheLocaleTheirReadersExpect(String header, String expected) {
            assertThat(SHIPPED.negotiate(header).toLanguageTag()).isEqualTo(expected);
        }
    }

    /** Tags that name a shipped locale in another way, and the one neighbour that must never stand in. */
    @Nested
    class Aliases {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "iw | he",
            "iw-IL | he",
            "IW-il,en;q=0.5 | he",
            "in | id",
            "in-ID | id",
            "in-ID,in;q=0.9,en;q=0.8 | id",
            "zh-HK | zh-TW",
            "zh-MO | zh-TW",
            "zh-Hant-MO | zh-TW",
            "uk | uk",
            "uk-UA | uk",
            "uk,ru;q=0.1 | uk",
            "ru,uk;q=0.1 | ru",
            "iw;q=0,he-IL;q=0.5,en;q=0.1 | en",
            "in;q=0,id-ID;q=0.5,en;q=0.1 | en",
        })
        void resolveAsTheirReadersExpect(String header, String expected) {
            assertThat(SHIPPED.negotiate(header).toLanguageTag()).isEqualTo(expected);
            assertThat(SHIPPED.match(header)).as("matched, not fallen back to").isPresent();
        }

        @Test
        void theHeaderIsReadAsWrittenSoTheLegacyCodesNeedTheirOwnRule() {
            // Java's Locale maps iw and in itself, but the negotiator reads the raw header string.
            assertThat(Locale.forLanguageTag("iw").getLanguage()).isEqualTo("he");
            assertThat(LocaleNegotiator.parse("iw-IL,in;q=0.5,ji,it,ind,iwx").tags())
                    .containsExactly("he-il", "id", "yi", "it", "ind", "iwx");
            assertThat(LocaleNegotiator.modernLanguage("i")).isEqualTo("i");
            assertThat(LocaleNegotiator.modernLanguage("in-id")).isEqualTo("id-id");
        }

        @Test
        void theLegacyCodesWorkInLocaleListsToo() {
            assertThat(SHIPPED.negotiate(List.of(new Locale("iw", "IL")))).isEqualTo(Locale.forLanguageTag("he"));
            assertThat(SHIPPED.negotiate(List.of(new Locale("in")))).isEqualTo(Locale.forLanguageTag("id"));
        }

        @Test
        void ukrainianNeverFallsBackToRussian() {
            LocaleNegotiator russianOnly = LocaleNegotiator.of(
                    List.of(Locale.ENGLISH, Locale.forLanguageTag("ru")), Locale.ENGLISH);
            assertThat(russianOnly.match("uk-UA,uk;q=0.9")).isEmpty();
            assertThat(russianOnly.negotiate("uk-UA,uk;q=0.9")).isEqualTo(Locale.ENGLISH);
            assertThat(russianOnly.negotiate("uk,ru;q=0.1")).isEqualTo(Locale.forLanguageTag("ru"));
            for (String ukrainian : List.of("uk", "uk-UA", "uk-Cyrl-UA", "uk;q=0.5")) {
                assertThat(SHIPPED.negotiate(ukrainian)).as(ukrainian).isEqualTo(Locale.forLanguageTag("uk"));
            }
        }
    }

    @Nested
    class WeightsWildcardsAndExclusions {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "en;q=0.1,ja;q=0.9 | ja",
            "en;q=0.5,de;q=0.5 | en",
            "de;q=0.5,en;q=0.5 | de",
            "fr;q=1.000,ja;q=0.999 | fr",
            "ja;q=0,* | en",
            "*,en;q=0 | zh-CN",
            "en;q=0 | zh-CN",
            "zh;q=0,zh-TW | en",
            "zh-Hant;q=0,zh-HK | zh-CN",
            "de-AT,de;q=0 | en",
            "* | en",
            "*;q=0 | en",
            "pt-PT,*;q=0.1 | pt-BR",
            "'  ja ;  q = 0.5 , ko;q=0.4' | ja",
            "JA-jp | ja",
        })
        void areHonoured(String header, String expected) {
            assertThat(SHIPPED.negotiate(header).toLanguageTag()).isEqualTo(expected);
        }

        @Test
        void theDefaultIsUsedWhenNothingMatchesOrNothingIsSent() {
            assertThat(SHIPPED.negotiate((String) null)).isEqualTo(Locale.ENGLISH);
            assertThat(SHIPPED.negotiate("")).isEqualTo(Locale.ENGLISH);
            assertThat(SHIPPED.negotiate("tlh")).isEqualTo(Locale.ENGLISH);
        }

        @Test
        void matchTellsAnUnsupportedLanguageFromTheDefault() {
            assertThat(SHIPPED.match("fi")).isEmpty();
            assertThat(SHIPPED.match("en")).contains(Locale.ENGLISH);
            assertThat(SHIPPED.match("zh-HK")).contains(Locale.forLanguageTag("zh-TW"));
        }
    }

    @Nested
    class MalformedInput {
        @ParameterizedTest(name = "[{index}] {0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "ja;q=abc,ko | ko",
            "ja;q=1.5,ko | ko",
            "ja;q=0.1234,ko | ko",
            "ja;q=-1,ko | ko",
            "ja;q=,ko | ko",
            "ja;q,ko | ko",
            "ja;;q=0.5,ko;q=0.4 | ja",
            "ja;level=1 | ja",
            "a-very-long-subtag-123456789,de | de",
            "12,de | de",
            "-de,de-,ko | ko",
            "ja_JP,ko | ko",
            "日本語,ja | ja",
            ",,,;;;,ru | ru",
            "de\tq=0.5,fr | fr",
            "'\tde ;\tq=0.5 ,\tfr;q=0.4' | de",
        })
        void skipsTheBadRangesAndUsesTheRest(String header, String expected) {
            assertThat(SHIPPED.negotiate(header).toLanguageTag()).isEqualTo(expected);
        }

        @Test
        void anEightKilobyteHeaderIsReadUpToTheLimitWithoutThrowing() {
            String junk = "x-" + "a".repeat(8192);
            assertThat(SHIPPED.negotiate(junk + ",ja")).isEqualTo(Locale.ENGLISH);
            String longButValid = IntStream.range(0, 800).mapToObj(i -> "xx;q=0.1").collect(Collectors.joining(","));
            assertThat(longButValid.length()).isGreaterThan(6000);
            assertThat(SHIPPED.negotiate("ko," + longButValid)).isEqualTo(Locale.KOREAN);
        }

        @Test
        void onlyTheFirstRangesUpToTheLimitAreConsidered() {
            String filler = IntStream.range(0, LocaleNegotiator.MAX_RANGES).mapToObj(i -> "tlh").collect(Collectors.joining(","));
            assertThat(SHIPPED.negotiate(filler + ",ja")).as("the 65th range is ignored").isEqualTo(Locale.ENGLISH);
            String shorter = IntStream.range(0, LocaleNegotiator.MAX_RANGES - 1).mapToObj(i -> "tlh").collect(Collectors.joining(","));
            assertThat(SHIPPED.negotiate(shorter + ",ja")).as("the 64th range is read").isEqualTo(Locale.JAPANESE);
        }

        @Test
        void parsingReadsAtMostTheLimitsWhateverTheInputSize() {
            String thousands = IntStream.range(0, 5000).mapToObj(i -> "de;q=0.5").collect(Collectors.joining(","));
            assertThat(LocaleNegotiator.parse(thousands).size).isEqualTo(LocaleNegotiator.MAX_RANGES);
            String huge = "de,".repeat(100_000);
            assertThat(LocaleNegotiator.parse(huge).size).isEqualTo(LocaleNegotiator.MAX_RANGES);
        }

        @Test
        void arbitraryStringsNeverThrowAndGiveASupportedLocale() {
            RandomCases.check(2000, Gen.anyUtf16(300),
                    header -> assertThat(SHIPPED.supportedLocales()).contains(SHIPPED.negotiate(header)));
        }

        @Test
        void headerShapedJunkNeverThrows() {
            Gen<String> piece = Gen.oneOf(
                    Gen.of("zh", "zh-TW", "en", "*", "ja-JP", "pt-PT", "-", "", "de-", "q", "x-klingon"),
                    Gen.chars("abcXYZ-*;=q.0123456789 \t,", 12));
            Gen<String> weight = Gen.of("", ";q=0", ";q=1", ";q=0.5", ";q=", ";q=2", ";Q=0.3", "; q = 0.7", ";;");
            Gen<String> headers = piece.flatMap(p -> weight.map(w -> p + w)).joined(",", 200);
            RandomCases.check(1000, headers,
                    header -> assertThat(SHIPPED.supportedLocales()).contains(SHIPPED.negotiate(header)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", ",", ";", "\uD800", "\uDC00-\uD800", "\u2028", "zh\u2029", "*;q=\uD83D\uDE00", "\u0000"})
        void theEdgeCasesRandomSearchFoundGiveASupportedLocale(String header) {
            assertThat(SHIPPED.supportedLocales()).contains(SHIPPED.negotiate(header));
        }
    }

    @Nested
    class LocaleLists {
        @Test
        void followThePreferenceOrderOfServletAndJaxRsLocales() {
            assertThat(SHIPPED.negotiate(List.of(Locale.forLanguageTag("fi-FI"), Locale.forLanguageTag("zh-HK"))))
                    .isEqualTo(Locale.forLanguageTag("zh-TW"));
            assertThat(SHIPPED.negotiate(List.of(Locale.GERMANY, Locale.JAPANESE))).isEqualTo(Locale.GERMAN);
            assertThat(SHIPPED.negotiate(List.of(Locale.forLanguageTag("pt-PT"), Locale.ENGLISH))).isEqualTo(Locale.ENGLISH);
            assertThat(SHIPPED.negotiate(List.of(Locale.forLanguageTag("zh-Hans-SG")))).isEqualTo(Locale.forLanguageTag("zh-CN"));
        }

        @Test
        void emptyOrUnusableListsGiveTheDefault() {
            assertThat(SHIPPED.negotiate(Collections.<Locale>emptyList())).isEqualTo(Locale.ENGLISH);
            assertThat(SHIPPED.negotiate(Arrays.asList(Locale.ROOT, null))).isEqualTo(Locale.ENGLISH);
            assertThat(SHIPPED.negotiate((List<Locale>) null)).isEqualTo(Locale.ENGLISH);
        }
    }

    @Nested
    class RestrictedSets {
        @Test
        void aChineseOnlyApplicationStillMapsScriptsAndRegions() {
            LocaleNegotiator zhOnly = LocaleNegotiator.of(
                    List.of(Locale.forLanguageTag("zh-TW"), Locale.forLanguageTag("zh-CN")), Locale.forLanguageTag("zh-TW"));
            assertThat(zhOnly.negotiate("zh-SG")).isEqualTo(Locale.forLanguageTag("zh-CN"));
            assertThat(zhOnly.negotiate("en-US")).isEqualTo(Locale.forLanguageTag("zh-TW"));
            assertThat(zhOnly.negotiate("zh-Hant")).isEqualTo(Locale.forLanguageTag("zh-TW"));
        }

        @Test
        void anExplicitlySupportedRegionWinsOverTheBuiltInAlias() {
            Locale hongKong = Locale.forLanguageTag("zh-HK");
            LocaleNegotiator withHongKong = LocaleNegotiator.of(
                    List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-TW"), hongKong), Locale.ENGLISH);
            assertThat(withHongKong.negotiate("zh-HK")).isEqualTo(hongKong);
            assertThat(withHongKong.negotiate("zh-MO")).isEqualTo(Locale.forLanguageTag("zh-TW"));
        }

        @Test
        void invalidSetsAreRejectedWithAClearMessage() {
            assertThatThrownBy(() -> LocaleNegotiator.of(List.of(), Locale.ENGLISH))
                    .hasMessage("The supported locale set must not be empty");
            assertThatThrownBy(() -> LocaleNegotiator.of(List.of(Locale.GERMAN), Locale.ENGLISH))
                    .hasMessage("The default locale en is not in the supported set [de]");
            assertThatThrownBy(() -> LocaleNegotiator.of(List.of(Locale.ROOT), Locale.ROOT))
                    .hasMessage("The root locale cannot be a supported locale; name a language");
        }
    }

    @Nested
    class Cache {
        @Test
        void staysBoundedWhateverNumberOfDistinctHeadersArrives() {
            LocaleNegotiator negotiator = LocaleNegotiator.of(StatusCatalog.SHIPPED_LOCALES, Locale.ENGLISH);
            for (int i = 0; i < 100_000; i++) {
                negotiator.negotiate("de;q=0." + (i % 1000) + ",x-" + i);
                assertThat(negotiator.cachedResults()).isLessThanOrEqualTo(LocaleNegotiator.CACHE_CAPACITY);
            }
            assertThat(negotiator.cachedResults()).isPositive();
        }

        @Test
        void canBeTurnedOffAndThenHoldsNothing() {
            LocaleNegotiator negotiator = LocaleNegotiator.of(StatusCatalog.SHIPPED_LOCALES, Locale.ENGLISH, 0);
            assertThat(negotiator.negotiate("zh-HK")).isEqualTo(Locale.forLanguageTag("zh-TW"));
            assertThat(negotiator.cachedResults()).isZero();
            assertThatThrownBy(() -> LocaleNegotiator.of(StatusCatalog.SHIPPED_LOCALES, Locale.ENGLISH, -1))
                    .hasMessage("The cache capacity must be 0 or more, not -1");
        }

        @Test
        void givesTheSameAnswerFromTheCacheAsWithout() {
            LocaleNegotiator negotiator = LocaleNegotiator.of(StatusCatalog.SHIPPED_LOCALES, Locale.ENGLISH);
            Locale first = negotiator.negotiate("fi,zh-HK;q=0.5");
            Locale second = negotiator.negotiate("fi,zh-HK;q=0.5");
            assertThat(first).isEqualTo(second).isEqualTo(Locale.forLanguageTag("zh-TW"));
            assertThat(negotiator.match("fi")).isEmpty();
            assertThat(negotiator.match("fi")).isEmpty();
        }
    }

    /**
     * The cost of one negotiation is linear in the characters read, which are at most
     * {@value LocaleNegotiator#MAX_HEADER_CHARS}: counted in character reads, never timed. (The bytes it allocates are counted in the it-tests'
     * {@code NegotiationCostTest}.)
     */
    @Nested
    class BoundedWork {
        /** Wraps a header and counts every character read through it. */
        static final class CountingChars implements CharSequence {
            final String text;
            long reads;

            CountingChars(String text) {
                this.text = text;
            }

            @Override
            public int length() {
                return text.length();
            }

            @Override
            public char charAt(int index) {
                reads++;
                return text.charAt(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                reads += end - start;
                return text.substring(start, end);
            }

            @Override
            public String toString() {
                return text;
            }
        }

        static List<String> hostileHeaders() {
            return List.of(
                    "1,".repeat(4096),                                  // thousands of malformed elements
                    ";".repeat(8192),
                    "de;q=0.5;".repeat(900),                            // parameters without end
                    "ab-".repeat(2730) + "ab",                          // one range of 2,731 subtags
                    "a-".repeat(4095) + "a",
                    "tlh,".repeat(2048),
                    "de," + "x;q=0.1;a=b;c=d,".repeat(500),
                    "zh-CN," + "\u00e4".repeat(8000),
                    "ja;q=0.9,".repeat(100_000));                       // a megabyte: only the limit is read
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @MethodSource("hostileHeaders")
        void parsingReadsEachCharacterABoundedNumberOfTimes(String header) {
            CountingChars counting = new CountingChars(header);
            LocaleNegotiator.parse(counting);
            int read = Math.min(header.length(), LocaleNegotiator.MAX_HEADER_CHARS);
            assertThat(counting.reads).as("reads of %d characters", read).isLessThanOrEqualTo(6L * read + 16);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "de-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab, de",
            "zh-Hant-x-a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-a-b-c-d-e-f-g-h-i-j-k-l-m, zh-TW",
            "zh-Hant-HK-x-private-use-tag-that-goes-on-and-on-and-on-and-on-and-on, zh-TW",
            "pt-BR-a-bbb-c-ddd-e-fff-g-hhh-i-jjj-k-lll-m-nnn-o-ppp-q-rrr-s-ttt-u-vvv-w-xxx, pt-BR",
            "'tlh-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab;q=0.9,ko;q=0.1', ko",
        })
        void longRangesStillMatchByTheirPrefix(String header, String expected) {
            assertThat(SHIPPED.negotiate(header)).isEqualTo(Locale.forLanguageTag(expected));
            // Thousands of subtags, yet within MAX_HEADER_CHARS: a range that the limit cuts is skipped.
            String longer = header.replace("-ab", "-ab".repeat(90));
            assertThat(longer.length()).isLessThanOrEqualTo(LocaleNegotiator.MAX_HEADER_CHARS);
            assertThat(SHIPPED.negotiate(longer)).isEqualTo(Locale.forLanguageTag(expected));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "de-ch-1996, 10, 5",
            "de-ch-1996, 5, 2",
            "de-ch-1996, 2, 0",
            "zh-hant-x-a, 11, 7",
            "en-a-bbb-x-a-ccc, 16, 10",
            "en-a-bbb-x-a-ccc, 10, 8",
            "en-a-bbb-x-a-ccc, 8, 2",
        })
        void truncationFollowsRfc4647Lookup(String tag, int end, int shorter) {
            assertThat(LocaleNegotiator.truncate(tag, end)).isEqualTo(shorter);
        }
    }
}

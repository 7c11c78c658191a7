package dev.statuskit.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a locale resolver reads of a request: headers, query parameters and cookies, tolerantly and boundedly. */
class LocaleRequestTest {

    private static LocaleRequest query(String rawQuery) {
        return LocaleRequest.of(Map.of(), rawQuery);
    }

    private static LocaleRequest cookies(String cookieHeader) {
        return LocaleRequest.of(Map.of("Cookie", List.of(cookieHeader)), null);
    }

    @Nested
    class QueryParameters {
        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', value = {
            "lang=ja                 | ja",
            "a=1&lang=ja&b=2         | ja",
            "lang=de&lang=fr         | de",
            "lang=zh%2DTW            | zh-TW",
            "lang=zh-Hant%20TW       | zh-Hant TW",
            "lang=a+b                | a b",
            "lang=%E6%97%A5%E6%9C%AC | \u65e5\u672c",
            "lang=a=b                | a=b",
            "lang&lang=de            | de",
            "=x&lang=de              | de",
            "&&lang=de&              | de",
        })
        void answersTheFirstValuePercentDecoded(String rawQuery, String expected) {
            assertThat(query(rawQuery).queryParameter("lang")).contains(expected);
        }

        @Test
        void answersAnEmptyValueAsPresentAndEmpty() {
            assertThat(query("lang=").queryParameter("lang")).contains("");
            assertThat(query("lang=&lang=de").queryParameter("lang")).contains("");
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"", "lang", "language=de", "xlang=de", "lan=de", "Lang=de", "LANG=de", "lang%3Dde",
                "a=lang=de", "lang =de"})
        void answersEmptyUnlessTheNameMatchesExactly(String rawQuery) {
            assertThat(query(rawQuery).queryParameter("lang")).isEmpty();
        }

        @Test
        void answersEmptyWithoutAQueryString() {
            assertThat(LocaleRequest.of(Map.of(), null).queryParameter("lang")).isEmpty();
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"lang=%zz", "lang=%", "lang=%4", "lang=de%", "lang=%G1de"})
        void answersEmptyForAMalformedPercentEncoding(String rawQuery) {
            assertThat(query(rawQuery).queryParameter("lang")).isEmpty();
            assertThat(query(rawQuery + "&x=1").queryParameter("x")).contains("1");
        }

        @Test
        void searchesOnlyTheFirstMaxScannedChars() {
            String filler = "x=" + "y".repeat(LocaleRequest.MAX_SCANNED_CHARS);

            assertThat(query(filler + "&lang=de").queryParameter("lang")).isEmpty();
            assertThat(query("lang=de&" + filler).queryParameter("lang")).contains("de");
        }

        @Test
        void findsAParameterThatEndsExactlyAtTheLimit() {
            String parameter = "&lang=de";
            String filler = "x=" + "y".repeat(LocaleRequest.MAX_SCANNED_CHARS - 2 - parameter.length());
            assertThat((filler + parameter).length()).isEqualTo(LocaleRequest.MAX_SCANNED_CHARS);

            assertThat(query(filler + parameter).queryParameter("lang")).contains("de");
            assertThat(query(filler + parameter + "&more=1").queryParameter("lang")).contains("de");
        }

        @Test
        void ignoresAParameterThatTheLimitCuts() {
            // "lang=zh-TW" cut after "zh" would choose simplified Chinese.
            String parameter = "&lang=zh-TW";
            String filler = "x=" + "y".repeat(LocaleRequest.MAX_SCANNED_CHARS - 2 - "&lang=zh".length());
            assertThat((filler + "&lang=zh").length()).isEqualTo(LocaleRequest.MAX_SCANNED_CHARS);

            assertThat(query(filler + parameter).queryParameter("lang")).isEmpty();
        }

        @Test
        void requiresAName() {
            assertThatThrownBy(() -> query("lang=de").queryParameter(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("name");
        }
    }

    @Nested
    class Cookies {
        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "lang=ja                        | ja",
            "a=1; lang=ja; b=2              | ja",
            "a=1;lang=ja;b=2                | ja",
            "`  lang =  ja  ;theme=dark`    | ja",
            "lang=\"ja\"                     | ja",
            "xlang=de; lang=ja              | ja",
            "lang2=de; lang=ja              | ja",
            "lang=de; lang=ja               | de",
            "lang=a=b                       | a=b",
            "lang=\"                        | \"",
            "theme; lang=ja                 | ja",
        })
        void answersTheValueOfTheNamedCookie(String header, String expected) {
            assertThat(cookies(header).cookie("lang")).contains(expected);
        }

        @Test
        void answersAnEmptyValueAsPresentAndEmpty() {
            assertThat(cookies("lang=").cookie("lang")).contains("");
            assertThat(cookies("lang=\"\"").cookie("lang")).contains("");
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"", "xlang=de", "lang2=de", "Lang=de", "lang", "=ja", "la ng=ja", "theme=lang=ja"})
        void answersEmptyUnlessACookieHasExactlyThatName(String header) {
            assertThat(cookies(header).cookie("lang")).isEmpty();
        }

        @Test
        void answersEmptyWithoutACookieHeader() {
            assertThat(LocaleRequest.of(Map.of(), "lang=de").cookie("lang")).isEmpty();
        }

        @Test
        void searchesOnlyTheFirstMaxScannedChars() {
            String filler = "x=" + "y".repeat(LocaleRequest.MAX_SCANNED_CHARS);

            assertThat(cookies(filler + "; lang=de").cookie("lang")).isEmpty();
            assertThat(cookies("lang=de; " + filler).cookie("lang")).contains("de");
        }

        @Test
        void ignoresACookieThatTheLimitCuts() {
            String filler = "x=" + "y".repeat(LocaleRequest.MAX_SCANNED_CHARS - 2 - "; lang=zh".length());
            assertThat((filler + "; lang=zh").length()).isEqualTo(LocaleRequest.MAX_SCANNED_CHARS);

            assertThat(cookies(filler + "; lang=zh-TW").cookie("lang")).isEmpty();
            assertThat(cookies(filler + "; lang=zh").cookie("lang")).contains("zh");
            assertThat(cookies(filler + "; lang=zh; a=b").cookie("lang")).contains("zh");
        }

        @Test
        void requiresAName() {
            assertThatThrownBy(() -> cookies("lang=de").cookie(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("name");
        }
    }

    @Nested
    class CombinedValue {
        @Test
        void oneLineIsTheValueItself() {
            String line = "de-CH, de;q=0.9";

            assertThat(LocaleRequest.combinedValue("Accept-Language", List.of(line).iterator())).containsSame(line);
        }

        @Test
        void theLinesOfAListAreJoinedInOrderWithACommaAndASpace() {
            assertThat(LocaleRequest.combinedValue("Accept-Language", List.of("xx", "fr;q=0.9", "en;q=0.1").iterator()))
                    .contains("xx, fr;q=0.9, en;q=0.1");
        }

        @Test
        void cookieLinesAreJoinedWithASemicolonAndASpaceWhateverTheNamesCase() {
            assertThat(LocaleRequest.combinedValue("cookie", List.of("a=1", "lang=ja").iterator())).contains("a=1; lang=ja");
            assertThat(LocaleRequest.combinedValue("COOKIE", List.of("a=1", "lang=ja").iterator())).contains("a=1; lang=ja");
        }

        @Test
        void nullLinesAreSkippedAndNoLineIsNoValue() {
            assertThat(LocaleRequest.combinedValue("Accept", Arrays.asList(null, "a/b", null, "c/d").iterator())).contains("a/b, c/d");
            assertThat(LocaleRequest.combinedValue("Accept", Arrays.asList((String) null).iterator())).isEmpty();
            assertThat(LocaleRequest.combinedValue("Accept", List.<String>of().iterator())).isEmpty();
        }
    }

    @Nested
    class MadeOfAMap {
        @Test
        void findsAHeaderWhateverTheCaseOfEitherName() {
            LocaleRequest request = LocaleRequest.of(Map.of("ACCEPT-language", List.of("de")), null);

            assertThat(request.header("Accept-Language")).contains("de");
            assertThat(request.header("accept-LANGUAGE")).contains("de");
            assertThat(request.header("Accept")).isEmpty();
        }

        @Test
        void combinesTheValuesOfSeveralFieldLines() {
            LocaleRequest request = LocaleRequest.of(Map.of("Accept-Language", List.of("xx", "fr;q=0.9"),
                    "Cookie", List.of("lang=de", "lang=ja")), null);

            assertThat(request.header("accept-language")).contains("xx, fr;q=0.9");
            assertThat(request.header("Cookie")).contains("lang=de; lang=ja");
            assertThat(request.cookie("lang")).contains("de");
        }

        @Test
        void toleratesNullKeysNullListsAndEmptyLists() {
            Map<String, List<String>> headers = new LinkedHashMap<>(); // as HttpURLConnection gives them
            headers.put(null, List.of("HTTP/1.1 200 OK"));
            headers.put("Accept", null);
            headers.put("Cookie", List.of());
            headers.put("Accept-Language", Arrays.asList((String) null));

            LocaleRequest request = LocaleRequest.of(headers, null);

            assertThat(request.header("Accept")).isEmpty();
            assertThat(request.header("Cookie")).isEmpty();
            assertThat(request.header("Accept-Language")).isEmpty();
            assertThat(request.header("X")).isEmpty();
            assertThat(request).hasToString("LocaleRequest[[null, accept, cookie, accept-language]]");
        }

        @Test
        void readsTheMapItWasGivenRatherThanACopy() {
            Map<String, List<String>> headers = new HashMap<>();
            LocaleRequest request = LocaleRequest.of(headers, null);
            headers.put("Accept-Language", new ArrayList<>(List.of("fr")));

            assertThat(request.header("accept-language")).contains("fr");
        }

        @Test
        void answersTheRawQueryAsGiven() {
            assertThat(LocaleRequest.of(Map.of(), "a=%20b").rawQuery()).contains("a=%20b");
            assertThat(LocaleRequest.of(Map.of(), null).rawQuery()).isEmpty();
        }

        @Test
        void namesItsHeadersInLowerCaseAndWhetherItHasAQuery() {
            assertThat(LocaleRequest.of(Map.of("Accept-Language", List.of("de")), "a=b"))
                    .hasToString("LocaleRequest[[accept-language], query]");
            assertThat(LocaleRequest.of(Map.of(), null)).hasToString("LocaleRequest[[]]");
        }

        @Test
        void requiresAHeaderMap() {
            assertThatThrownBy(() -> LocaleRequest.of(null, null))
                    .isInstanceOf(NullPointerException.class).hasMessage("headers");
        }
    }
}

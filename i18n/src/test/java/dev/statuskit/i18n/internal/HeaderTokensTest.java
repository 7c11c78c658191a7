package dev.statuskit.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testing.Gen;
import dev.statuskit.testing.RandomCases;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one tokenizer of weighted header lists, and its qvalue and token rules. */
class HeaderTokensTest {

    /** {@code value@weight} of each element the tokenizer hands over, taking all of them. */
    static List<String> elements(String header) {
        return elements(header, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    static List<String> elements(CharSequence header, int maxChars, int maxElements) {
        List<String> seen = new ArrayList<>();
        HeaderTokens.read(header, maxChars, maxElements, (s, from, to, weight) -> {
            seen.add(s.subSequence(from, to) + "@" + weight);
            return true;
        });
        return seen;
    }

    @Nested
    class Elements {
        @Test
        void handsOverEachElementInHeaderOrderWithTheFullWeightByDefault() {
            assertThat(elements("de-CH,fr,en")).containsExactly("de-CH@1000", "fr@1000", "en@1000");
        }

        @Test
        void trimsSpacesAndTabsAroundValuesAndParameters() {
            assertThat(elements(" \tde ; q=0.5\t,\t fr\t;\tq=0.25 ,en "))
                    .containsExactly("de@500", "fr@250", "en@1000");
        }

        @Test
        void keepsSpacesInsideAValue() {
            assertThat(elements("a b ;q=0.5")).containsExactly("a b@500");
        }

        @Test
        void handsOverAnEmptyElementAsAnEmptyRangeAndNoneAfterAFinalComma() {
            assertThat(elements(",a, ,b,")).containsExactly("@1000", "a@1000", "@1000", "b@1000");
        }

        @Test
        void handsOverNothingForAnEmptyHeader() {
            assertThat(elements("")).isEmpty();
        }

        @Test
        void givesTheVisitorTheWholeHeaderAndTheRangeOfTheValue() {
            List<String> ranges = new ArrayList<>();
            String header = "ab, cd;q=0.1";
            HeaderTokens.read(header, 100, 100, (s, from, to, weight) -> {
                assertThat(s).isSameAs(header);
                ranges.add(from + ".." + to);
                return true;
            });

            assertThat(ranges).containsExactly("0..2", "4..6");
        }
    }

    @Nested
    class Weights {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "a;q=0         | a@0",
            "a;q=1         | a@1000",
            "a;q=0.5       | a@500",
            "a;q=1.000     | a@1000",
            "a;q=1.        | a@1000",
            "a;q=0.         | a@0",
            "a;q=0.125     | a@125",
            "a;q=0.05      | a@50",
            "a;q=0.001     | a@1",
            "a;Q=0.5       | a@500",
            "a ; q=0.5     | a@500",
            "a;q = 0.5     | a@500",
            "a;qx=0.5      | a@1000",
            "a;qx          | a@1000",
            "a;level=1;q=0.3 | a@300",
            "a;q=0.3;level=1 | a@300",
            "a;q=0.3;q=0.9 | a@300",
            "a;q=0.3;q     | a@300",
            "a;;q=0.7      | a@700",
            "a;            | a@1000",
        })
        void readsTheFirstQParameterAndIgnoresTheRest(String header, String expected) {
            assertThat(elements(header)).containsExactly(expected);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"a;q=2", "a;q=1.001", "a;q=0.1234", "a;q=.5", "a;q=", "a;q= ", "a;q=x", "a;q=-0",
                "a;q=00", "a;q=1.5", "a;q=0.5x", "a;q", "a; q ", "a;Q", "a;q;q=0.5", "a;q=\"0.5\""})
        void skipsAnElementWhoseWeightIsNotAQvalue(String malformed) {
            assertThat(elements(malformed + ",b;q=0.2")).containsExactly("b@200");
        }
    }

    @Nested
    class Limits {
        @Test
        void readsAtMostMaxCharsCharacters() {
            assertThat(elements("a,b,c", 3, 10)).containsExactly("a@1000", "b@1000");
            assertThat(elements("a,b,c", 4, 10)).containsExactly("a@1000", "b@1000");
            assertThat(elements("a,b,c", 0, 10)).isEmpty();
        }

        @Test
        void skipsAnElementThatTheCharacterLimitCuts() {
            // Cut at 7, "en;q=0.9" would read as "en;q=0": an exclusion instead of a preference.
            assertThat(elements("de,en;q=0.9", 9, 10)).containsExactly("de@1000");
            // Cut at 5, "zh-TW" would read as "zh", which means zh-CN.
            assertThat(elements("de,zh-TW", 5, 10)).containsExactly("de@1000");
        }

        @Test
        void keepsAnElementThatEndsExactlyAtTheCharacterLimit() {
            assertThat(elements("de,zh-TW", 8, 10)).containsExactly("de@1000", "zh-TW@1000");
            assertThat(elements("de,zh-TW,fr", 8, 10)).containsExactly("de@1000", "zh-TW@1000");
            assertThat(elements("de,zh-TW,fr", 9, 10)).containsExactly("de@1000", "zh-TW@1000");
        }

        @Test
        void countsOnlyTheElementsTheVisitorTakesTowardsMaxElements() {
            List<String> visited = new ArrayList<>();
            HeaderTokens.read("xx,a,yy,b,c,d", 100, 2, (s, from, to, weight) -> {
                visited.add(s.subSequence(from, to).toString());
                return to - from == 1;
            });

            assertThat(visited).containsExactly("xx", "a", "yy", "b");
        }

        @Test
        void doesNotCountElementsSkippedForTheirWeight() {
            assertThat(elements("a;q=9,b;q=x,c,d", 100, 1)).containsExactly("c@1000");
        }

        @Test
        void handsOverNothingWhenNoElementMayBeTaken() {
            assertThat(elements("a,b", 100, 0)).isEmpty();
        }
    }

    /** A reference reader written with split and regular expressions, to compare the tokenizer with. */
    static final class Reference {
        private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

        static List<String> elements(String header, int maxChars) {
            String read = header.substring(0, Math.min(header.length(), maxChars));
            List<String> pieces = new ArrayList<>(List.of(read.split(",", -1)));
            if (pieces.get(pieces.size() - 1).isEmpty()) {
                pieces.remove(pieces.size() - 1); // nothing after a final comma, or an empty header
            } else if (read.length() < header.length() && header.charAt(read.length()) != ',') {
                pieces.remove(pieces.size() - 1); // cut by the limit
            }
            List<String> elements = new ArrayList<>();
            for (String piece : pieces) {
                String[] parts = piece.split(";", -1);
                int weight = 1000;
                for (int p = 1; p < parts.length; p++) {
                    String parameter = ows(parts[p]);
                    if (parameter.startsWith("q") || parameter.startsWith("Q")) {
                        String rest = ows(parameter.substring(1));
                        if (rest.startsWith("=")) {
                            weight = qvalue(ows(rest.substring(1)));
                            break;
                        }
                        if (rest.isEmpty()) {
                            weight = -1;
                            break;
                        }
                    }
                }
                if (weight >= 0) {
                    elements.add(ows(parts[0]) + "@" + weight);
                }
            }
            return elements;
        }

        static int qvalue(String text) {
            return QVALUE.matcher(text).matches() ? new BigDecimal(text.endsWith(".") ? text + "0" : text)
                    .movePointRight(3).intValueExact() : -1;
        }

        /** Trims spaces and tabs only, the optional white space of HTTP. */
        static String ows(String s) {
            int from = 0;
            int to = s.length();
            while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
                from++;
            }
            while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
                to--;
            }
            return s.substring(from, to);
        }
    }

    @Nested
    class Properties {
        private final Gen<String> headerLike = Gen.chars("aq=;, \t0.1Qx5", 40);

        @Test
        void readsHeaderLikeTextAsTheReferenceReaderDoes() {
            Gen<List<Object>> cases = random -> List.of(headerLike.next(random), Gen.ints(0, 45).next(random));
            RandomCases.check(3000, cases, c -> {
                String header = (String) c.get(0);
                int maxChars = (Integer) c.get(1);
                assertThat(HeaderTokensTest.elements(header, maxChars, Integer.MAX_VALUE))
                        .as("maxChars %d", maxChars)
                        .isEqualTo(Reference.elements(header, maxChars));
            });
        }

        @Test
        void neverThrowsAndHandsOverOnlyTrimmedRangesWithinTheLimit() {
            Gen<String> text = Gen.oneOf(Gen.anyUtf16(300), headerLike);
            Gen<List<Object>> cases = random -> List.of(text.next(random), Gen.ints(0, 320).next(random),
                    Gen.ints(0, 8).next(random));
            RandomCases.check(2000, cases, c -> {
                String header = (String) c.get(0);
                int maxChars = (Integer) c.get(1);
                int maxElements = (Integer) c.get(2);
                int[] taken = {0};
                HeaderTokens.read(header, maxChars, maxElements, (s, from, to, weight) -> {
                    assertThat(from).isBetween(0, to);
                    assertThat(to).isLessThanOrEqualTo(Math.min(header.length(), maxChars));
                    assertThat(weight).isBetween(0, HeaderTokens.MAX_WEIGHT);
                    String value = header.substring(from, to);
                    assertThat(value).doesNotContain(",", ";");
                    assertThat(value).isEqualTo(Reference.ows(value));
                    taken[0]++;
                    return true;
                });
                assertThat(taken[0]).isLessThanOrEqualTo(maxElements);
            });
        }
    }

    /** Wraps text and counts every character read through it; reading past {@code readable} fails. */
    static final class CountingChars implements CharSequence {
        final String text;
        final int readable;
        long reads;

        CountingChars(String text, int readable) {
            this.text = text;
            this.readable = readable;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            assertThat(index).as("index read").isLessThan(readable);
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            assertThat(end).as("end of a subsequence").isLessThanOrEqualTo(readable);
            reads += end - start;
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Nested
    class BoundedWork {
        static final int MAX_CHARS = 8192;

        static List<String> hostileHeaders() {
            return List.of(
                    "1,".repeat(4096),
                    ";".repeat(MAX_CHARS),
                    ",".repeat(MAX_CHARS),
                    " ".repeat(MAX_CHARS),
                    "\t;\t".repeat(3000),
                    ";q".repeat(4096),
                    ";q = ".repeat(2000),
                    "a;q=0.5;".repeat(1000),
                    "a;q=0.55555".repeat(800),
                    "a;" + "x=1;".repeat(2000),
                    "a" + " ".repeat(8000) + ";q=1",
                    "de;q=0.9,".repeat(100_000));                      // a megabyte: only the limit is read
        }

        @ParameterizedTest(name = "[{index}]")
        @MethodSource("hostileHeaders")
        void readsEachCharacterABoundedNumberOfTimesAndNoneBeyondTheLimit(String header) {
            CountingChars counting = new CountingChars(header, MAX_CHARS + 1);
            int[] elements = {0};

            HeaderTokens.read(counting, MAX_CHARS, Integer.MAX_VALUE, (s, from, to, weight) -> ++elements[0] > 0);

            int read = Math.min(header.length(), MAX_CHARS);
            assertThat(counting.reads).as("reads of %d characters", read).isLessThanOrEqualTo(5L * read + 8);
        }

        @Test
        void readsEachCharacterABoundedNumberOfTimesWhateverTheText() {
            Gen<String> text = Gen.oneOf(Gen.chars("q=;, \t0.1", 600), Gen.anyUtf16(600));
            RandomCases.check(500, text, header -> {
                CountingChars counting = new CountingChars(header, 513);

                HeaderTokens.read(counting, 512, Integer.MAX_VALUE, (s, from, to, weight) -> true);

                assertThat(counting.reads).isLessThanOrEqualTo(5L * Math.min(header.length(), 512) + 8);
            });
        }
    }

    @Nested
    class Qvalues {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"0, 0", "1, 1000", "0., 0", "1., 1000", "0.5, 500", "0.05, 50", "0.005, 5", "0.999, 999",
                "1.0, 1000", "1.00, 1000", "1.000, 1000", "0.000, 0", "0.100, 100"})
        void readsAQvalueInThousandths(String text, int expected) {
            assertThat(HeaderTokens.qvalue(text, 0, text.length())).isEqualTo(expected);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", " ", "2", "9", "-0", "+1", ".5", "00", "01", "10", "0,5", "1.5", "1.001", "1.01",
                "0.0000", "0.1234", "0.5a", "0.x", "0..", "1.0000", "0.5 ", " 0.5", "\uFF10", "0.\uFF15"})
        void rejectsAnythingElse(String text) {
            assertThat(HeaderTokens.qvalue(text, 0, text.length())).isEqualTo(-1);
        }

        @Test
        void readsOnlyTheGivenRange() {
            assertThat(HeaderTokens.qvalue("x=0.25;", 2, 6)).isEqualTo(250);
            assertThat(HeaderTokens.qvalue("x=0.25;", 2, 7)).isEqualTo(-1);
            assertThat(HeaderTokens.qvalue("0.5", 1, 1)).isEqualTo(-1);
        }

        @Test
        void readsEveryThousandthWithOneTwoOrThreeDecimals() {
            for (int thousandths = 0; thousandths < 1000; thousandths++) {
                String three = String.format("0.%03d", thousandths);
                assertThat(HeaderTokens.qvalue(three, 0, three.length())).as(three).isEqualTo(thousandths);
                String shortest = three.replaceAll("0+$", "");
                assertThat(HeaderTokens.qvalue(shortest, 0, shortest.length())).as(shortest).isEqualTo(thousandths);
            }
        }
    }

    @Nested
    class Tokens {
        @Test
        void acceptsEveryTcharOfRfc9110() {
            String tchars = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

            assertThat(HeaderTokens.isToken(tchars, 0, tchars.length())).isTrue();
        }

        @Test
        void rejectsEveryOtherAsciiCharacterAndAnyOtherChar() {
            String tchars = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
            List<Character> accepted = new ArrayList<>();
            for (char c = 0; c < 0x100; c++) {
                String one = "a" + c + "b";
                if (HeaderTokens.isToken(one, 0, 3)) {
                    accepted.add(c);
                }
            }

            assertThat(accepted).hasSize(tchars.length());
            assertThat(accepted).allMatch(c -> tchars.indexOf(c) >= 0);
            assertThat(HeaderTokens.isToken("a\u00e9", 0, 2)).isFalse();
            assertThat(HeaderTokens.isToken("\uD83D\uDE00", 0, 2)).isFalse();
        }

        @Test
        void rejectsAnEmptyRangeAndReadsOnlyTheGivenRange() {
            assertThat(HeaderTokens.isToken("", 0, 0)).isFalse();
            assertThat(HeaderTokens.isToken("text/html", 4, 4)).isFalse();
            assertThat(HeaderTokens.isToken("text/html", 0, 4)).isTrue();
            assertThat(HeaderTokens.isToken("text/html", 5, 9)).isTrue();
            assertThat(HeaderTokens.isToken("text/html", 0, 5)).isFalse();
        }

        @Test
        void agreesWithTheGrammarOnRandomText() {
            Pattern token = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
            RandomCases.check(2000, Gen.chars("aZ9!~|/;= \"(),\t\u00e9\u0000", 8),
                    text -> assertThat(HeaderTokens.isToken(text, 0, text.length()))
                            .isEqualTo(token.matcher(text).matches()));
        }
    }

    @Nested
    class Find {
        @Test
        void findsTheFirstOccurrenceInTheRangeOrAnswersItsEnd() {
            assertThat(HeaderTokens.find("a,b,c", ',', 0, 5)).isEqualTo(1);
            assertThat(HeaderTokens.find("a,b,c", ',', 2, 5)).isEqualTo(3);
            assertThat(HeaderTokens.find("a,b,c", ',', 4, 5)).isEqualTo(5);
            assertThat(HeaderTokens.find("a,b,c", ';', 0, 5)).isEqualTo(5);
            assertThat(HeaderTokens.find("a,b,c", ',', 2, 2)).isEqualTo(2);
        }

        @Test
        void neverReadsPastTheEndOfTheRange() {
            CountingChars counting = new CountingChars("abc,def", 3);

            assertThat(HeaderTokens.find(counting, ',', 0, 3)).isEqualTo(3);
            assertThat(counting.reads).isEqualTo(3);
        }
    }
}

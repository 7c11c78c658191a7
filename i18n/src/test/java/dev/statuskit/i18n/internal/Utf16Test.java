package dev.statuskit.i18n.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.testing.Gen;
import dev.statuskit.testing.RandomCases;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Surrogate pairs, lone surrogates and UTF-8 lengths, the same everywhere. */
class Utf16Test {
    private static final String HIGH = "\uD83D";
    private static final String LOW = "\uDE00";
    private static final String PAIR = HIGH + LOW; // U+1F600

    @Nested
    class Surrogates {
        @Test
        void findsAPairAtItsHighSurrogateOnly() {
            assertThat(Utf16.isPairAt(PAIR, 0)).isTrue();
            assertThat(Utf16.isPairAt(PAIR, 1)).isFalse();
            assertThat(Utf16.isPairAt("a" + PAIR, 1)).isTrue();
            assertThat(Utf16.isPairAt(LOW + HIGH, 0)).isFalse();
            assertThat(Utf16.isPairAt("a" + HIGH, 1)).as("a high surrogate at the end").isFalse();
            assertThat(Utf16.isPairAt(HIGH + HIGH + LOW, 0)).isFalse();
            assertThat(Utf16.isPairAt("ab", 0)).isFalse();
        }

        @Test
        void findsLoneSurrogatesAtEitherEndAndInTheMiddle() {
            assertThat(Utf16.isLoneSurrogateAt(HIGH, 0)).as("a high surrogate at the end").isTrue();
            assertThat(Utf16.isLoneSurrogateAt(LOW + "a", 0)).as("a low surrogate at the start").isTrue();
            assertThat(Utf16.isLoneSurrogateAt("a" + HIGH + "b", 1)).isTrue();
            assertThat(Utf16.isLoneSurrogateAt("a" + LOW + "b", 1)).isTrue();
            assertThat(Utf16.isLoneSurrogateAt(LOW + HIGH, 0)).isTrue();
            assertThat(Utf16.isLoneSurrogateAt(LOW + HIGH, 1)).isTrue();
            assertThat(Utf16.isLoneSurrogateAt(HIGH + PAIR, 0)).isTrue();
        }

        @Test
        void neverCallsAHalfOfAPairOrAnotherCharLone() {
            assertThat(Utf16.isLoneSurrogateAt(PAIR, 0)).isFalse();
            assertThat(Utf16.isLoneSurrogateAt(PAIR, 1)).isFalse();
            assertThat(Utf16.isLoneSurrogateAt(HIGH + PAIR, 1)).isFalse();
            assertThat(Utf16.isLoneSurrogateAt(HIGH + PAIR, 2)).isFalse();
            assertThat(Utf16.isLoneSurrogateAt("a\uFFFF\uE000", 1)).isFalse();
            assertThat(Utf16.isLoneSurrogateAt("a\uFFFF\uE000", 2)).isFalse();
        }

        @ParameterizedTest(name = "[{index}]")
        @ValueSource(strings = {"", "abc", "\u00e9\u20ac", PAIR, "a" + PAIR + "b" + PAIR, "\uD800\uDC00", "\uDBFF\uDFFF"})
        void seesNoLoneSurrogateInWellFormedText(String text) {
            assertThat(Utf16.hasLoneSurrogate(text)).isFalse();
        }

        @ParameterizedTest(name = "[{index}]")
        @ValueSource(strings = {HIGH, LOW, "a" + HIGH, LOW + "a", LOW + HIGH, HIGH + PAIR, PAIR + LOW, PAIR + HIGH,
                "a" + HIGH + "b"})
        void seesALoneSurrogateAnywhere(String text) {
            assertThat(Utf16.hasLoneSurrogate(text)).isTrue();
        }

        @Test
        void agreesWithTheCharByCharDefinitionOnRandomText() {
            RandomCases.check(2000, Gen.anyUtf16(40), text -> {
                boolean anyLone = false;
                for (int i = 0; i < text.length(); i++) {
                    anyLone |= Utf16.isLoneSurrogateAt(text, i);
                }
                assertThat(Utf16.hasLoneSurrogate(text)).isEqualTo(anyLone);
            });
        }
    }

    @Nested
    class Replacing {
        @ParameterizedTest(name = "[{index}]")
        @ValueSource(strings = {"", "abc", PAIR, "\u00e9" + PAIR + "\uFFFD"})
        void returnsTheSameInstanceWhenNothingIsLone(String text) {
            String copy = new String(text.toCharArray());

            assertThat(Utf16.replaceLoneSurrogates(copy)).isSameAs(copy);
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource({
            "D83D,         FFFD",
            "DE00 0061,    FFFD 0061",
            "0061 D83D,    0061 FFFD",
            "DE00 D83D,    FFFD FFFD",
            "D83D D83D DE00, FFFD D83D DE00",
            "D83D DE00 DE00, D83D DE00 FFFD",
            "0061 DBFF 0062, 0061 FFFD 0062",
        })
        void replacesEachLoneSurrogateByU_FFFDAndKeepsPairs(String input, String expected) {
            assertThat(Utf16.replaceLoneSurrogates(chars(input))).isEqualTo(chars(expected));
        }

        @Test
        void leavesTextThatEncodesAndDecodesUnchangedInUtf8() {
            RandomCases.check(2000, Gen.anyUtf16(60), text -> {
                String repaired = Utf16.replaceLoneSurrogates(text);

                assertThat(repaired).hasSameSizeAs(text);
                assertThat(Utf16.hasLoneSurrogate(repaired)).isFalse();
                assertThat(new String(repaired.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                        .isEqualTo(repaired);
                for (int i = 0; i < text.length(); i++) {
                    char expected = Utf16.isLoneSurrogateAt(text, i) ? Utf16.REPLACEMENT_CHARACTER : text.charAt(i);
                    assertThat(repaired.charAt(i)).as("char %d", i).isEqualTo(expected);
                }
            });
        }

        /** Text from hexadecimal UTF-16 code units separated by spaces. */
        private static String chars(String hex) {
            StringBuilder text = new StringBuilder();
            for (String unit : hex.strip().split(" +")) {
                text.append((char) Integer.parseInt(unit, 16));
            }
            return text.toString();
        }
    }

    @Nested
    class Utf8Lengths {
        @ParameterizedTest(name = "U+{0} -> {1}")
        @CsvSource({"0000, 1", "0041, 1", "007F, 1", "0080, 2", "00E9, 2", "07FF, 2", "0800, 3", "20AC, 3",
                "FFFD, 3", "FFFF, 3", "D800, 3", "DBFF, 3", "DC00, 3", "DFFF, 3"})
        void countsTheBytesOfOneChar(String hex, int bytes) {
            String one = String.valueOf((char) Integer.parseInt(hex, 16));

            assertThat(Utf16.utf8Width(one, 0)).isEqualTo(bytes);
            assertThat(Utf16.utf8Length(one)).isEqualTo(bytes);
        }

        @Test
        void countsAPairAtItsHighSurrogate() {
            assertThat(Utf16.utf8Width(PAIR, 0)).isEqualTo(4);
            assertThat(Utf16.utf8Width(PAIR, 1)).isEqualTo(0);
            assertThat(Utf16.utf8Length(PAIR)).isEqualTo(4);
            assertThat(Utf16.utf8Length("a" + PAIR + "\u00e9")).isEqualTo(7);
        }

        @Test
        void countsALoneSurrogateAsU_FFFDThreeBytes() {
            assertThat(Utf16.utf8Length(HIGH)).isEqualTo(3);
            assertThat(Utf16.utf8Length(LOW)).isEqualTo(3);
            assertThat(Utf16.utf8Length(LOW + HIGH)).isEqualTo(6);
            assertThat(Utf16.utf8Length(HIGH + PAIR)).isEqualTo(7);
            assertThat(Utf16.utf8Width(LOW + HIGH, 1)).isEqualTo(3);
        }

        @Test
        void equalsTheLengthOfTheJdkEncodingForWellFormedText() {
            RandomCases.check(2000, Gen.wellFormed(80),
                    text -> assertThat(Utf16.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length));
        }

        @Test
        void equalsTheLengthOfTheRepairedTextForAnyText() {
            RandomCases.check(2000, Gen.anyUtf16(80), text -> assertThat(Utf16.utf8Length(text))
                    .isEqualTo(Utf16.replaceLoneSurrogates(text).getBytes(StandardCharsets.UTF_8).length));
        }
    }

    @Nested
    class Utf8Prefixes {
        @ParameterizedTest(name = "{0} bytes -> {1}")
        @CsvSource({"0, 0", "1, 1", "4, 1", "5, 3", "6, 3", "7, 4", "8, 4", "100, 4"})
        void endsAfterTheLastWholeCharThatFits(int maxBytes, int end) {
            assertThat(Utf16.utf8PrefixEnd("a" + PAIR + "\u00e9", maxBytes)).isEqualTo(end);
        }

        @Test
        void isEmptyForNoBytesOrFewerThanTheFirstCharNeeds() {
            assertThat(Utf16.utf8PrefixEnd("", 0)).isZero();
            assertThat(Utf16.utf8PrefixEnd("", 10)).isZero();
            assertThat(Utf16.utf8PrefixEnd("abc", 0)).isZero();
            assertThat(Utf16.utf8PrefixEnd("abc", -1)).isZero();
            assertThat(Utf16.utf8PrefixEnd("\u20ac", 2)).isZero();
            assertThat(Utf16.utf8PrefixEnd(PAIR, 3)).isZero();
        }

        @Test
        void countsALoneSurrogateAsThreeBytes() {
            assertThat(Utf16.utf8PrefixEnd(HIGH + "a", 3)).isEqualTo(1);
            assertThat(Utf16.utf8PrefixEnd(HIGH + "a", 2)).isZero();
            assertThat(Utf16.utf8PrefixEnd(LOW + HIGH + "a", 6)).isEqualTo(2);
        }

        @Test
        void isTheLongestPrefixThatFitsAndNeverSplitsAPair() {
            Gen<List<Object>> cases = random -> {
                String text = Gen.anyUtf16(30).next(random);
                return List.of(text, Gen.ints(-1, text.length() * 4 + 1).next(random));
            };
            RandomCases.check(3000, cases, c -> {
                String text = (String) c.get(0);
                int maxBytes = (Integer) c.get(1);

                int end = Utf16.utf8PrefixEnd(text, maxBytes);

                assertThat(end).isBetween(0, text.length());
                assertThat(end > 0 && end < text.length() && Utf16.isPairAt(text, end - 1)).as("splits a pair").isFalse();
                assertThat(Utf16.utf8Length(text.substring(0, end))).isLessThanOrEqualTo(Math.max(maxBytes, 0));
                if (end < text.length()) {
                    int next = end + (Utf16.isPairAt(text, end) ? 2 : 1);
                    assertThat(Utf16.utf8Length(text.substring(0, next))).as("one more char").isGreaterThan(maxBytes);
                }
            });
        }
    }
}

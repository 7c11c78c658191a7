package dev.statuskit.icu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.http.MessageFormatter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcuMessageFormatterTest {
    static final MessageFormatter ICU = IcuMessageFormatter.INSTANCE;
    static final String CATEGORIES =
            "{0, plural, zero {zero} one {one} two {two} few {few} many {many} other {other}}";
    static final int[] COUNTS = {0, 1, 2, 3, 5, 11, 21, 22, 100, 1000000};

    static String categories(String tag) {
        return IntStream.of(COUNTS).mapToObj(n -> ICU.format(CATEGORIES, Locale.forLanguageTag(tag), List.of(n)))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | other one other other other other other other other other
            zh-CN | other other other other other other other other other other
            zh-TW | other other other other other other other other other other
            ja    | other other other other other other other other other other
            ko    | other other other other other other other other other other
            de    | other one other other other other other other other other
            fr    | one one other other other other other other other many
            es    | other one other other other other other other other many
            pt-BR | one one other other other other other other other many
            ru    | many one few few many many one few many many
            it    | other one other other other other other other other many
            ar    | zero one two few few many many many other other
            nl    | other one other other other other other other other other
            pl    | many one few few many many many few many many
            tr    | other one other other other other other other other other
            uk    | many one few few many many one few many many
            vi    | other other other other other other other other other other
            id    | other other other other other other other other other other
            th    | other other other other other other other other other other
            he    | other one two other other other other other other other
            """)
    void everySupportedLanguageChoosesItsOwnCldrPluralCategory(String tag, String expected) {
        assertThat(categories(tag)).as("categories of %s for %s", tag, Arrays.toString(COUNTS)).isEqualTo(expected);
    }

    @Test
    void aPluralMessageReadsRightInRussianAndArabic() {
        String ru = "{0, plural, one {# попытка} few {# попытки} many {# попыток} other {# попытки}}";
        assertThat(ICU.format(ru, Locale.forLanguageTag("ru"), List.of(1))).isEqualTo("1 попытка");
        assertThat(ICU.format(ru, Locale.forLanguageTag("ru"), List.of(3))).isEqualTo("3 попытки");
        assertThat(ICU.format(ru, Locale.forLanguageTag("ru"), List.of(25))).isEqualTo("25 попыток");
        String ar = "{0, plural, zero {لا محاولات} one {محاولة واحدة} two {محاولتان} few {# محاولات} many {# محاولة} other {# محاولة}}";
        assertThat(ICU.format(ar, Locale.forLanguageTag("ar"), List.of(2))).isEqualTo("محاولتان");
        assertThat(ICU.format(ar, Locale.forLanguageTag("ar"), List.of(4))).isEqualTo("4 محاولات");
    }

    @Test
    void numbersAndDatesAreWrittenAsEachLanguageWritesThem() {
        String pattern = "{0, number} {1, date, long}";
        List<Object> arguments = List.of(1234567.5, LocalDate.of(2026, 11, 28));
        assertThat(ICU.format(pattern, Locale.GERMAN, arguments)).isEqualTo("1.234.567,5 28. November 2026");
        assertThat(ICU.format(pattern, Locale.forLanguageTag("fr"), arguments))
                .isEqualTo("1\u202F234\u202F567,5 28 novembre 2026");
        assertThat(ICU.format(pattern, Locale.forLanguageTag("th"), arguments))
                .as("the Buddhist calendar").isEqualTo("1,234,567.5 28 พฤศจิกายน 2569");
        assertThat(ICU.format("{0, date, short}", Locale.JAPANESE, List.of(Instant.parse("2026-11-28T23:30:00Z"))))
                .as("an Instant is written in UTC").isEqualTo("2026/11/28");
    }

    @Test
    void anApostropheBeforeALetterNeedsNoDoubling() {
        assertThat(ICU.format("L'adresse {0} n''existe pas.", Locale.FRENCH, List.of("x")))
                .isEqualTo("L'adresse x n'existe pas.");
    }

    @Test
    void aMalformedPatternOrNamedArgumentsAreRejected() {
        assertThatThrownBy(() -> ICU.format("{0, plural, one {x}", Locale.ENGLISH, List.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ICU.format("{count}", Locale.ENGLISH, List.of(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numbered");
    }

    @Test
    void isWhatStatusKitDiscoversOnTheClassPath() {
        assertThat(MessageFormatter.discover()).isInstanceOf(IcuMessageFormatter.class);
    }
}

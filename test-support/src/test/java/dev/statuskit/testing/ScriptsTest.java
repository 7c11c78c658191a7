package dev.statuskit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptsTest {

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
        "'Nicht gefunden', de, true",
        "'Not Found', he, false",
        "'לא נמצא', he, true",
        "'ไม่พบ', th, true",
        "'Не знайдено', uk, true",
        "'Not Found', uk, false",
        "'未找到', zh-CN, true",
        "'未実装', ja, false",
        "'見つかりません', ja, true",
        "'404 · 1011', en, false",
    })
    void tellsWhetherATextHasALetterOfTheLanguagesScript(String text, String tag, boolean expected) {
        assertThat(Scripts.isWrittenIn(text, Locale.forLanguageTag(tag))).isEqualTo(expected);
    }

    @Test
    void countsKanjiAsJapaneseOnlyForTheWritingSystem() {
        assertThat(Scripts.usesWritingSystemOf("説明", Locale.JAPANESE)).isTrue();
        assertThat(Scripts.usesWritingSystemOf("説明", Locale.KOREAN)).isFalse();
        assertThat(Scripts.usesWritingSystemOf("JSON", Locale.JAPANESE)).isFalse();
    }

    @Test
    void refusesALanguageItDoesNotKnowRatherThanCallingItLatin() {
        assertThatThrownBy(() -> Scripts.isWrittenIn("Ei löytynyt", Locale.forLanguageTag("fi")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No script is known for fi; add it to Scripts");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "Tiếng Việt, true",
        "Không tìm thấy, true",
        "lỗi, true",
        "Thông tin, false",
        "Ơ Ư Ă Â Đ, false",
        "OK, false",
    })
    void findsVietnameseToneMarksPrecomposedOrCombining(String text, boolean expected) {
        assertThat(Scripts.hasVietnameseToneMark(text)).isEqualTo(expected);
        assertThat(Scripts.hasVietnameseToneMark(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)))
                .isEqualTo(expected);
    }

    @Test
    void singlesOutTheLettersThatTellUkrainianPolishAndTurkishFromTheirNeighbours() {
        assertThat(Scripts.ownLetters(Locale.forLanguageTag("uk"))).isEqualTo("іїє");
        assertThat(Scripts.foreignLetters(Locale.forLanguageTag("uk"))).isEqualTo("ыэъё");
        assertThat(Scripts.foreignLetters(Locale.forLanguageTag("ru"))).isEqualTo("іїєґ");
        assertThat(Scripts.ownLetters(Locale.forLanguageTag("pl"))).isEqualTo("ąęł");
        assertThat(Scripts.ownLetters(Locale.forLanguageTag("tr"))).isEqualTo("ışğ");
        assertThat(Scripts.ownLetters(Locale.GERMAN)).isEmpty();
    }
}

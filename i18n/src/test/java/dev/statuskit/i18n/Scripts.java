package dev.statuskit.i18n;

import java.lang.Character.UnicodeScript;
import java.util.Locale;

/** Which script a language is written in, for the tests that check translations are really translated. */
final class Scripts {
    private Scripts() {
    }

    /** Whether the text holds at least one letter of the locale's own script (kana for Japanese). */
    static boolean isWrittenIn(String text, Locale locale) {
        return text.codePoints().anyMatch(c -> matches(c, locale.getLanguage()));
    }

    private static boolean matches(int c, String language) {
        UnicodeScript script = UnicodeScript.of(c);
        switch (language) {
            case "zh": return script == UnicodeScript.HAN;
            case "ja": return script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
            case "ko": return script == UnicodeScript.HANGUL;
            case "ru": case "uk": return script == UnicodeScript.CYRILLIC;
            case "ar": return script == UnicodeScript.ARABIC;
            case "he": return script == UnicodeScript.HEBREW;
            case "th": return script == UnicodeScript.THAI;
            default: return script == UnicodeScript.LATIN;
        }
    }
}

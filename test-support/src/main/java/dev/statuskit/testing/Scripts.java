package dev.statuskit.testing;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How each shipped language is written, for the tests that check a translation is really in its language:
 * the script, the letters that mark the language among the shipped ones, and Vietnamese tone marks.
 */
public final class Scripts {
    /** The script of each shipped language; a language missing here is an error, not Latin by default. */
    private static final Map<String, Set<UnicodeScript>> SCRIPTS = Map.ofEntries(
            Map.entry("en", Set.of(UnicodeScript.LATIN)),
            Map.entry("zh", Set.of(UnicodeScript.HAN)),
            // Kana, not kanji: Chinese text has kanji too, only Japanese has kana.
            Map.entry("ja", Set.of(UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA)),
            Map.entry("ko", Set.of(UnicodeScript.HANGUL)),
            Map.entry("de", Set.of(UnicodeScript.LATIN)),
            Map.entry("fr", Set.of(UnicodeScript.LATIN)),
            Map.entry("es", Set.of(UnicodeScript.LATIN)),
            Map.entry("pt", Set.of(UnicodeScript.LATIN)),
            Map.entry("ru", Set.of(UnicodeScript.CYRILLIC)),
            Map.entry("it", Set.of(UnicodeScript.LATIN)),
            Map.entry("ar", Set.of(UnicodeScript.ARABIC)),
            Map.entry("nl", Set.of(UnicodeScript.LATIN)),
            Map.entry("pl", Set.of(UnicodeScript.LATIN)),
            Map.entry("tr", Set.of(UnicodeScript.LATIN)),
            Map.entry("uk", Set.of(UnicodeScript.CYRILLIC)),
            Map.entry("vi", Set.of(UnicodeScript.LATIN)),
            Map.entry("id", Set.of(UnicodeScript.LATIN)),
            Map.entry("th", Set.of(UnicodeScript.THAI)),
            Map.entry("he", Set.of(UnicodeScript.HEBREW)));

    /**
     * Letters that tell a language from its neighbours, each of which a whole translated bundle must use:
     * і, ї, є are Ukrainian and not Russian; ą, ę, ł Polish; ı, ş, ğ Turkish.
     */
    private static final Map<String, String> OWN_LETTERS = Map.of("uk", "іїє", "pl", "ąęł", "tr", "ışğ");

    /** Letters a language does not have but its neighbour does: Russian ы, э, ъ, ё in Ukrainian, and back. */
    private static final Map<String, String> FOREIGN_LETTERS = Map.of("uk", "ыэъё", "ru", "іїєґ");

    /** The five Vietnamese tones other than the level one, as combining marks: huyền, sắc, ngã, hỏi, nặng. */
    private static final String VIETNAMESE_TONES = "\u0300\u0301\u0303\u0309\u0323";

    private Scripts() {
    }

    /**
     * Whether the text holds at least one letter of the language's script (kana for Japanese).
     *
     * @throws IllegalArgumentException for a language this class does not know
     */
    public static boolean isWrittenIn(String text, Locale locale) {
        Set<UnicodeScript> scripts = scriptsOf(locale);
        return text.codePoints().anyMatch(c -> Character.isLetter(c) && scripts.contains(UnicodeScript.of(c)));
    }

    /**
     * Whether the text holds at least one letter of the language's writing system: as {@link #isWrittenIn},
     * but Japanese kanji count too, since a short Japanese label is often kanji alone (説明, 結果).
     */
    public static boolean usesWritingSystemOf(String text, Locale locale) {
        Set<UnicodeScript> scripts = scriptsOf(locale);
        boolean japanese = locale.getLanguage().equals("ja");
        return text.codePoints().anyMatch(c -> Character.isLetter(c)
                && (scripts.contains(UnicodeScript.of(c)) || japanese && UnicodeScript.of(c) == UnicodeScript.HAN));
    }

    /** The scripts a language is recognized by. */
    public static Set<UnicodeScript> scriptsOf(Locale locale) {
        Set<UnicodeScript> scripts = SCRIPTS.get(locale.getLanguage());
        if (scripts == null) {
            throw new IllegalArgumentException("No script is known for " + locale.toLanguageTag() + "; add it to Scripts");
        }
        return scripts;
    }

    /** The letters a whole translation into this language must use; empty where none is singled out. */
    public static String ownLetters(Locale locale) {
        return OWN_LETTERS.getOrDefault(locale.getLanguage(), "");
    }

    /** The letters a translation into this language must never use; empty where none is singled out. */
    public static String foreignLetters(Locale locale) {
        return FOREIGN_LETTERS.getOrDefault(locale.getLanguage(), "");
    }

    /**
     * Whether the text holds a vowel with a Vietnamese tone mark (ả, ờ, ệ, ữ, ế, ...), precomposed or combining.
     * Marks that only make a vowel (â, ă, ơ, ư) are not tones: "Thông tin" has none.
     */
    public static boolean hasVietnameseToneMark(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).chars().anyMatch(c -> VIETNAMESE_TONES.indexOf(c) >= 0);
    }
}

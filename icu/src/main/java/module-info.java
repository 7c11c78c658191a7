/**
 * StatusKit ICU: formats the details of problem types with ICU4J's {@code MessageFormat}, so that
 * {@code {count, plural, one {...} other {...}}} follows the CLDR plural rules of each language, and numbers and
 * dates are written as the language writes them. Found by {@code dev.statuskit.http.MessageFormatter.discover()}.
 */
module dev.statuskit.icu {
    requires transitive dev.statuskit.http;
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;
    // An automatic module: ICU4J's manifest names it (hence -Xlint:-requires-automatic in this module's pom).
    requires com.ibm.icu;

    exports dev.statuskit.icu;

    provides dev.statuskit.http.MessageFormatter with dev.statuskit.icu.IcuMessageFormatter;
}

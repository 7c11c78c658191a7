/**
 * StatusKit i18n: the HTTP status code and WebSocket close code registries, their localized texts in twenty languages, and
 * {@code Accept-Language} negotiation with pluggable {@linkplain dev.statuskit.i18n.LocaleResolver locale
 * resolvers}. Depends on the JDK alone: the annotations it carries (JSpecify nullness, apiguardian status)
 * are needed at compile time only.
 */
module dev.statuskit.i18n {
    // Compile-time annotations; transitive so that readers of this module's API see them too.
    requires static transitive org.jspecify;
    requires static transitive org.apiguardian.api;

    exports dev.statuskit.i18n;
    // The shared header tokenizer and UTF-16 helper, for StatusKit's own modules only. (They are not on the
    // module path when this module compiles, hence -Xlint:-module in this module's pom.)
    exports dev.statuskit.i18n.internal to dev.statuskit.http, dev.statuskit.websocket;
}

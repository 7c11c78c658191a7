/**
 * StatusKit i18n: the HTTP status code and WebSocket close code registries, their localized texts
 * in twenty languages, and {@code Accept-Language} negotiation. Depends on the JDK alone.
 */
module dev.statuskit.i18n {
    exports dev.statuskit.i18n;
}

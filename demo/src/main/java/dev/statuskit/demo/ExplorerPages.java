package dev.statuskit.demo;

import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.websocket.CloseClassifier;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The status explorer's answer, for {@link ExplorerServlet} and the Grizzly root resource alike: the language
 * comes from {@code ?lang=} when it names a supported locale, else from {@code Accept-Language}. Pages are
 * rendered once per locale and kept.
 */
final class ExplorerPages {
    /** The explorer's Content-Type. */
    static final String CONTENT_TYPE = "text/html;charset=utf-8";

    private final StatusCatalog catalog;
    private final ExplorerPage page;
    private final Map<Locale, byte[]> pages = new ConcurrentHashMap<>();

    ExplorerPages(StatusCatalog catalog, CloseClassifier classifier) {
        this.catalog = catalog;
        this.page = new ExplorerPage(catalog, classifier);
    }

    /** The page for a request's {@code lang} parameter and {@code Accept-Language} header, either of them absent. */
    Page page(@Nullable String lang, @Nullable String acceptLanguage) {
        Locale locale = lang == null ? null : catalog.negotiator().match(lang).orElse(null);
        if (locale == null) {
            locale = catalog.negotiate(acceptLanguage);
        }
        return new Page(locale, pages.computeIfAbsent(locale, page::render));
    }

    /**
     * One rendered page: sent as {@link #CONTENT_TYPE}, with {@code Content-Language: }{@link #language()} and
     * {@code Vary: Accept-Language}.
     *
     * @param locale the page's language
     * @param body the page in UTF-8; not to be modified
     */
    record Page(Locale locale, byte[] body) {
        /** The Content-Language header's value. */
        String language() {
            return locale.toLanguageTag();
        }
    }
}

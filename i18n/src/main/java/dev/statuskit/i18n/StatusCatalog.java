package dev.statuskit.i18n;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.internal.BundleLoader;
import dev.statuskit.i18n.internal.LocaleTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Localized titles and descriptions for every HTTP status code and WebSocket close code, with locale
 * negotiation over an explicit supported set.
 *
 * <p>All texts are loaded and resolved once, when the catalog is built; every lookup afterwards is an
 * array or hash access that allocates nothing. {@link #standard()} is the shared catalog with the twenty
 * shipped locales; {@link #builder()} makes one with application bundles, another locale set or another
 * default.
 *
 * <p>Message keys follow one scheme: {@code http.<code>.title}, {@code http.<code>.description},
 * {@code http.class.<n>xx.title|description}, {@code ws.<code>.name}, {@code ws.<code>.description} and
 * {@code ws.category.<id>.name|description}. An application bundle may override any of them, key by key,
 * and may add keys of its own, read with {@link #text(String, Locale)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class StatusCatalog {
    /** The base name of StatusKit's own bundles. */
    public static final String BUNDLE = "dev/statuskit/i18n/messages";

    /**
     * The twenty locales StatusKit ships, English first: en, zh-CN, zh-TW, ja, ko, de, fr, es, pt-BR, ru, it,
     * ar, nl, pl, tr, uk, vi, id, th, he. The order breaks negotiation ties and orders the demo's switcher.
     */
    public static final List<Locale> SHIPPED_LOCALES = List.of(
            Locale.ENGLISH,
            Locale.forLanguageTag("zh-CN"),
            Locale.forLanguageTag("zh-TW"),
            Locale.JAPANESE,
            Locale.KOREAN,
            Locale.GERMAN,
            Locale.FRENCH,
            Locale.forLanguageTag("es"),
            Locale.forLanguageTag("pt-BR"),
            Locale.forLanguageTag("ru"),
            Locale.ITALIAN,
            Locale.forLanguageTag("ar"),
            Locale.forLanguageTag("nl"),
            Locale.forLanguageTag("pl"),
            Locale.forLanguageTag("tr"),
            Locale.forLanguageTag("uk"),
            Locale.forLanguageTag("vi"),
            Locale.forLanguageTag("id"),
            Locale.forLanguageTag("th"),
            Locale.forLanguageTag("he"));

    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "fa", "he", "iw", "ur", "ps", "sd", "ug", "yi", "dv", "ckb");

    private static final class Standard {
        static final StatusCatalog INSTANCE = builder().build();
    }

    private final LocaleNegotiator negotiator;
    private final LocaleTable<Table> tables;

    private StatusCatalog(Builder builder) {
        this.negotiator = LocaleNegotiator.of(builder.supported, builder.defaultLocale);
        BundleLoader loader = new BundleLoader();
        Map<Locale, Table> byLocale = new HashMap<>();
        for (Locale locale : builder.supported) {
            byLocale.put(locale, new Table(locale, loader.resolve(locale, builder.sources())));
        }
        this.tables = LocaleTable.of(byLocale);
    }

    /** The shared catalog: the twenty shipped locales, English by default, no application bundles. */
    public static StatusCatalog standard() {
        return Standard.INSTANCE;
    }

    /** A builder for a catalog with application bundles, another supported set or another default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The negotiator over this catalog's supported locales. */
    public LocaleNegotiator negotiator() {
        return negotiator;
    }

    /** The supported locales. */
    public List<Locale> supportedLocales() {
        return negotiator.supportedLocales();
    }

    /** The default locale. */
    public Locale defaultLocale() {
        return negotiator.defaultLocale();
    }

    /** Shorthand for {@code negotiator().negotiate(acceptLanguage)}. */
    public Locale negotiate(@Nullable String acceptLanguage) {
        return negotiator.negotiate(acceptLanguage);
    }

    /**
     * The localized title and description of an HTTP status code. An unassigned code gets its class's
     * texts ("Client Error" for 499).
     *
     * @param locale any locale; one outside the supported set is negotiated first
     * @throws IllegalArgumentException if the code is outside 100-599
     */
    public LocalizedText http(int code, Locale locale) {
        HttpStatusRegistry.validateStatusCode(code);
        return table(locale).http[code - HttpStatusRegistry.MIN_CODE];
    }

    /** The localized fallback texts of a status class. */
    public LocalizedText httpClass(HttpStatusClass statusClass, Locale locale) {
        return table(locale).classes[statusClass.ordinal()];
    }

    /**
     * The localized name and description of any close code. A code without its own entry gets its
     * category's texts. Allocates nothing.
     *
     * @param locale any locale; one outside the supported set is negotiated first
     */
    public LocalizedText closeCode(int code, Locale locale) {
        Table table = table(locale);
        if (code >= CloseCodeRegistry.MIN_CODE && code <= CloseCodeRegistry.MAX_CODE) {
            return table.ws[code - CloseCodeRegistry.MIN_CODE];
        }
        return table.categories[CloseCodeCategory.INVALID.ordinal()];
    }

    /** The localized fallback texts of a close-code category. */
    public LocalizedText closeCodeCategory(CloseCodeCategory category, Locale locale) {
        return table(locale).categories[category.ordinal()];
    }

    /**
     * Any message by key, such as an application's own key, resolved for the locale with application
     * bundles first; empty if no bundle has it.
     */
    public Optional<String> text(String key, Locale locale) {
        return Optional.ofNullable(table(locale).messages.get(key));
    }

    /**
     * A message by key with the locale it really came from, for texts that must say which language they are
     * in (an answer's {@code Content-Language}). It falls back key by key: the locale's own files first
     * ({@code _zh_TW}, then {@code _zh}); a key they lack comes from the default locale, as that locale
     * resolves it (its own file, or the base file, which is English). Empty if neither has it.
     *
     * @param locale any locale; one outside the supported set is negotiated first
     */
    public Optional<LocalizedMessage> message(String key, Locale locale) {
        Objects.requireNonNull(key, "key");
        Table table = table(locale);
        LocalizedMessage own = table.message(key);
        if (own != null && own.locale().getLanguage().equals(table.locale.getLanguage())) {
            return Optional.of(own);
        }
        LocalizedMessage fallback = table(defaultLocale()).message(key);
        return Optional.ofNullable(fallback != null ? fallback : own);
    }

    /** Every key known in a locale, with its resolved text; unmodifiable. */
    public Map<String, String> messages(Locale locale) {
        return table(locale).messages;
    }

    /** Whether text in this locale is written right to left (Arabic, Hebrew, Persian, Urdu, ...). */
    public static boolean isRightToLeft(@Nullable Locale locale) {
        return locale != null && RTL_LANGUAGES.contains(locale.getLanguage());
    }

    private Table table(Locale locale) {
        Table table = tables.get(Objects.requireNonNull(locale, "locale"));
        // A locale outside the supported set is negotiated to one inside it, which always has a table.
        return table != null ? table : Objects.requireNonNull(tables.get(negotiator.negotiate(List.of(locale))));
    }

    /** All texts of one locale, resolved once. */
    private static final class Table {
        final Locale locale;
        final Map<String, String> messages;
        final Map<String, BundleLoader.Message> resolved;
        final LocalizedText[] http = new LocalizedText[HttpStatusRegistry.MAX_CODE - HttpStatusRegistry.MIN_CODE + 1];
        final LocalizedText[] classes = new LocalizedText[HttpStatusClass.values().length];
        final LocalizedText[] ws = new LocalizedText[CloseCodeRegistry.MAX_CODE - CloseCodeRegistry.MIN_CODE + 1];
        final LocalizedText[] categories = new LocalizedText[CloseCodeCategory.values().length];

        Table(Locale locale, Map<String, BundleLoader.Message> resolved) {
            Map<String, String> texts = new HashMap<>();
            resolved.forEach((key, message) -> texts.put(key, message.text()));
            this.locale = locale;
            this.messages = Collections.unmodifiableMap(texts);
            this.resolved = resolved;
            for (HttpStatusClass c : HttpStatusClass.values()) {
                String prefix = "http.class." + c.label();
                classes[c.ordinal()] = text(resolved, prefix + ".title", prefix + ".description", null);
            }
            for (CloseCodeCategory c : CloseCodeCategory.values()) {
                String prefix = "ws.category." + c.id();
                categories[c.ordinal()] = text(resolved, prefix + ".name", prefix + ".description", null);
            }
            for (int code = HttpStatusRegistry.MIN_CODE; code <= HttpStatusRegistry.MAX_CODE; code++) {
                LocalizedText fallback = classes[HttpStatusClass.of(code).ordinal()];
                http[code - HttpStatusRegistry.MIN_CODE] =
                        text(resolved, "http." + code + ".title", "http." + code + ".description", fallback);
            }
            for (int code = CloseCodeRegistry.MIN_CODE; code <= CloseCodeRegistry.MAX_CODE; code++) {
                LocalizedText fallback = categories[CloseCodeRegistry.categoryOf(code).ordinal()];
                ws[code - CloseCodeRegistry.MIN_CODE] =
                        text(resolved, "ws." + code + ".name", "ws." + code + ".description", fallback);
            }
        }

        @Nullable LocalizedMessage message(String key) {
            BundleLoader.Message message = resolved.get(key);
            return message != null ? new LocalizedMessage(message.text(), message.locale()) : null;
        }

        /**
         * The texts of a title key and a description key. Their locale is that of the file the title came
         * from, so a locale without a translation of the key reports English, not itself.
         */
        private static LocalizedText text(Map<String, BundleLoader.Message> resolved, String titleKey,
                                          String descriptionKey, @Nullable LocalizedText fallback) {
            BundleLoader.Message title = resolved.get(titleKey);
            BundleLoader.Message description = resolved.get(descriptionKey);
            if (title == null && description == null && fallback != null) {
                return fallback;
            }
            // Only one of the pair missing is reachable only when a bundle lost a key; the completeness
            // test keeps ours whole.
            String titleText = title != null ? title.text() : fallback != null ? fallback.title() : titleKey;
            String descriptionText = description != null ? description.text() : fallback != null ? fallback.description() : "";
            Locale source = title != null ? title.locale() : description != null ? description.locale() : Locale.ENGLISH;
            return new LocalizedText(titleText, descriptionText, source);
        }
    }

    /** Builds a {@link StatusCatalog}. Not thread-safe; the catalog it builds is. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private List<Locale> supported = SHIPPED_LOCALES;
        private Locale defaultLocale = Locale.ENGLISH;
        private final List<BundleLoader.Source> applicationBundles = new ArrayList<>();

        private Builder() {
        }

        /**
         * Restricts or extends the supported set. Locales outside the shipped twenty need an application
         * bundle; keys it lacks fall back to English.
         */
        public Builder supportedLocales(List<Locale> locales) {
            List<Locale> copy = List.copyOf(new LinkedHashMap<Locale, Boolean>() {
                private static final long serialVersionUID = 1L;
                {
                    for (Locale l : locales) {
                        put(Objects.requireNonNull(l, "locale"), Boolean.TRUE);
                    }
                }
            }.keySet());
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("The supported locale set must not be empty");
            }
            this.supported = copy;
            if (!copy.contains(defaultLocale)) {
                this.defaultLocale = copy.get(0);
            }
            return this;
        }

        /** The locale answered when negotiation finds nothing; it must be supported. */
        public Builder defaultLocale(Locale locale) {
            this.defaultLocale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Adds an application bundle: UTF-8 {@code .properties} files named like
         * {@code com/acme/errors.properties}, {@code com/acme/errors_de.properties}, found through the
         * class loader. Its keys win over StatusKit's, key by key; bundles added later win over earlier
         * ones. A file that cannot be read is logged and skipped, so a broken bundle never breaks the
         * answers.
         *
         * @param baseName the base name, with dots or slashes: {@code com.acme.errors}
         * @param loader the class loader that sees the files
         */
        public Builder addBundle(String baseName, ClassLoader loader) {
            applicationBundles.add(new BundleLoader.Source(
                    Objects.requireNonNull(baseName, "baseName").replace('.', '/'),
                    Objects.requireNonNull(loader, "loader")));
            return this;
        }

        /** Adds an application bundle found through the thread's context class loader. */
        public Builder addBundle(String baseName) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return addBundle(baseName, loader != null ? loader : StatusCatalog.class.getClassLoader());
        }

        /**
         * Builds the catalog, loading every bundle now.
         *
         * @throws IllegalArgumentException if the default locale is not supported
         */
        public StatusCatalog build() {
            if (!supported.contains(defaultLocale)) {
                throw new IllegalArgumentException("The default locale " + defaultLocale.toLanguageTag()
                        + " is not in the supported set " + supported);
            }
            return new StatusCatalog(this);
        }

        private List<BundleLoader.Source> sources() {
            List<BundleLoader.Source> sources = new ArrayList<>();
            sources.add(BundleLoader.Source.ownBundle(BUNDLE));
            sources.addAll(applicationBundles);
            return sources;
        }
    }
}

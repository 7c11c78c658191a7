package dev.statuskit.websocket;

import static org.apiguardian.api.API.Status.STABLE;

import dev.statuskit.i18n.CloseCodeCategory;
import dev.statuskit.i18n.CloseCode;
import dev.statuskit.i18n.CloseCodeRegistry;
import dev.statuskit.i18n.LocalizedText;
import dev.statuskit.i18n.StatusCatalog;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Turns a close code into a {@link CloseCodeInfo}: localized texts from a {@link StatusCatalog}, a
 * {@link ReconnectHint} and a {@link CloseOrigin}.
 *
 * <p><b>Known codes.</b> Every code in the IANA registry ({@link CloseCodeRegistry#registered()}) and every
 * code an application registers is known. Their infos are built once per supported locale when the
 * classifier is built, so {@link #classify(int, Locale)} of a known code in a supported locale is an array
 * lookup that allocates nothing and returns the same instance every time. Any other code gets a new info
 * with its category's texts.
 *
 * <p><b>Defaults.</b>
 * <table>
 *   <caption>Reconnect hint and origin by code</caption>
 *   <tr><th>Code</th><th>Hint</th><th>Origin</th></tr>
 *   <tr><td>1000 Normal Closure</td><td>NEVER</td><td>EITHER</td></tr>
 *   <tr><td>1001 Going Away</td><td>IMMEDIATELY</td><td>EITHER</td></tr>
 *   <tr><td>1002, 1003, 1007, 1008, 1009</td><td>NEVER</td><td>EITHER</td></tr>
 *   <tr><td>1004 Reserved</td><td>NEVER</td><td>EITHER</td></tr>
 *   <tr><td>1005 No Status Received</td><td>NEVER: the peer closed on purpose with a close frame, only without a
 *       code, so it is taken as a normal closure</td><td>EITHER</td></tr>
 *   <tr><td>1006 Abnormal Closure</td><td>WITH_BACKOFF</td><td>NETWORK</td></tr>
 *   <tr><td>1010 Mandatory Extension</td><td>NEVER</td><td>CLIENT</td></tr>
 *   <tr><td>1011 Internal Error, 1013 Try Again Later, 1014 Bad Gateway</td><td>WITH_BACKOFF</td><td>SERVER</td></tr>
 *   <tr><td>1012 Service Restart</td><td>AFTER_RANDOM_DELAY</td><td>SERVER</td></tr>
 *   <tr><td>1015 TLS Handshake</td><td>NEVER: a certificate problem does not fix itself</td><td>NETWORK</td></tr>
 *   <tr><td>3000 Unauthorized, 3003 Forbidden</td><td>NEVER</td><td>SERVER</td></tr>
 *   <tr><td>3008 Timeout</td><td>WITH_BACKOFF</td><td>EITHER</td></tr>
 *   <tr><td>Other 3000-4999</td><td>NEVER: an application code the classifier was not told about means the peer
 *       ended the session on purpose for a reason it cannot judge; reconnecting blindly could loop. Register the
 *       code to change that.</td><td>EITHER</td></tr>
 *   <tr><td>Reserved or invalid codes (a peer that broke the protocol)</td><td>NEVER</td><td>EITHER</td></tr>
 * </table>
 *
 * <p><b>Application codes.</b> {@link Builder#register(int, ReconnectHint, CloseOrigin)} sets the hint and origin of
 * a code (and may override a default). Its texts come, per locale, from the first of:
 * <ol>
 *   <li>a text given with {@link Builder#text(int, Locale, String, String)} for that locale;</li>
 *   <li>the catalog's keys {@code ws.<code>.name} and {@code ws.<code>.description}, which an application
 *       bundle added with {@link StatusCatalog.Builder#addBundle(String)} provides;</li>
 *   <li>the text given for the catalog's default locale, else the first text given for the code;</li>
 *   <li>the catalog's texts for the code's category ("Application close code").</li>
 * </ol>
 *
 * <p>Instances are immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class CloseClassifier {
    private static final class Standard {
        static final CloseClassifier INSTANCE = builder().build();
    }

    private final StatusCatalog catalog;
    private final int[] codes;
    private final Map<Locale, CloseCodeInfo[]> byLocale;

    private CloseClassifier(Builder builder) {
        this.catalog = builder.catalog;
        TreeMap<Integer, Policy> policies = new TreeMap<>(builder.policies);
        for (Integer code : builder.texts.keySet()) {
            policies.putIfAbsent(code, Policy.FALLBACK);
        }
        this.codes = policies.keySet().stream().mapToInt(Integer::intValue).toArray();
        Map<Locale, CloseCodeInfo[]> tables = new HashMap<>();
        for (Locale locale : catalog.supportedLocales()) {
            CloseCodeInfo[] infos = new CloseCodeInfo[codes.length];
            for (int i = 0; i < codes.length; i++) {
                infos[i] = known(codes[i], locale, policies.get(codes[i]), builder.texts.get(codes[i]));
            }
            tables.put(locale, infos);
        }
        this.byLocale = Map.copyOf(tables);
    }

    /** The shared classifier: {@link StatusCatalog#standard()}, the defaults, no application codes. */
    public static CloseClassifier standard() {
        return Standard.INSTANCE;
    }

    /** A builder that starts from the defaults and {@link StatusCatalog#standard()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The catalog the texts come from. */
    public StatusCatalog catalog() {
        return catalog;
    }

    /** The catalog's best supported locale for an {@code Accept-Language} value; its default for null. */
    public Locale negotiate(@Nullable String acceptLanguage) {
        return catalog.negotiate(acceptLanguage);
    }

    /** Classifies a code in the catalog's default locale. */
    public CloseCodeInfo classify(int code) {
        return classify(code, catalog.defaultLocale());
    }

    /**
     * Classifies any int. Allocates nothing for a known code in a supported locale.
     *
     * @param locale any locale; one outside the supported set is negotiated first
     */
    public CloseCodeInfo classify(int code, Locale locale) {
        CloseCodeInfo[] infos = byLocale.get(Objects.requireNonNull(locale, "locale"));
        if (infos == null) {
            locale = catalog.negotiator().negotiate(List.of(locale));
            infos = byLocale.get(locale);
        }
        int index = Arrays.binarySearch(codes, code);
        if (index >= 0) {
            return infos[index];
        }
        return fromCatalog(code, locale, Policy.FALLBACK);
    }

    private CloseCodeInfo known(int code, Locale locale, Policy policy, @Nullable Map<Locale, Text> texts) {
        Text direct = texts == null ? null : texts.get(locale);
        if (direct == null && texts != null && catalog.text("ws." + code + ".name", locale).isEmpty()) {
            locale = texts.containsKey(catalog.defaultLocale()) ? catalog.defaultLocale() : texts.keySet().iterator().next();
            direct = texts.get(locale);
        }
        if (direct != null) {
            return new CloseCodeInfo(code, direct.name(), direct.description(), locale, policy.hint(), policy.origin());
        }
        return fromCatalog(code, locale, policy);
    }

    private CloseCodeInfo fromCatalog(int code, Locale locale, Policy policy) {
        LocalizedText text = catalog.closeCode(code, locale);
        return new CloseCodeInfo(code, text.title(), text.description(), text.locale(), policy.hint(), policy.origin());
    }

    /** A reconnect hint and an origin. */
    private record Policy(ReconnectHint hint, CloseOrigin origin) {
        /** For every code without a more specific default or registration. */
        static final Policy FALLBACK = new Policy(ReconnectHint.NEVER, CloseOrigin.EITHER);

        Policy {
            Objects.requireNonNull(hint, "hint");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** A name and a description given directly. */
    private record Text(String name, String description) {
        Text {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }
    }

    /** Builds a {@link CloseClassifier}. Not thread-safe; the classifier it builds is. */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {
        private StatusCatalog catalog = StatusCatalog.standard();
        private final Map<Integer, Policy> policies = new HashMap<>();
        private final Map<Integer, Map<Locale, Text>> texts = new HashMap<>();

        private Builder() {
            for (CloseCode code : CloseCodeRegistry.registered()) {
                policies.put(code.code(), Policy.FALLBACK);
            }
            defaults(ReconnectHint.IMMEDIATELY, CloseOrigin.EITHER, 1001);
            defaults(ReconnectHint.WITH_BACKOFF, CloseOrigin.NETWORK, 1006);
            defaults(ReconnectHint.NEVER, CloseOrigin.NETWORK, 1015);
            defaults(ReconnectHint.NEVER, CloseOrigin.CLIENT, 1010);
            defaults(ReconnectHint.WITH_BACKOFF, CloseOrigin.SERVER, 1011, 1013, 1014);
            defaults(ReconnectHint.AFTER_RANDOM_DELAY, CloseOrigin.SERVER, CloseRules.SERVICE_RESTART);
            defaults(ReconnectHint.NEVER, CloseOrigin.SERVER, 3000, 3003);
            defaults(ReconnectHint.WITH_BACKOFF, CloseOrigin.EITHER, 3008);
        }

        private void defaults(ReconnectHint hint, CloseOrigin origin, int... codes) {
            for (int code : codes) {
                policies.put(code, new Policy(hint, origin));
            }
        }

        /** The catalog for texts, locales and negotiation; {@link StatusCatalog#standard()} by default. */
        public Builder catalog(StatusCatalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /**
         * Sets the reconnect hint and origin of a code: an application code in 3000-4999, or a registered code
         * whose default should change.
         *
         * @throws IllegalArgumentException if the code is reserved or outside 1000-4999
         */
        public Builder register(int code, ReconnectHint hint, CloseOrigin origin) {
            policies.put(registrable(code), new Policy(hint, origin));
            return this;
        }

        /**
         * Gives a code's name and description in one locale directly, for applications without a bundle (see
         * the class description for the order in which texts are chosen). The locale should be one of the
         * catalog's supported locales; a text in another serves only as the fallback of rule 3.
         *
         * @throws IllegalArgumentException if the code is reserved or outside 1000-4999
         */
        public Builder text(int code, Locale locale, String name, String description) {
            Text text = new Text(name, description);
            texts.computeIfAbsent(registrable(code), c -> new LinkedHashMap<>())
                    .put(Objects.requireNonNull(locale, "locale"), text);
            return this;
        }

        /** Builds the classifier, computing the info of every known code in every supported locale. */
        public CloseClassifier build() {
            return new CloseClassifier(this);
        }

        private static int registrable(int code) {
            CloseCodeCategory category = CloseCodeRegistry.categoryOf(code);
            if (category == CloseCodeCategory.RESERVED || category == CloseCodeCategory.INVALID) {
                throw new IllegalArgumentException("Cannot register close code " + code + ": "
                        + CloseRules.closeCodeExceptionMessage(code));
            }
            return code;
        }
    }
}

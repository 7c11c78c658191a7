package dev.statuskit.http;

import dev.statuskit.i18n.StatusCatalog;
import dev.statuskit.i18n.internal.BundleLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;

/**
 * StatusKit's own translations of standard constraint messages, for the languages and keys that Hibernate Validator
 * 9.1 leaves in English: every message of Jakarta Validation's built-in constraints and of Hibernate Validator's
 * general ones ({@code @Length}, {@code @Range}, {@code @URL}, ...) in he, id, th and vi, and the keys its other
 * translations lack (12 in ar and 15 in tr, six of them Jakarta Validation's; one to three, such as
 * {@code @Normalized}, in the others). They are message templates in Jakarta Validation's syntax, in
 * {@code constraints_<locale>.properties} next to this class (UTF-8), holding only those keys, so the provider's
 * own translations serve everywhere else.
 *
 * <p>A violation's message is taken from here only when its template is the constraint's default one,
 * {@code {key}}, and the application's own {@code ValidationMessages} bundle (Jakarta Validation §6.3.1.1), which
 * the provider consults first, does not define that key for the locale, one of its parents or the base bundle.
 * The template found is then interpolated by the provider, as the default one would be.
 *
 * <p>Thread-safe. The translations are read once. Which keys the application's bundle files define is read once
 * per class loader (held weakly, so that an undeployed application's loader can go) and per file name.
 */
final class ConstraintMessages {
    /** The base name of the application's bundle of constraint messages (Jakarta Validation §6.3.1.1). */
    static final String APPLICATION_BUNDLE = "ValidationMessages";

    /** Per shipped locale's file suffix ({@code _zh_CN}), the templates StatusKit translates there. */
    private static final Map<String, Map<String, String>> TRANSLATIONS = load();

    /** Per class loader, per bundle file name, the keys the application's bundle defines there. */
    private static final Map<ClassLoader, Map<String, Set<String>>> APPLICATION_KEYS = new WeakHashMap<>();

    private ConstraintMessages() {
    }

    /**
     * StatusKit's template for this violation's template in the locale: present when the violation's template is a
     * constraint's default message key that StatusKit translates for the locale and that the application's own
     * bundle, as this class loader finds it, leaves to the provider.
     */
    static Optional<String> template(String template, Locale locale, ClassLoader loader) {
        String key = defaultKey(template);
        if (key == null) {
            return Optional.empty();
        }
        @Nullable String translated = null;
        for (String suffix : BundleLoader.suffixes(locale)) {
            Map<String, String> templates = TRANSLATIONS.get(suffix);
            if (templates != null && (translated = templates.get(key)) != null) {
                break;
            }
        }
        if (translated == null || applicationDefines(loader, key, locale)) {
            return Optional.empty();
        }
        return Optional.of(translated);
    }

    /** The keys StatusKit translates in the locale's own file, not its parent's, for tests; empty for none. */
    static Set<String> keys(Locale locale) {
        return TRANSLATIONS.getOrDefault(BundleLoader.suffixes(locale).get(0), Map.of()).keySet();
    }

    /** The key of a default message template, {@code {key}}; null for any other template. */
    private static @Nullable String defaultKey(String template) {
        int end = template.length() - 1;
        if (end < 2 || template.charAt(0) != '{' || template.charAt(end) != '}') {
            return null;
        }
        String key = template.substring(1, end);
        return key.indexOf('{') < 0 && key.indexOf('}') < 0 && key.indexOf('$') < 0 ? key : null;
    }

    /** Whether the application's bundle defines the key for the locale, a parent of it or in the base file. */
    private static boolean applicationDefines(ClassLoader loader, String key, Locale locale) {
        for (String suffix : BundleLoader.suffixes(locale)) {
            if (applicationKeys(loader, APPLICATION_BUNDLE + suffix + ".properties").contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> applicationKeys(ClassLoader loader, String name) {
        synchronized (APPLICATION_KEYS) {
            Set<String> keys = APPLICATION_KEYS.computeIfAbsent(loader, l -> new HashMap<>()).get(name);
            if (keys != null) {
                return keys;
            }
        }
        Set<String> keys = readKeys(loader, name);
        synchronized (APPLICATION_KEYS) {
            APPLICATION_KEYS.computeIfAbsent(loader, l -> new HashMap<>()).putIfAbsent(name, keys);
        }
        return keys;
    }

    /** The keys of every resource of that name the loader sees (a bundle may be split across jars); none if unreadable. */
    private static Set<String> readKeys(ClassLoader loader, String name) {
        Set<String> keys = new HashSet<>();
        try {
            Enumeration<URL> resources = loader.getResources(name);
            while (resources.hasMoreElements()) {
                try (InputStream in = resources.nextElement().openStream()) {
                    keys.addAll(read(in).stringPropertyNames());
                }
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger(ProblemResponder.LOGGER_NAME).log(System.Logger.Level.DEBUG, "Cannot read " + name
                    + "; StatusKit's constraint messages serve where it has them", e);
        }
        return Collections.unmodifiableSet(keys);
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> translations = new HashMap<>();
        for (Locale locale : StatusCatalog.SHIPPED_LOCALES) {
            String suffix = BundleLoader.suffixes(locale).get(0);
            try (InputStream in = ConstraintMessages.class.getResourceAsStream("constraints" + suffix + ".properties")) {
                if (in != null) {
                    Properties properties = read(in);
                    Map<String, String> templates = new HashMap<>();
                    properties.stringPropertyNames().forEach(k -> templates.put(k, properties.getProperty(k)));
                    translations.put(suffix, Map.copyOf(templates));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read StatusKit's constraint messages for " + suffix, e);
            }
        }
        return Map.copyOf(translations);
    }

    private static Properties read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return properties;
    }
}

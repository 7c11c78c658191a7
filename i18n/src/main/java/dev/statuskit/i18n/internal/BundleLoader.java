package dev.statuskit.i18n.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.System.Logger.Level;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Reads UTF-8 {@code .properties} bundles and resolves them for one locale.
 *
 * <p>Resolution never consults the JVM's default locale: for zh-TW the files read are
 * {@code name_zh_TW}, {@code name_zh} and {@code name}, and nothing else. For each key the most specific
 * locale level wins; within one level an application bundle wins over StatusKit's own, and a later
 * application bundle over an earlier one. A file that is malformed or unreadable is logged and skipped.
 */
public final class BundleLoader {
    private static final System.Logger LOG = System.getLogger("dev.statuskit.i18n");

    /** Where one bundle family is read from. */
    public static final class Source {
        private final String baseName;
        private final ClassLoader loader;

        /** An application bundle family found through a class loader. */
        public Source(String baseName, ClassLoader loader) {
            this.baseName = Objects.requireNonNull(baseName, "baseName");
            this.loader = loader;
        }

        /** StatusKit's own bundle family, read from this module. */
        public static Source ownBundle(String baseName) {
            return new Source(baseName, null);
        }

        InputStream open(String resource) throws IOException {
            if (loader == null) {
                return BundleLoader.class.getResourceAsStream("/" + resource);
            }
            return loader.getResourceAsStream(resource);
        }

        @Override
        public String toString() {
            return baseName;
        }
    }

    private final Map<String, Map<String, String>> files = new HashMap<>();

    /** A resolved message and the locale of the file it came from (English for a base file). */
    public record Message(String text, Locale locale) {
    }

    /**
     * All keys for a locale, resolved over the sources in order of increasing precedence, each with the locale
     * of the file that supplied it.
     */
    public Map<String, Message> resolve(Locale locale, List<Source> sources) {
        Map<String, Message> result = new HashMap<>();
        List<String> suffixes = suffixes(locale);
        for (int level = suffixes.size() - 1; level >= 0; level--) {
            Locale source = levelLocale(locale, suffixes.size() - 1 - level);
            for (Source bundle : sources) {
                read(bundle, bundle.baseName + suffixes.get(level) + ".properties")
                        .forEach((key, text) -> result.put(key, new Message(text, source)));
            }
        }
        return result;
    }

    /** The locale of a level counted from the base (0): English, then the language, then language and country. */
    private static Locale levelLocale(Locale locale, int fromBase) {
        if (fromBase == 0) {
            return Locale.ENGLISH;
        }
        if (fromBase == 1) {
            return new Locale(locale.getLanguage());
        }
        return new Locale(locale.getLanguage(), locale.getCountry());
    }

    /**
     * The suffixes of the files a bundle family is read from for a locale: {@code _zh_TW}, {@code _zh}, {@code ""},
     * most specific first, ending with the base bundle; never the JVM default locale's.
     */
    public static List<String> suffixes(Locale locale) {
        List<String> suffixes = new ArrayList<>(3);
        String language = locale.getLanguage();
        String country = locale.getCountry();
        if (!language.isEmpty() && !country.isEmpty()) {
            suffixes.add("_" + language + "_" + country);
        }
        if (!language.isEmpty()) {
            suffixes.add("_" + language);
        }
        suffixes.add("");
        return suffixes;
    }

    private Map<String, String> read(Source source, String resource) {
        String cacheKey = System.identityHashCode(source.loader) + ":" + resource;
        return files.computeIfAbsent(cacheKey, k -> load(source, resource));
    }

    private static Map<String, String> load(Source source, String resource) {
        try (InputStream in = source.open(resource)) {
            if (in == null) {
                return Map.of();
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> map = new HashMap<>();
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key).strip();
                if (!value.isEmpty()) {
                    map.put(key, value);
                }
            }
            return map;
        } catch (CharacterCodingException e) {
            LOG.log(Level.WARNING, "Skipping message bundle " + resource + ": it is not valid UTF-8", e);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Skipping message bundle " + resource + ": it cannot be read", e);
        }
        return Map.of();
    }
}

package dev.statuskit.http.internal;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The rules for extension members: names per RFC 9457 §3.2, values copied into immutable form. */
public final class Members {
    /** The deepest nesting of Lists and Maps an extension value may have. */
    public static final int MAX_DEPTH = 32;

    /** The classes of {@code List.of} and {@code List.copyOf}: one or two items, and any other number. */
    private static final Class<?> LIST_12 = List.of(1).getClass();
    private static final Class<?> LIST_N = List.of(1, 2, 3).getClass();
    /** Names that passed {@link #validateName}, by identity: a valid name stays valid. */
    private static final KnownStrings VALID_NAMES = new KnownStrings();

    private Members() {
    }

    /**
     * Checks an extension member name against RFC 9457 §3.2.
     *
     * @throws IllegalArgumentException with a message that states the rule and the name
     */
    public static void validateName(String name) {
        Objects.requireNonNull(name, "Extension member name must not be null");
        if (VALID_NAMES.contains(name)) {
            return; // this very string passed before: names are mostly constants, checked on every answer
        }
        if (name.length() < 3) {
            throw invalidName(name, "must be at least 3 characters (RFC 9457 §3.2)");
        }
        if (!isAsciiLetter(name.charAt(0))) {
            throw invalidName(name, "must start with a letter (RFC 9457 §3.2)");
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && !isDigit(c) && c != '_') {
                throw invalidName(name, "must contain only letters, digits and \"_\" (RFC 9457 §3.2)");
            }
        }
        if (isReserved(name)) {
            throw invalidName(name, "is reserved for the standard member of that name (RFC 9457 §3.1)");
        }
        VALID_NAMES.add(name);
    }

    /**
     * Copies an extension value into its immutable form, as described at
     * {@code ProblemBuilder.with(String, Object)}.
     *
     * @param member the member name, for messages
     * @throws IllegalArgumentException if the value cannot be carried by every format
     */
    public static Object copyValue(String member, Object value) {
        return copy(member, value, 0);
    }

    /** Whether a value is a list of {@code List.of} or {@code List.copyOf}, told by its class alone. */
    public static boolean isListOf(@Nullable Object value) {
        Class<?> type = value != null ? value.getClass() : null;
        return type == LIST_12 || type == LIST_N;
    }

    private static Object copy(String member, Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return copyNumber(member, number);
        }
        Class<?> type = value.getClass();
        if (type == MemberMap.class || type == MemberList.class) {
            // Made by this class only, from values already copied: immutable through and through.
            return value;
        }
        if (isListOf(value)) {
            return copyImmutableList(member, (List<?>) value, depth);
        }
        if (type == LinkedHashMap.class || type == HashMap.class || type == TreeMap.class) {
            // The usual Maps, known not to be any of the types below: straight to the copy, without the interface
            // checks that fail for them.
            return copyMap(member, (Map<?, ?>) value, depth);
        }
        if (type == ArrayList.class) {
            return copyCollection(member, (Collection<?>) value, depth);
        }
        if (value instanceof CharSequence || value instanceof Character || value instanceof URI
                || value instanceof UUID || value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        boolean isArray = value.getClass().isArray();
        if (!isArray && !(value instanceof Collection) && !(value instanceof Map)) {
            throw new IllegalArgumentException("Extension member \"" + member + "\" has a value of type "
                    + value.getClass().getName() + "; use a String, Number, Boolean, null, array, Collection or Map");
        }
        checkDepth(member, depth);
        if (isArray) {
            int length = Array.getLength(value);
            Object[] items = new Object[length];
            for (int i = 0; i < length; i++) {
                items[i] = copy(member, Array.get(value, i), depth + 1);
            }
            return new MemberList(items);
        }
        if (value instanceof Collection<?> collection) {
            return copyCollection(member, collection, depth);
        }
        return copyMap(member, (Map<?, ?>) value, depth);
    }

    private static Object copyCollection(String member, Collection<?> collection, int depth) {
        checkDepth(member, depth);
        Object[] items = new Object[collection.size()];
        int i = 0;
        for (Object item : collection) {
            if (i == items.length) {
                throw new IllegalArgumentException("Extension member \"" + member + "\" has a Collection that changed while it was copied");
            }
            items[i++] = copy(member, item, depth + 1);
        }
        return new MemberList(i == items.length ? items : Arrays.copyOf(items, i));
    }

    /**
     * A list of {@code List.of} or {@code List.copyOf}, which nobody can change: kept as it is when its items
     * need no copy either (Strings, numbers, this class's own Maps and lists), else copied.
     */
    private static Object copyImmutableList(String member, List<?> list, int depth) {
        checkDepth(member, depth);
        int size = list.size();
        for (int i = 0; i < size; i++) {
            Object item = list.get(i);
            Object copy = copy(member, item, depth + 1);
            if (copy != item) {
                Object[] items = new Object[size];
                for (int j = 0; j < i; j++) {
                    items[j] = list.get(j);
                }
                items[i] = copy;
                for (int j = i + 1; j < size; j++) {
                    items[j] = copy(member, list.get(j), depth + 1);
                }
                return new MemberList(items);
            }
        }
        return list;
    }

    /**
     * An immutable Map of String keys and String values, in the order given, for the values StatusKit builds
     * itself (such as the entries of {@code errors}): {@link #copyValue} keeps it as it is.
     *
     * @param keysAndValues a key, its value, the next key, ...; keys as {@link #copyValue} requires them
     */
    public static Map<String, @Nullable Object> stringMap(@Nullable String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("A key without a value: " + Arrays.toString(keysAndValues));
        }
        Object[] copy = keysAndValues.clone();
        for (int i = 0; i < copy.length; i += 2) {
            checkKey("(a map of strings)", copy[i]);
        }
        return new MemberMap(copy);
    }

    private static Object copyMap(String member, Map<?, ?> map, int depth) {
        checkDepth(member, depth);
        Object[] keysAndValues = new Object[2 * map.size()];
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (i == keysAndValues.length) {
                throw new IllegalArgumentException("Extension member \"" + member + "\" has a Map that changed while it was copied");
            }
            keysAndValues[i++] = checkKey(member, entry.getKey());
            keysAndValues[i++] = copy(member, entry.getValue(), depth + 1);
        }
        return new MemberMap(i == keysAndValues.length ? keysAndValues : Arrays.copyOf(keysAndValues, i));
    }

    private static void checkDepth(String member, int depth) {
        if (depth == MAX_DEPTH) {
            throw new IllegalArgumentException("Extension member \"" + member + "\" nests more than " + MAX_DEPTH
                    + " levels of arrays, Collections and Maps; does it contain itself?");
        }
    }

    private static Number copyNumber(String member, Number number) {
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("Extension member \"" + member + "\" is " + number
                        + "; numbers must be finite, as JSON has no NaN or Infinity (RFC 8259 §6)");
            }
            return number;
        }
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
                || number instanceof BigInteger || number instanceof BigDecimal) {
            return number;
        }
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Extension member \"" + member + "\" has a number of type "
                    + number.getClass().getName() + " that is not a finite decimal: " + number, e);
        }
    }

    /** A Map key inside an extension value becomes an XML element name, so it must be an XML name. */
    private static String checkKey(String member, Object key) {
        if (!(key instanceof String name)) {
            throw new IllegalArgumentException("Key " + key + " in extension member \"" + member
                    + "\" must be a String");
        }
        boolean valid = !name.isEmpty() && (isAsciiLetter(name.charAt(0)) || name.charAt(0) == '_');
        for (int i = 1; valid && i < name.length(); i++) {
            char c = name.charAt(i);
            valid = isAsciiLetter(c) || isDigit(c) || c == '_' || c == '-' || c == '.';
        }
        if (!valid) {
            throw new IllegalArgumentException("Key \"" + name + "\" in extension member \"" + member
                    + "\" must start with a letter or \"_\" and contain only letters, digits, \"_\", \"-\" and \".\"");
        }
        return name;
    }

    /** Whether the name is a standard member's; compared directly, which costs less than a Set lookup per member. */
    private static boolean isReserved(String name) {
        return name.length() <= 8 && (name.equals("type") || name.equals("title") || name.equals("status")
                || name.equals("detail") || name.equals("instance"));
    }

    private static IllegalArgumentException invalidName(String name, String rule) {
        return new IllegalArgumentException("Extension member name \"" + name + "\" " + rule);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

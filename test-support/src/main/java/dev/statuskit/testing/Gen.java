package dev.statuskit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A generator of test values from a {@link SplittableRandom}. Generators are plain functions, so a value is
 * fully determined by the random's seed: {@link RandomCases} replays any case from the seed it reports.
 *
 * <p>Sizes are biased towards their edges: lists and strings come out empty, or at their largest size, more
 * often than uniform drawing would give, because that is where parsers break.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {

    /** Draws one value. */
    T next(SplittableRandom random);

    /** A generator of this one's values passed through {@code f}. */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    /** A generator whose next generator depends on this one's value. */
    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
        return random -> f.apply(next(random)).next(random);
    }

    /** Lists of this generator's values, of 0 to {@code maxSize} elements. */
    default Gen<List<T>> list(int maxSize) {
        return list(0, maxSize);
    }

    /** Lists of this generator's values, of {@code minSize} to {@code maxSize} elements. */
    default Gen<List<T>> list(int minSize, int maxSize) {
        Gen<Integer> size = size(minSize, maxSize);
        return random -> {
            int n = size.next(random);
            List<T> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                values.add(next(random));
            }
            return values;
        };
    }

    /** Strings made of 0 to {@code maxPieces} of this generator's values, joined with {@code separator}. */
    default Gen<String> joined(String separator, int maxPieces) {
        return list(maxPieces).map(values -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    text.append(separator);
                }
                text.append(values.get(i));
            }
            return text.toString();
        });
    }

    /** One of the values, each as likely. */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        List<T> copy = new ArrayList<>(values.length);
        for (T value : values) {
            copy.add(value);
        }
        return random -> copy.get(random.nextInt(copy.size()));
    }

    /** One of the generators, each as likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
        List<Gen<? extends T>> copy = new ArrayList<>(generators.length);
        for (Gen<? extends T> generator : generators) {
            copy.add(generator);
        }
        return random -> copy.get(random.nextInt(copy.size())).next(random);
    }

    /** {@code a} with weight {@code weightA}, else {@code b} with weight {@code weightB}. */
    static <T> Gen<T> frequency(int weightA, Gen<? extends T> a, int weightB, Gen<? extends T> b) {
        if (weightA < 0 || weightB < 0 || weightA + weightB == 0) {
            throw new IllegalArgumentException("weights must be non-negative and not both 0: " + weightA + ", " + weightB);
        }
        return random -> random.nextInt(weightA + weightB) < weightA ? a.next(random) : b.next(random);
    }

    /** Integers from {@code min} to {@code max}, both included; each bound comes out more often than the rest. */
    static Gen<Integer> ints(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
        return random -> {
            int edge = random.nextInt(16);
            if (edge == 0) {
                return min;
            }
            if (edge == 1) {
                return max;
            }
            return (int) (min + random.nextLong((long) max - min + 1));
        };
    }

    /** A size from {@code min} to {@code max}: the bounds often, else uniform. */
    static Gen<Integer> size(int min, int max) {
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("sizes must satisfy 0 <= min <= max: " + min + ", " + max);
        }
        return ints(min, max);
    }

    /** Strings of 0 to {@code maxLength} characters, each drawn from {@code alphabet}. */
    static Gen<String> chars(String alphabet, int maxLength) {
        if (alphabet.isEmpty()) {
            throw new IllegalArgumentException("empty alphabet");
        }
        Gen<Integer> length = size(0, maxLength);
        return random -> {
            int n = length.next(random);
            char[] text = new char[n];
            for (int i = 0; i < n; i++) {
                text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            return new String(text);
        };
    }

    /** Strings of 0 to {@code maxLength} characters, each from {@code first} to {@code last}. */
    static Gen<String> charRange(char first, char last, int maxLength) {
        Gen<Integer> length = size(0, maxLength);
        return random -> {
            int n = length.next(random);
            char[] text = new char[n];
            for (int i = 0; i < n; i++) {
                text[i] = (char) (first + random.nextInt(last - first + 1));
            }
            return new String(text);
        };
    }

    /**
     * Any UTF-16 text of 0 to {@code maxLength} chars: every char value is possible, so lone surrogates,
     * U+0000, U+2028 and U+FFFF among them; a quarter of the chars are surrogates, so that pairs and lone
     * halves both occur often.
     */
    static Gen<String> anyUtf16(int maxLength) {
        Gen<Integer> length = size(0, maxLength);
        return random -> {
            int n = length.next(random);
            char[] text = new char[n];
            for (int i = 0; i < n; i++) {
                text[i] = random.nextInt(4) == 0
                        ? (char) (0xD800 + random.nextInt(0x800))
                        : (char) random.nextInt(0x10000);
            }
            return new String(text);
        };
    }

    /**
     * Well-formed text of 0 to {@code maxCodePoints} code points, mixing characters of 1, 2, 3 and 4 UTF-8
     * bytes (no surrogate code points).
     */
    static Gen<String> wellFormed(int maxCodePoints) {
        Gen<Integer> length = size(0, maxCodePoints);
        return random -> {
            int n = length.next(random);
            StringBuilder text = new StringBuilder(n * 2);
            for (int i = 0; i < n; i++) {
                text.appendCodePoint(codePoint(random));
            }
            return text.toString();
        };
    }

    /** A code point that is not a surrogate: 1-byte 30%, 2-byte 20%, 3-byte 30%, 4-byte 20% in UTF-8. */
    private static int codePoint(SplittableRandom random) {
        int bucket = random.nextInt(10);
        if (bucket < 3) {
            return 0x20 + random.nextInt(0x60);
        }
        if (bucket < 5) {
            return 0x80 + random.nextInt(0x800 - 0x80);
        }
        if (bucket < 7) {
            return 0x800 + random.nextInt(0xD800 - 0x800);
        }
        if (bucket < 8) {
            return 0xE000 + random.nextInt(0x10000 - 0xE000);
        }
        return 0x10000 + random.nextInt(0x110000 - 0x10000);
    }
}

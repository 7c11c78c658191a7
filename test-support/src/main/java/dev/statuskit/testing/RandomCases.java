package dev.statuskit.testing;

import java.util.SplittableRandom;

/**
 * Runs a check over many generated values, each from its own seed, and names the seed of the case that fails.
 *
 * <p>Each run draws fresh seeds, so every build explores new inputs. A failure message reads
 * {@code case 17 of 2000 failed for seed 0x5DEECE66DL; replay it alone with -Dstatuskit.seed=0x5DEECE66D}
 * and shows the input. With that system property set, every {@code RandomCases} run checks exactly the one
 * case of that seed: the same input, drawn the same way.
 *
 * <p>{@code -Dstatuskit.cases.factor=10} multiplies every count, for a longer search.
 */
public final class RandomCases {
    /** The system property that replays one seed (decimal, or hexadecimal with {@code 0x}). */
    public static final String SEED_PROPERTY = "statuskit.seed";
    /** The system property that multiplies the number of cases. */
    public static final String FACTOR_PROPERTY = "statuskit.cases.factor";

    private RandomCases() {
    }

    /** A check that may throw, as assertions do. */
    @FunctionalInterface
    public interface Check<T> {
        /** Checks one value; throws (an {@link AssertionError} or anything else) when it does not hold. */
        void accept(T value) throws Exception;
    }

    /**
     * Checks {@code count} values of {@code gen}, or the one value of the replayed seed.
     *
     * @return the number of cases checked
     * @throws AssertionError for the first case that fails, naming its seed and input, with the failure as cause
     */
    public static <T> int check(int count, Gen<T> gen, Check<? super T> check) {
        String replay = System.getProperty(SEED_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            long seed = parseSeed(replay.trim());
            runOne(1, 1, seed, gen, check);
            return 1;
        }
        int total = count * factor();
        SplittableRandom seeds = new SplittableRandom();
        for (int i = 1; i <= total; i++) {
            runOne(i, total, seeds.nextLong(), gen, check);
        }
        return total;
    }

    /** The value that {@code gen} draws for a seed, as {@link #check} does for the case of that seed. */
    public static <T> T valueFor(long seed, Gen<T> gen) {
        return gen.next(new SplittableRandom(seed));
    }

    private static <T> void runOne(int index, int total, long seed, Gen<T> gen, Check<? super T> check) {
        T value = valueFor(seed, gen);
        try {
            check.accept(value);
        } catch (Exception | AssertionError e) {
            String hex = "0x" + Long.toHexString(seed).toUpperCase(java.util.Locale.ROOT);
            throw new AssertionError("case " + index + " of " + total + " failed for seed " + hex
                    + "; replay it alone with -D" + SEED_PROPERTY + "=" + hex + "\ninput: " + describe(value)
                    + "\nfailure: " + e, e);
        }
    }

    static long parseSeed(String text) {
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return Long.parseUnsignedLong(text.substring(2), 16);
            }
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a long, decimal or 0x-hex: " + text, e);
        }
    }

    private static int factor() {
        String value = System.getProperty(FACTOR_PROPERTY);
        if (value == null || value.isBlank()) {
            return 1;
        }
        int factor = Integer.parseInt(value.trim());
        if (factor < 1) {
            throw new IllegalArgumentException("-D" + FACTOR_PROPERTY + " must be at least 1: " + value);
        }
        return factor;
    }

    /** The value as Java source would spell it: control characters, non-ASCII and surrogates escaped. */
    public static String describe(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(Math.min(text.length(), 2000) + 16);
        out.append(value instanceof CharSequence ? "\"" : "");
        int shown = Math.min(text.length(), 2000);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c == '"' && value instanceof CharSequence) {
                out.append("\\\"");
            } else if (c == '\\') {
                out.append("\\\\");
            } else if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        out.append(value instanceof CharSequence ? "\"" : "");
        if (shown < text.length()) {
            out.append(" ... (").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}

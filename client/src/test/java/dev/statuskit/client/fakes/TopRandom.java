package dev.statuskit.client.fakes;

import java.util.random.RandomGenerator;

/**
 * A "random" generator that always draws the largest value allowed, so that a test knows each delay exactly:
 * the top of the window or of the backoff bound.
 */
public final class TopRandom implements RandomGenerator {
    @Override
    public long nextLong() {
        throw new UnsupportedOperationException("only nextLong(bound) is expected");
    }

    @Override
    public long nextLong(long bound) {
        return bound - 1;
    }
}

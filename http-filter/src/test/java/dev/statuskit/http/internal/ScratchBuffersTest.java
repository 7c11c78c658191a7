package dev.statuskit.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScratchBuffersTest {

    @Test
    void anArrayGivenBackIsLentAgainToTheSameThread() {
        ScratchBuffers buffers = new ScratchBuffers(1);
        byte[] first = buffers.take(100);
        buffers.give(first);

        assertThat(buffers.take(50)).isSameAs(first);
    }

    @Test
    void anArrayIsNeverLentTwiceBeforeItIsGivenBack() {
        ScratchBuffers buffers = new ScratchBuffers(1);
        byte[] first = buffers.take(100);

        assertThat(buffers.take(100)).isNotSameAs(first);
    }

    @Test
    void aFirstArrayHasTheFirstSizeAndALargerRequestGetsALargerOne() {
        ScratchBuffers buffers = new ScratchBuffers(1);
        byte[] small = buffers.take(1);
        buffers.give(small);
        byte[] large = buffers.take(ScratchBuffers.FIRST_SIZE + 1);

        assertThat(small).hasSize(ScratchBuffers.FIRST_SIZE);
        assertThat(large).isNotSameAs(small).hasSize(ScratchBuffers.FIRST_SIZE + 1);
    }

    @Test
    void takingWithoutASizeLendsTheHeldArrayWhateverItsSizeOrANewOneOfTheFirstSize() {
        ScratchBuffers buffers = new ScratchBuffers(1);
        byte[] fresh = buffers.take();
        byte[] large = buffers.take(ScratchBuffers.FIRST_SIZE * 3);
        buffers.give(large);

        assertThat(fresh).hasSize(ScratchBuffers.FIRST_SIZE);
        assertThat(buffers.take()).isSameAs(large);
        assertThat(buffers.take()).isNotSameAs(large).hasSize(ScratchBuffers.FIRST_SIZE);
    }

    @Test
    void moreThanTheRetainedSizeIsRefusedWithTheLimitAndTheSize() {
        ScratchBuffers buffers = new ScratchBuffers(1);

        assertThat(ScratchBuffers.lends(ScratchBuffers.MAX_RETAINED)).isTrue();
        assertThat(ScratchBuffers.lends(ScratchBuffers.MAX_RETAINED + 1L)).isFalse();
        assertThat(buffers.take(ScratchBuffers.MAX_RETAINED)).hasSize(ScratchBuffers.MAX_RETAINED);
        assertThatThrownBy(() -> buffers.take(ScratchBuffers.MAX_RETAINED + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A scratch buffer is at most 16384 bytes; asked for 16385");
    }

    @Test
    void theSlotsAreAPowerOfTwoForAtLeastTwiceTheThreadsAndAtMost64() {
        assertThat(new ScratchBuffers(1).slotCount()).isEqualTo(2);
        assertThat(new ScratchBuffers(2).slotCount()).isEqualTo(4);
        assertThat(new ScratchBuffers(3).slotCount()).isEqualTo(8);
        assertThat(new ScratchBuffers(32).slotCount()).isEqualTo(64);
        assertThat(new ScratchBuffers(1_000).slotCount()).isEqualTo(64);
    }

    @Test
    void threadsSharingSlotsNeverWriteOneArrayAtOnce() throws Exception {
        // Two slots for eight threads: every slot is shared, and each thread fills what it was lent with its own
        // byte, yields, and checks that nothing else wrote there before it gives the array back.
        ScratchBuffers buffers = new ScratchBuffers(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                byte mark = (byte) (t + 1);
                results.add(pool.submit(() -> {
                    start.await();
                    int overwritten = 0;
                    for (int i = 0; i < 20_000; i++) {
                        byte[] buffer = buffers.take(64 + i % 512);
                        Arrays.fill(buffer, 0, 64, mark);
                        Thread.yield();
                        for (int b = 0; b < 64; b++) {
                            overwritten += buffer[b] != mark ? 1 : 0;
                        }
                        buffers.give(buffer);
                    }
                    return overwritten;
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

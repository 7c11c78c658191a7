package dev.statuskit.benchmarks;

/**
 * The options every benchmark's forked JVM runs with, named once for the {@code @Fork} of each benchmark class: a
 * fixed heap of 1 GiB whose memory is touched when the JVM starts.
 *
 * <p>Without them, on the virtual machine of BENCHMARKS.md, single one-second iterations in the middle of a fork ran
 * 10-18 times slower than the others (1.7-1.8 µs against 98-227 ns for the same render), so that one paired run
 * read a renderer at a fraction of its speed. With them, twenty iterations of four forks of the same benchmark read
 * 63.8-80.8 ns instead of 67-283 ns (BENCHMARKS.md, "Machine and noise"), which points at the heap growing into
 * memory the machine had not touched before. Both sides of every comparison get them.
 */
final class ForkedJvm {
    /** The heap's starting size: the whole heap, so that it never grows during a run. */
    static final String HEAP_START = "-Xms1g";
    /** The heap's largest size. */
    static final String HEAP_MAX = "-Xmx1g";
    /** Touch every page of the heap at start-up, before any measurement. */
    static final String PRE_TOUCH = "-XX:+AlwaysPreTouch";

    private ForkedJvm() {
    }
}

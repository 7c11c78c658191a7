package dev.statuskit.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An A/B of {@link RenderBenchmark} methods, of one build or of several, in short windows taken in turn in one JVM.
 *
 * <p>On the virtual machine of BENCHMARKS.md the speed of one JMH fork drifts by up to a factor of two within
 * seconds, so two JMH runs of the same jar read up to 24% apart, and a change of 5% cannot be seen. Here every side
 * runs a window of {@value #CALLS} calls in turn, the order reversed every round, so that neighbouring windows see
 * the same machine; each round gives a ratio of the first side's time to each other side's, and the median of those
 * ratios is the result. Two jars of StatusKit are loaded by class loaders of their own, so that each has its own
 * classes and its own JIT profile of them; the JDK's classes are shared, as they are in one application.
 *
 * <p>This is a tool for telling two builds apart, not the measure of the goals: each call goes through a
 * {@link MethodHandle} that is not inlined, and the two sides share the JDK's profiles, so its ratios against Spring
 * are not those of the JMH runs, which give each benchmark a JVM of its own.
 *
 * <p>Usage: {@code java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp benchmarks.jar dev.statuskit.benchmarks.Interleaved
 * LANGUAGE SECONDS JAR:METHOD JAR:METHOD...}, where each METHOD is a {@code RenderBenchmark} method that takes
 * nothing and returns the body, and JAR is a benchmarks jar, or {@code .} for the classes this one was loaded with.
 */
public final class Interleaved {
    /** The sum of the bodies' lengths, written once a run, so that no call can be left out as unused. */
    private static volatile long consumed;

    /** The calls in one window of one side: a few milliseconds. */
    static final int CALLS = 20_000;

    /** One side: a render benchmark's method of one build. */
    record Side(String name, MethodHandle call) {
    }

    /** What one side measured over all windows: nanoseconds per call, and its ratio to the first side. */
    record Result(String name, int windows, double medianNanos, double p10Nanos, double minNanos,
                  double medianRatio, double p25Ratio, double p75Ratio) {
    }

    private Interleaved() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 4) {
            System.err.println("usage: Interleaved LANGUAGE SECONDS JAR:METHOD JAR:METHOD...");
            System.exit(2);
        }
        String language = args[0];
        Duration measure = Duration.ofMillis(Math.round(Double.parseDouble(args[1]) * 1000));
        List<Side> sides = sides(language, Arrays.asList(args).subList(2, args.length));
        for (Result result : run(sides, Duration.ofSeconds(4), measure)) {
            System.out.println(String.format(Locale.ROOT,
                    "%-45s %5d windows  median %8.1f ns  p10 %8.1f  min %8.1f | first/this %.3f (p25 %.3f, p75 %.3f)",
                    result.name(), result.windows(), result.medianNanos(), result.p10Nanos(), result.minNanos(),
                    result.medianRatio(), result.p25Ratio(), result.p75Ratio()));
        }
    }

    /** The sides named {@code JAR:METHOD}, each set up for the language as JMH sets it up. */
    static List<Side> sides(String language, List<String> specs) throws ReflectiveOperationException {
        Map<String, ClassLoader> loaders = new HashMap<>();
        List<Side> sides = new ArrayList<>();
        for (String spec : specs) {
            int colon = spec.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("Not JAR:METHOD: " + spec);
            }
            String jar = spec.substring(0, colon);
            ClassLoader loader = loaders.computeIfAbsent(jar, Interleaved::loader);
            Class<?> type = Class.forName(RenderBenchmark.class.getName(), true, loader);
            Object benchmark = type.getConstructor().newInstance();
            type.getField("language").set(benchmark, language);
            type.getMethod("setUp").invoke(benchmark);
            Method method = type.getMethod(spec.substring(colon + 1));
            if (method.getParameterCount() != 0 || method.getReturnType() != byte[].class) {
                throw new IllegalArgumentException(spec + " does not take nothing and return the body");
            }
            MethodHandle call = MethodHandles.publicLookup().unreflect(method).bindTo(benchmark)
                    .asType(MethodType.methodType(Object.class));
            sides.add(new Side(spec.replaceAll(".*/", ""), call));
        }
        return sides;
    }

    private static ClassLoader loader(String jar) {
        if (jar.equals(".")) {
            return Interleaved.class.getClassLoader();
        }
        try {
            return new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a jar: " + jar, e);
        }
    }

    /** Warms every side up in turn, then measures windows in turn until the time is over: at least one round. */
    static List<Result> run(List<Side> sides, Duration warmUp, Duration measure) throws Throwable {
        long sink = 0;
        long warmEnd = System.nanoTime() + warmUp.toNanos() * sides.size();
        while (System.nanoTime() < warmEnd) {
            for (Side side : sides) {
                sink += window(side.call());
            }
        }
        List<double[]> rounds = new ArrayList<>();
        long end = System.nanoTime() + measure.toNanos();
        do {
            double[] round = new double[sides.size()];
            boolean reversed = rounds.size() % 2 == 1;
            for (int j = 0; j < sides.size(); j++) {
                int i = reversed ? sides.size() - 1 - j : j;
                long start = System.nanoTime();
                sink += window(sides.get(i).call());
                round[i] = (System.nanoTime() - start) / (double) CALLS;
            }
            rounds.add(round);
        } while (System.nanoTime() < end);
        consumed = sink;
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < sides.size(); i++) {
            int side = i;
            double[] nanos = rounds.stream().mapToDouble(round -> round[side]).sorted().toArray();
            double[] ratios = rounds.stream().mapToDouble(round -> round[0] / round[side]).sorted().toArray();
            results.add(new Result(sides.get(i).name(), rounds.size(), at(nanos, 0.5), at(nanos, 0.1), nanos[0],
                    at(ratios, 0.5), at(ratios, 0.25), at(ratios, 0.75)));
        }
        return results;
    }

    private static long window(MethodHandle call) throws Throwable {
        long length = 0;
        for (int k = 0; k < CALLS; k++) {
            length += ((byte[]) (Object) call.invokeExact()).length;
        }
        return length;
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[(int) (quantile * (sorted.length - 1))];
    }
}

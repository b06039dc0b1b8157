package dev.voicecampaign.bench.sidebyside;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * Compares builds (or operations) in one process on a noisy machine: each {@code JAR@OPERATION} is
 * loaded in its own class loader (so each has its own classes, JIT profiles and Jackson), and the
 * loop alternates between them every 2 000 calls, so that whatever slows the machine slows all of them
 * alike. Not a JMH benchmark and not in the report: a tool for deciding whether a change helps, before
 * the full run. Every jar must contain this package (builds from this class on).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.voicecampaign.bench.sidebyside.SideBySide SECONDS SAMPLE VARIANT JAR@OPERATION...}
 */
public final class SideBySide {
    private static final long CHUNK = 2_000;

    private SideBySide() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: SideBySide SECONDS SAMPLE VARIANT JAR@OPERATION... (operations: tree, tokens, read, validate, all, networknt, bindHv)");
            System.exit(2);
        }
        double seconds = Double.parseDouble(args[0]);
        int n = args.length - 3;
        String[] names = new String[n];
        LongUnaryOperator[] operations = new LongUnaryOperator[n];
        for (int i = 0; i < n; i++) {
            String spec = args[3 + i];
            int at = spec.lastIndexOf('@');
            if (at < 0) throw new IllegalArgumentException("not JAR@OPERATION: " + spec);
            Path jar = Path.of(spec.substring(0, at));
            names[i] = jar.getFileName() + "@" + spec.substring(at + 1);
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            operations[i] = (LongUnaryOperator) loader.loadClass(Operation.class.getName())
                    .getConstructor(String.class, String.class, String.class).newInstance(spec.substring(at + 1), args[1], args[2]);
        }
        for (int warm = 0; warm < 50; warm++) for (LongUnaryOperator operation : operations) operation.applyAsLong(CHUNK);
        long[] nanos = new long[n];
        long[] calls = new long[n];
        List<List<Double>> rates = new ArrayList<>();
        for (int i = 0; i < n; i++) rates.add(new ArrayList<>());
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            for (int i = 0; i < n; i++) {
                long start = System.nanoTime();
                operations[i].applyAsLong(CHUNK);
                long took = System.nanoTime() - start;
                nanos[i] += took;
                calls[i] += CHUNK;
                rates.get(i).add(CHUNK / (took / 1e6));
            }
        }
        for (int i = 0; i < n; i++) {
            List<Double> r = rates.get(i);
            Collections.sort(r);
            System.out.printf("%-40s %8.1f ops/ms overall, chunks: median %8.1f, 90th percentile %8.1f%n", names[i],
                    calls[i] / (nanos[i] / 1e6), r.get(r.size() / 2), r.get(r.size() * 9 / 10));
        }
    }
}

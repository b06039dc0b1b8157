package dev.voicecampaign.http.load;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Heap used right after a full collection, sampled at a fixed interval in this JVM (the server's,
 * when it runs in-process): {@code System.gc()} (a full, compacting collection under G1 unless
 * {@code -XX:+ExplicitGCInvokesConcurrent}), then the heap's used bytes. What survives is what the
 * process holds on to; if that climbs from the first third of a long run to the last, something leaks.
 */
final class HeapSampler implements AutoCloseable {
    /** One sample: time since the sampler started, heap used after the collection. */
    record Sample(Duration at, long usedBytes) {
        double usedMiB() {
            return usedBytes / (1024.0 * 1024.0);
        }
    }

    private final long start = System.nanoTime();
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("heap-sampler").factory());

    /** Samples now, then every {@code interval} until closed. */
    static HeapSampler every(Duration interval) {
        HeapSampler sampler = new HeapSampler();
        sampler.timer.scheduleAtFixedRate(() -> sampler.samples.add(sampler.sampleNow()), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return sampler;
    }

    /** A sample taken now, not added to the series (the series holds the timed samples only). */
    Sample sampleNow() {
        System.gc();
        return new Sample(Duration.ofNanos(System.nanoTime() - start), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /** Collections of every collector since the JVM started, explicit ones included. */
    static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    /** Time spent collecting since the JVM started, explicit collections included. */
    static Duration collectionTime() {
        return Duration.ofMillis(ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum());
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The trend after warm-up: the samples taken after {@code warmUp} are split in thirds and the
     * mean of the last third compared with the mean of the first. It counts as growth when the last
     * third is higher by more than {@link #TOLERANCE_MIB} MiB and more than
     * {@link #TOLERANCE_FRACTION} of the first third's mean (collections leave some noise).
     */
    record Trend(List<Sample> afterWarmUp, double firstThirdMiB, double lastThirdMiB) {
        static final double TOLERANCE_MIB = 4;
        static final double TOLERANCE_FRACTION = 0.05;

        static Trend of(List<Sample> samples, Duration warmUp) {
            List<Sample> after = samples.stream().filter(s -> s.at().compareTo(warmUp) >= 0).toList();
            int third = after.size() / 3;
            if (third == 0) return new Trend(after, Double.NaN, Double.NaN);
            return new Trend(after, mean(after.subList(0, third)), mean(after.subList(after.size() - third, after.size())));
        }

        private static double mean(List<Sample> samples) {
            return samples.stream().mapToDouble(Sample::usedMiB).average().orElse(Double.NaN);
        }

        boolean measured() {
            return !Double.isNaN(firstThirdMiB);
        }

        double growthMiB() {
            return lastThirdMiB - firstThirdMiB;
        }

        boolean grows() {
            return measured() && growthMiB() > TOLERANCE_MIB && growthMiB() > TOLERANCE_FRACTION * firstThirdMiB;
        }
    }
}

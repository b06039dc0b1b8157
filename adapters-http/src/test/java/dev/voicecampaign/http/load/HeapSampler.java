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
import java.util.function.LongSupplier;

/**
 * Heap used right after a full collection, sampled at a fixed interval in this JVM (the server's,
 * when it runs in-process): {@code System.gc()} (a full, compacting collection under G1 unless
 * {@code -XX:+ExplicitGCInvokesConcurrent}), then the heap's used bytes. What survives is what the
 * process holds on to; if that climbs from the first third of a long run to the last, something leaks.
 */
final class HeapSampler implements AutoCloseable {
    /**
     * One sample: time since the sampler started, heap used after the collection, and two readings
     * taken with it: the requests completed so far and the size of the store's files on disk (0 in memory).
     */
    record Sample(Duration at, long usedBytes, long requestsSoFar, long storeBytes) {
        Sample(Duration at, long usedBytes) {
            this(at, usedBytes, 0, 0);
        }

        double usedMiB() {
            return usedBytes / (1024.0 * 1024.0);
        }
    }

    private final long start = System.nanoTime();
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("heap-sampler").factory());
    private final LongSupplier requestsSoFar;
    private final LongSupplier storeBytes;

    private HeapSampler(LongSupplier requestsSoFar, LongSupplier storeBytes) {
        this.requestsSoFar = requestsSoFar;
        this.storeBytes = storeBytes;
    }

    /** Samples now, then every {@code interval} until closed, reading the two suppliers with each sample. */
    static HeapSampler every(Duration interval, LongSupplier requestsSoFar, LongSupplier storeBytes) {
        HeapSampler sampler = new HeapSampler(requestsSoFar, storeBytes);
        sampler.timer.scheduleAtFixedRate(() -> sampler.samples.add(sampler.sampleNow()), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return sampler;
    }

    /** A sample taken now, not added to the series (the series holds the timed samples only). */
    Sample sampleNow() {
        System.gc();
        return new Sample(Duration.ofNanos(System.nanoTime() - start), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                requestsSoFar.getAsLong(), storeBytes.getAsLong());
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
        stop();
    }

    /** Stops sampling (waiting for a sample being taken); the samples taken stay readable. */
    public void stop() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The trend after warm-up. The samples taken after {@code warmUp} are split in thirds and the
     * mean of the last third compared with the mean of the first, as measured ({@code raw}) and
     * adjusted for the request rate: the server holds state proportional to the rate of the last
     * minute (the rate limiter's window of request times, the file store's recent chunks), and on a
     * shared machine the rate drifts. Heap after GC is fitted by least squares to the trailing
     * minute's rate and the time; the rate's share is removed from each sample before the thirds
     * are compared. It counts as growth when the adjusted last third is higher by more than
     * {@link #TOLERANCE_MIB} MiB and more than {@link #TOLERANCE_FRACTION} of the first third's mean.
     *
     * @param mibPerKiloRequestsPerSecond the fitted heap held per 1000 requests/s of trailing rate
     */
    record Trend(List<Sample> afterWarmUp, double firstThirdMiB, double lastThirdMiB, double mibPerKiloRequestsPerSecond,
                 double adjustedFirstThirdMiB, double adjustedLastThirdMiB) {
        static final double TOLERANCE_MIB = 4;
        static final double TOLERANCE_FRACTION = 0.05;
        /** The window over which the retained state follows the request rate. */
        static final Duration RATE_WINDOW = Duration.ofMinutes(1);

        static Trend of(List<Sample> samples, Duration warmUp) {
            List<Integer> after = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) if (samples.get(i).at().compareTo(warmUp) >= 0) after.add(i);
            List<Sample> afterWarmUp = after.stream().map(samples::get).toList();
            int third = after.size() / 3;
            if (third == 0) return new Trend(afterWarmUp, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            double[] heap = after.stream().mapToDouble(i -> samples.get(i).usedMiB()).toArray();
            double[] rate = after.stream().mapToDouble(i -> trailingRate(samples, i)).toArray();
            double[] time = after.stream().mapToDouble(i -> samples.get(i).at().toMillis() / 1000.0).toArray();
            double perRequestPerSecond = rateCoefficient(heap, rate, time);
            double meanRate = mean(rate, 0, rate.length);
            double[] adjusted = new double[heap.length];
            for (int k = 0; k < heap.length; k++) adjusted[k] = heap[k] - perRequestPerSecond * (rate[k] - meanRate);
            int n = heap.length;
            return new Trend(afterWarmUp, mean(heap, 0, third), mean(heap, n - third, n), perRequestPerSecond * 1000,
                    mean(adjusted, 0, third), mean(adjusted, n - third, n));
        }

        /** Requests per second over the minute before sample {@code i} (or since the first sample, when shorter). */
        static double trailingRate(List<Sample> samples, int i) {
            Sample now = samples.get(i);
            Sample before = samples.get(0);
            for (int j = i - 1; j >= 0; j--) {
                if (now.at().minus(samples.get(j).at()).compareTo(RATE_WINDOW) >= 0) {
                    before = samples.get(j);
                    break;
                }
            }
            double seconds = now.at().minus(before.at()).toMillis() / 1000.0;
            return seconds <= 0 ? 0 : (now.requestsSoFar() - before.requestsSoFar()) / seconds;
        }

        /** The rate's coefficient in heap = a + b * rate + c * time (least squares); 0 when the rate does not vary apart from time. */
        private static double rateCoefficient(double[] heap, double[] rate, double[] time) {
            int n = heap.length;
            double mh = mean(heap, 0, n);
            double mr = mean(rate, 0, n);
            double mt = mean(time, 0, n);
            double srr = 0;
            double stt = 0;
            double srt = 0;
            double srh = 0;
            double sth = 0;
            for (int k = 0; k < n; k++) {
                double r = rate[k] - mr;
                double t = time[k] - mt;
                double h = heap[k] - mh;
                srr += r * r;
                stt += t * t;
                srt += r * t;
                srh += r * h;
                sth += t * h;
            }
            double determinant = srr * stt - srt * srt;
            if (Math.abs(determinant) <= 1e-9 * Math.max(1, srr * stt)) return 0;
            return (srh * stt - sth * srt) / determinant;
        }

        private static double mean(double[] values, int from, int to) {
            double sum = 0;
            for (int k = from; k < to; k++) sum += values[k];
            return sum / (to - from);
        }

        boolean measured() {
            return !Double.isNaN(firstThirdMiB);
        }

        double growthMiB() {
            return lastThirdMiB - firstThirdMiB;
        }

        double adjustedGrowthMiB() {
            return adjustedLastThirdMiB - adjustedFirstThirdMiB;
        }

        boolean grows() {
            return measured() && adjustedGrowthMiB() > TOLERANCE_MIB && adjustedGrowthMiB() > TOLERANCE_FRACTION * adjustedFirstThirdMiB;
        }
    }
}

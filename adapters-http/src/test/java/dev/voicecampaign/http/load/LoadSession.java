package dev.voicecampaign.http.load;

import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.http.auth.ServerConfig;
import dev.voicecampaign.http.server.Main;
import dev.voicecampaign.http.server.RunningServer;
import dev.voicecampaign.http.server.ServeOptions;
import dev.voicecampaign.http.server.StorageOption;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The load run behind {@code ./dev load [seconds]}: starts the reference server in this JVM
 * through {@link Main#serve} (the same composition root as {@code serve}) on a loopback port, over
 * the durable H2 file store in a temporary directory (or memory with {@code --in-memory}), runs the
 * {@link LoadGenerator} mix at 64 connections for the given duration while sampling heap used after
 * a full GC, stops the server gracefully and reports requests, errors, latency percentiles per
 * operation and the heap trend. With {@code --doc FILE} it also rewrites the section between the
 * {@value #BEGIN} and {@value #END} markers of that file. Exit code 0 without errors, 1 with errors
 * or heap growth, 2 on bad arguments.
 */
public final class LoadSession {
    static final String BEGIN = "<!-- load:begin -->";
    static final String END = "<!-- load:end -->";
    static final int CONNECTIONS = 64;

    private LoadSession() {
    }

    /**
     * What a session measured, ready to print; with the machine's load average (runnable processes,
     * one-minute mean) before and after, since the figures depend on whatever else the machine runs.
     */
    record Report(LoadGenerator.Result load, String storage, Optional<HeapReport> heap, double loadAverageBefore, double loadAverageAfter) {
    }

    /** Heap samples, the warm-up excluded from the trend, the sampling interval and the collector's totals over the run. */
    record HeapReport(List<HeapSampler.Sample> samples, HeapSampler.Sample afterLoad, Duration warmUp, Duration interval,
                      HeapSampler.Trend trend, long collections, Duration collectionTime) {
    }

    public static void main(String[] args) throws Exception {
        long seconds = 600;
        boolean inMemory = false;
        boolean postgres = false;
        int connections = CONNECTIONS;
        Path doc = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--in-memory" -> inMemory = true;
                    case "--postgres" -> postgres = true;
                    case "--connections" -> connections = Integer.parseInt(args[++i]);
                    case "--doc" -> doc = Path.of(args[++i]);
                    default -> seconds = Long.parseLong(args[i]);
                }
            }
            if (seconds < 1 || connections < 1) throw new IllegalArgumentException("seconds and connections must be positive");
            if (inMemory && postgres) throw new IllegalArgumentException("--in-memory and --postgres exclude each other");
        } catch (RuntimeException e) {
            System.err.println("usage: LoadSession [seconds] [--connections N] [--in-memory | --postgres] [--doc FILE]  (" + e.getMessage() + ")");
            System.exit(2);
        }
        Duration duration = Duration.ofSeconds(seconds);
        if (postgres) {
            System.out.printf("load: %d connections, %d s per phase, two servers over one PostgreSQL%n", connections, seconds);
            ScaleOutLoad.Report report = ScaleOutLoad.measure(duration, connections);
            String markdown = ScaleOutLoad.markdown(report, "`./dev load " + seconds + " --postgres`");
            System.out.println(markdown);
            if (doc != null) {
                writeSection(doc, ScaleOutLoad.BEGIN, ScaleOutLoad.END, markdown);
                System.out.println("load: figures written to " + doc);
            }
            System.exit(report.life().errorCount() + report.creates().errorCount() == 0 ? 0 : 1);
        }
        Duration interval = Duration.ofMillis(Math.max(1000, duration.toMillis() / 30));
        System.out.printf("load: %d connections for %d s against the in-process server (%s), heap sampled every %d s%n",
                connections, seconds, inMemory ? "in memory" : "durable H2 file store", interval.toSeconds());
        Report report = measure(duration, connections, inMemory, Optional.of(interval));
        String markdown = markdown(report, "`./dev load " + seconds + "`");
        System.out.println(markdown);
        if (doc != null) {
            writeSection(doc, markdown);
            System.out.println("load: figures written to " + doc);
        }
        boolean growth = report.heap().map(h -> h.trend().grows()).orElse(false);
        System.exit(report.load().errorCount() == 0 && !growth ? 0 : 1);
    }

    /** Starts the server, runs the load (sampling the heap when asked), stops the server; the data directory is removed. */
    static Report measure(Duration duration, int connections, boolean inMemory, Optional<Duration> heapInterval) throws IOException,
            InterruptedException {
        Path data = Files.createTempDirectory("campaign-load-");
        StorageOption storage = inMemory ? StorageOption.inMemory() : StorageOption.dataDirectory(data);
        ServerConfig config = DemoConfig.standard();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        double loadAverageBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try {
            RunningServer server = Main.serve(config, new ServeOptions(0, storage, Integer.MAX_VALUE).onLoopbackOnly(), false, quiet);
            LoadGenerator.Result result;
            Optional<HeapReport> heap = Optional.empty();
            try {
                LoadGenerator generator = new LoadGenerator(server.port(), config.apps().get(0), connections, duration);
                if (heapInterval.isPresent()) {
                    long collectionsBefore = HeapSampler.collections();
                    Duration timeBefore = HeapSampler.collectionTime();
                    try (HeapSampler sampler = HeapSampler.every(heapInterval.get(), generator::requestsSoFar, () -> treeSize(data))) {
                        result = generator.run();
                        sampler.stop();
                        HeapSampler.Sample afterLoad = sampler.sampleNow();
                        Duration warmUp = warmUp(duration, heapInterval.get());
                        heap = Optional.of(new HeapReport(sampler.samples(), afterLoad, warmUp, heapInterval.get(),
                                HeapSampler.Trend.of(sampler.samples(), warmUp), HeapSampler.collections() - collectionsBefore,
                                HeapSampler.collectionTime().minus(timeBefore)));
                    }
                } else {
                    result = generator.run();
                }
            } finally {
                server.stop(quiet);
            }
            return new Report(result, inMemory ? "in memory (--in-memory)" : "durable H2 file store (the default of serve)", heap,
                    loadAverageBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            deleteTree(data);
        }
    }

    /**
     * Two minutes, a tenth of longer runs, at most half of shorter ones, and at least one sampling
     * interval. The server holds state proportional to the recent request rate that takes that long
     * to fill: the rate limiter's one-minute window of request times (the limit is lifted here, so
     * it holds every request of the last minute) and the file store's recently written chunks.
     */
    static Duration warmUp(Duration duration, Duration interval) {
        Duration warmUp = Collections.max(List.of(Duration.ofMinutes(2), duration.dividedBy(10)));
        warmUp = Collections.min(List.of(warmUp, duration.dividedBy(2)));
        return Collections.max(List.of(warmUp, interval));
    }

    /** The figures as the Markdown section of docs/reliability.md; {@code command} names what produced them. */
    static String markdown(Report report, String command) {
        LoadGenerator.Result load = report.load();
        StringBuilder md = new StringBuilder();
        double seconds = load.elapsed().toMillis() / 1000.0;
        md.append(String.format(Locale.ROOT, "Latest run: %s, %s: %d connections for %d s against the in-process server over the %s;"
                        + " JDK %s, %d cores, max heap %d MiB; load generator in the same JVM; machine load average %.1f before, %.1f after"
                + " (other work on the machine counts in the latencies).%n%n",
                LocalDate.now(ZoneOffset.UTC), command, load.connections(), load.duration().toSeconds(), report.storage(),
                Runtime.version().feature(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                report.loadAverageBefore(), report.loadAverageAfter()));
        md.append(String.format(Locale.ROOT, "**%d requests, %d errors** in %.1f s (%.0f requests/s; the lives under way at the deadline"
                + " are finished). Latency in ms:%n%n", load.requests(), load.errorCount(), seconds, load.requests() / seconds));
        operations(md, load);
        report.heap().ifPresent(heap -> heapSection(md, heap));
        return md.toString();
    }

    /** The latency table of {@code load}, a row per operation that ran and one for all, then its first errors if any. */
    static void operations(StringBuilder md, LoadGenerator.Result load) {
        md.append("| operation | requests | errors | p50 | p90 | p99 | max |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (LoadGenerator.Operation op : LoadGenerator.Operation.values()) {
            if (load.latencies().get(op).count() > 0) row(md, op.label(), load.latencies().get(op), load.errors().get(op));
        }
        row(md, "**all**", load.all(), load.errorCount());
        if (!load.firstErrors().isEmpty()) {
            md.append("\nFirst errors:\n\n");
            load.firstErrors().forEach(e -> md.append("- `").append(e.replace('`', '\'')).append("`\n"));
        }
    }

    private static void row(StringBuilder md, String label, LatencyHistogram latencies, long errors) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s |%n", label, latencies.count(), errors,
                millis(latencies.percentileMicros(50)), millis(latencies.percentileMicros(90)), millis(latencies.percentileMicros(99)),
                millis(latencies.maxMicros())));
    }

    /** Microseconds as milliseconds, two decimals below 10 ms. */
    static String millis(long micros) {
        return String.format(Locale.ROOT, micros < 10_000 ? "%.2f" : "%.0f", micros / 1000.0);
    }

    private static void heapSection(StringBuilder md, HeapReport heap) {
        HeapSampler.Trend trend = heap.trend();
        md.append(String.format(Locale.ROOT, "%nHeap used after a full GC (`System.gc()`, then `MemoryMXBean` heap used), sampled every %d s;"
                        + " the first %d s are warm-up. %d collections took %.1f s in all during the run, the sampler's included"
                        + " (they also show in the max latencies).%n%n",
                heap.interval().toSeconds(), heap.warmUp().toSeconds(), heap.collections(), heap.collectionTime().toMillis() / 1000.0));
        if (trend.measured()) {
            md.append(String.format(Locale.ROOT, "After warm-up (mean of %d samples per third): first third %.1f MiB, last third %.1f MiB,"
                            + " %+.1f MiB as measured. The heap follows the request rate of the last minute (%.1f MiB per 1000 requests/s,"
                            + " fitted); adjusted for it: %.1f and %.1f MiB, %+.1f MiB: **%s** (growth means more than %.0f MiB and %.0f%%"
                            + " after adjustment).%n%n",
                    trend.afterWarmUp().size() / 3, trend.firstThirdMiB(), trend.lastThirdMiB(), trend.growthMiB(),
                    trend.mibPerKiloRequestsPerSecond(), trend.adjustedFirstThirdMiB(), trend.adjustedLastThirdMiB(), trend.adjustedGrowthMiB(),
                    trend.grows() ? "heap grows" : "no growth", HeapSampler.Trend.TOLERANCE_MIB, HeapSampler.Trend.TOLERANCE_FRACTION * 100));
        } else {
            md.append("Too few samples after warm-up to compare thirds; run longer.\n\n");
        }
        md.append("| s into the run | heap after GC (MiB) | requests/s over the minute before | store on disk (MiB) |\n|---:|---:|---:|---:|\n");
        List<HeapSampler.Sample> samples = heap.samples();
        for (int i = 0; i < samples.size(); i++) {
            HeapSampler.Sample s = samples.get(i);
            md.append(String.format(Locale.ROOT, "| %d | %.1f | %.0f | %.1f |%n", s.at().toSeconds(), s.usedMiB(),
                    HeapSampler.Trend.trailingRate(samples, i), s.storeBytes() / (1024.0 * 1024.0)));
        }
        md.append(String.format(Locale.ROOT, "%nOnce the load had stopped (connections closed, server still up): %.1f MiB.%n",
                heap.afterLoad().usedMiB()));
    }

    /** Replaces what lies between the markers of {@code doc} with {@code section}; refuses a file without both markers. */
    static void writeSection(Path doc, String section) throws IOException {
        writeSection(doc, BEGIN, END, section);
    }

    /** As {@link #writeSection(Path, String)} between the markers {@code beginMarker} and {@code endMarker}. */
    static void writeSection(Path doc, String beginMarker, String endMarker, String section) throws IOException {
        String text = Files.readString(doc);
        int begin = text.indexOf(beginMarker);
        int end = text.indexOf(endMarker);
        if (begin < 0 || end < begin) {
            throw new IOException(doc + " has no " + beginMarker + " ... " + endMarker + " section to write the figures into");
        }
        Files.writeString(doc, text.substring(0, begin + beginMarker.length()) + "\n" + section + text.substring(end));
    }

    /** Bytes in the files under {@code root}; 0 when unreadable (files come and go while the store works). */
    private static long treeSize(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}

package dev.voicecampaign.http.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short load run of the normal test run: the {@link LoadGenerator} mix at 64 connections for
 * five seconds against the in-process server over the durable file store. It asserts zero errors
 * and that every operation ran, never a latency (the machine is shared); the figures are printed.
 * {@code ./dev load [seconds]} runs the long version with heap sampling.
 */
class LoadTest {
    @TempDir
    Path work;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void sixtyFourConnectionsForFiveSecondsGetNoError() throws Exception {
        LoadSession.Report report = LoadSession.measure(Duration.ofSeconds(5), LoadSession.CONNECTIONS, false, Optional.empty());
        LoadGenerator.Result load = report.load();
        System.out.println(LoadSession.markdown(report, "LoadTest"));

        assertThat(load.errorCount()).as("errors; the first ones: %s", load.firstErrors()).isZero();
        for (LoadGenerator.Operation op : LoadGenerator.Operation.values()) {
            assertThat(load.latencies().get(op).count()).as("%s requests", op.label()).isPositive();
        }
    }

    /** The scale-out mode's three phases, short: two servers over one PostgreSQL take both mixes without an error. */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void twoServersOverOnePostgresGetNoErrorAndTheFloorIsMeasured() throws Exception {
        ScaleOutLoad.Report report = ScaleOutLoad.measure(Duration.ofSeconds(2), 16);
        System.out.println(ScaleOutLoad.markdown(report, "LoadTest"));

        for (LoadGenerator.Result load : List.of(report.life(), report.creates())) {
            assertThat(load.errorCount()).as("errors; the first ones: %s", load.firstErrors()).isZero();
        }
        for (LoadGenerator.Operation op : LoadGenerator.Operation.values()) {
            assertThat(report.life().latencies().get(op).count()).as("%s requests", op.label()).isPositive();
        }
        assertThat(report.creates().latencies().get(LoadGenerator.Operation.CREATE).count()).isEqualTo(report.creates().requests());
        assertThat(report.floor().rows()).isEqualTo(report.floor().latencies().count()).isPositive();
        assertThat(report.ratio()).isPositive();
    }

    @Test
    void latencyPercentilesNeverUnderstateAndTheMaximumIsExact() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (long micros = 1; micros <= 1000; micros++) histogram.recordNanos(micros * 1000);
        histogram.recordNanos(5_000_123_000L);
        assertThat(histogram.count()).isEqualTo(1001);
        assertThat(histogram.percentileMicros(50)).isBetween(501L, 501L + 501 / 64);
        assertThat(histogram.percentileMicros(99)).isBetween(991L, 991L + 991 / 64);
        assertThat(histogram.maxMicros()).isEqualTo(5_000_123L);
        assertThat(histogram.percentileMicros(100)).isEqualTo(5_000_123L);
        for (long v : new long[] {0, 1, 127, 128, 129, 1_000, 65_535, 1L << 40}) {
            int index = LatencyHistogram.index(v);
            assertThat(LatencyHistogram.upperEdge(index)).as("upper edge of %d", v).isGreaterThanOrEqualTo(v);
            if (index > 0) assertThat(LatencyHistogram.upperEdge(index - 1)).as("previous edge of %d", v).isLessThan(v);
        }
    }

    @Test
    void theFiguresReplaceOnlyTheMarkedSectionOfTheDocument() throws Exception {
        Path doc = work.resolve("reliability.md");
        Files.writeString(doc, "# before\n" + LoadSession.BEGIN + "\nold figures\n" + LoadSession.END + "\nafter\n");
        LoadSession.writeSection(doc, "new figures\n");
        assertThat(Files.readString(doc)).isEqualTo("# before\n" + LoadSession.BEGIN + "\nnew figures\n" + LoadSession.END + "\nafter\n");
    }

    @Test
    void heapGrowthIsTheLastThirdAboveTheFirstBeyondTheTolerance() {
        List<HeapSampler.Sample> flat = new ArrayList<>();
        List<HeapSampler.Sample> climbing = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            flat.add(new HeapSampler.Sample(Duration.ofSeconds(s * 10L), mib(40 + s % 3)));
            climbing.add(new HeapSampler.Sample(Duration.ofSeconds(s * 10L), mib(40 + s)));
        }
        HeapSampler.Trend steady = HeapSampler.Trend.of(flat, Duration.ofSeconds(30));
        assertThat(steady.afterWarmUp()).hasSize(27);
        assertThat(steady.grows()).isFalse();
        assertThat(HeapSampler.Trend.of(climbing, Duration.ofSeconds(30)).grows()).isTrue();
        assertThat(HeapSampler.Trend.of(flat.subList(0, 2), Duration.ZERO).measured()).isFalse();
    }

    @Test
    void heapThatFollowsTheRequestRateIsNotGrowthButHeapThatClimbsAtAnyRateIs() {
        List<HeapSampler.Sample> counts = new ArrayList<>();
        long requests = 0;
        for (int s = 0; s <= 30; s++) {
            requests += (s < 20 ? 3000 + 100L * (s % 3) : 5500) * 10; // the machine got faster for the last third
            counts.add(new HeapSampler.Sample(Duration.ofSeconds(s * 10L), 0, requests, 0));
        }
        List<HeapSampler.Sample> followsRate = new ArrayList<>();
        List<HeapSampler.Sample> climbs = new ArrayList<>();
        for (int s = 0; s <= 30; s++) {
            HeapSampler.Sample c = counts.get(s);
            long heldForTheRate = (long) (HeapSampler.Trend.trailingRate(counts, s) * 2_000);
            followsRate.add(new HeapSampler.Sample(c.at(), mib(40) + heldForTheRate, c.requestsSoFar(), 0));
            climbs.add(new HeapSampler.Sample(c.at(), mib(40 + s) + heldForTheRate, c.requestsSoFar(), 0));
        }
        HeapSampler.Trend rateOnly = HeapSampler.Trend.of(followsRate, Duration.ofSeconds(60));
        assertThat(rateOnly.growthMiB()).as("as measured").isGreaterThan(HeapSampler.Trend.TOLERANCE_MIB);
        assertThat(rateOnly.grows()).as("adjusted for the rate").isFalse();
        assertThat(HeapSampler.Trend.of(climbs, Duration.ofSeconds(60)).grows()).isTrue();
    }

    private static long mib(long mib) {
        return mib * 1024 * 1024;
    }
}

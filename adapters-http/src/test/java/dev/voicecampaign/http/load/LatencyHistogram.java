package dev.voicecampaign.http.load;

/**
 * Latencies in fixed memory: microsecond values in log-linear buckets (exact below 128 µs, within
 * 1/64 above), so a run of any length records into the same few thousand counters and the load
 * generator's own heap does not grow. Percentiles answer the bucket's upper edge (never
 * optimistic); the maximum is exact. Not thread-safe: one per recording thread, then {@link #add}.
 */
final class LatencyHistogram {
    private static final int SUB_BUCKETS = 64;
    private static final int LINEAR_LIMIT = 2 * SUB_BUCKETS;
    private static final int BUCKETS = LINEAR_LIMIT + 58 * SUB_BUCKETS;

    private final long[] counts = new long[BUCKETS];
    private long total;
    private long maxMicros;

    void recordNanos(long nanos) {
        long micros = Math.max(0, nanos / 1_000);
        counts[index(micros)]++;
        total++;
        maxMicros = Math.max(maxMicros, micros);
    }

    void add(LatencyHistogram other) {
        for (int i = 0; i < BUCKETS; i++) counts[i] += other.counts[i];
        total += other.total;
        maxMicros = Math.max(maxMicros, other.maxMicros);
    }

    long count() {
        return total;
    }

    long maxMicros() {
        return maxMicros;
    }

    /** The latency that {@code percent} of the recorded values do not exceed, in microseconds; 0 when empty. */
    long percentileMicros(double percent) {
        if (total == 0) return 0;
        long rank = Math.max(1, (long) Math.ceil(total * percent / 100.0));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) return Math.min(upperEdge(i), maxMicros);
        }
        return maxMicros;
    }

    static int index(long micros) {
        if (micros < LINEAR_LIMIT) return (int) micros;
        int shift = 63 - Long.numberOfLeadingZeros(micros) - 6;
        return shift * SUB_BUCKETS + (int) (micros >>> shift);
    }

    /** The largest value that falls into bucket {@code index}. */
    static long upperEdge(int index) {
        if (index < LINEAR_LIMIT) return index;
        int shift = index / SUB_BUCKETS - 1;
        long mantissa = index - (long) shift * SUB_BUCKETS;
        return ((mantissa + 1) << shift) - 1;
    }
}

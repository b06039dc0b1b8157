package dev.voicecampaign.core.support;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Replayable seeds for property tests (the testkit's generators take one). The base seed is fixed so
 * runs repeat; {@code -Dvoicecampaign.seed=N} explores others and {@code -Dvoicecampaign.seeds=N} sets how
 * many cases run. A failing case prints {@link #replay}, the flags that rerun exactly it.
 */
public final class Seeds {
    public static final long DEFAULT_BASE = 20261123L;

    private Seeds() {
    }

    public static long base() {
        return Long.getLong("voicecampaign.seed", DEFAULT_BASE);
    }

    /** {@code count} seeds (or {@code -Dvoicecampaign.seeds}), the first being the base seed itself. */
    public static Stream<Long> stream(int count) {
        int n = Integer.getInteger("voicecampaign.seeds", count);
        long base = base();
        SplittableRandom spread = new SplittableRandom(base);
        return LongStream.range(0, n).map(i -> i == 0 ? base : spread.nextLong()).boxed();
    }

    public static SplittableRandom random(long seed) {
        return new SplittableRandom(seed);
    }

    /** The text a failure prints so the case can be replayed. */
    public static String replay(long seed) {
        return "seed " + seed + " (replay with -Dvoicecampaign.seed=" + seed + " -Dvoicecampaign.seeds=1)";
    }
}

package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;

import java.time.Duration;

/** Minutes to wait before calling a record again: 1 to 1440 (one day). */
public record RetryPeriod(int minutes) {
    public static final IntRange RANGE = IntRange.of(1, 1440);

    public RetryPeriod {
        RANGE.require(minutes, "default retry period (minutes)");
    }

    /** Every valid retry period, made once: a store keeps many campaigns, and the value is immutable. */
    private static final RetryPeriod[] SHARED = java.util.stream.IntStream.rangeClosed((int) RANGE.min(), (int) RANGE.max())
            .mapToObj(RetryPeriod::new).toArray(RetryPeriod[]::new);

    /** The shared instance for {@code minutes}; out of range throws as the constructor does. */
    public static RetryPeriod of(int minutes) {
        return minutes >= RANGE.min() && minutes <= RANGE.max() ? SHARED[minutes - (int) RANGE.min()] : new RetryPeriod(minutes);
    }

    public Duration asDuration() {
        return Duration.ofMinutes(minutes);
    }
}

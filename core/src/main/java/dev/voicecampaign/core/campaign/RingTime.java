package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;

import java.time.Duration;

/** Seconds a call may ring before it is given up: 5 to 120. */
public record RingTime(int seconds) {
    public static final IntRange RANGE = IntRange.of(5, 120);

    public RingTime {
        RANGE.require(seconds, "max ring time (seconds)");
    }

    /** Every valid ring time, made once: a store keeps many campaigns, and the value is immutable. */
    private static final RingTime[] SHARED = java.util.stream.IntStream.rangeClosed((int) RANGE.min(), (int) RANGE.max())
            .mapToObj(RingTime::new).toArray(RingTime[]::new);

    /** The shared instance for {@code seconds}; out of range throws as the constructor does. */
    public static RingTime of(int seconds) {
        return seconds >= RANGE.min() && seconds <= RANGE.max() ? SHARED[seconds - (int) RANGE.min()] : new RingTime(seconds);
    }

    public Duration asDuration() {
        return Duration.ofSeconds(seconds);
    }
}

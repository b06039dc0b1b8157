package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;
import dev.voicecampaign.core.constraint.SharedValues;

import java.time.Duration;

/** Seconds a call may ring before it is given up: 5 to 120. */
public record RingTime(int seconds) {
    public static final IntRange RANGE = IntRange.of(5, 120);

    public RingTime {
        RANGE.require(seconds, "max ring time (seconds)");
    }

    /** Every valid value made once (see SharedValues). */
    private static final SharedValues<RingTime> SHARED = new SharedValues<>(RANGE, RingTime::new);

    /** The shared instance for {@code seconds}; out of range throws as the constructor does. */
    public static RingTime of(int seconds) {
        return SHARED.of(seconds);
    }

    public Duration asDuration() {
        return Duration.ofSeconds(seconds);
    }
}

package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;
import dev.voicecampaign.core.constraint.SharedValues;

import java.time.Duration;

/** Minutes to wait before calling a record again: 1 to 1440 (one day). */
public record RetryPeriod(int minutes) {
    public static final IntRange RANGE = IntRange.of(1, 1440);

    public RetryPeriod {
        RANGE.require(minutes, "default retry period (minutes)");
    }

    /** Every valid value made once (see SharedValues). */
    private static final SharedValues<RetryPeriod> SHARED = new SharedValues<>(RANGE, RetryPeriod::new);

    /** The shared instance for {@code minutes}; out of range throws as the constructor does. */
    public static RetryPeriod of(int minutes) {
        return SHARED.of(minutes);
    }

    public Duration asDuration() {
        return Duration.ofMinutes(minutes);
    }
}

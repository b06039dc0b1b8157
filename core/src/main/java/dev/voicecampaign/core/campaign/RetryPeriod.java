package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;
import java.time.Duration;

/** Minutes to wait before calling a record again: 1 to 1440 (one day). */
public record RetryPeriod(int minutes) {
    public static final IntRange RANGE = IntRange.of(1, 1440);

    public RetryPeriod {
        RANGE.require(minutes, "default retry period (minutes)");
    }

    public Duration asDuration() {
        return Duration.ofMinutes(minutes);
    }
}

package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;
import java.time.Duration;

/** Seconds a call may ring before it is given up: 5 to 120. */
public record RingTime(int seconds) {
    public static final IntRange RANGE = IntRange.of(5, 120);

    public RingTime {
        RANGE.require(seconds, "max ring time (seconds)");
    }

    public Duration asDuration() {
        return Duration.ofSeconds(seconds);
    }
}

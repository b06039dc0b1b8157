package dev.voicecampaign.core.hours;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A stretch of time during which calls may be placed: {@code start} inclusive, {@code end} exclusive. */
public record OpenInterval(Instant start, Instant end) {
    public OpenInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) throw new IllegalArgumentException("empty interval " + start + ".." + end);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}

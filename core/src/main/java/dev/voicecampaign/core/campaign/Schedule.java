package dev.voicecampaign.core.campaign;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a scheduled campaign runs: from {@code start} to {@code end}, local date-times in the
 * campaign's calling-hours zone, optionally recurring. Set through the schedule route.
 */
public record Schedule(LocalDateTime start, LocalDateTime end, Optional<Recurrence> recurrence) {
    public Schedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(recurrence, "recurrence");
        if (!end.isAfter(start)) throw new IllegalArgumentException("schedule end " + end + " not after start " + start);
    }

    /** How a schedule repeats. */
    public sealed interface Recurrence {
        /** Every {@code everyNDays} days. */
        record Daily(int everyNDays) implements Recurrence {
            public Daily {
                if (everyNDays < 1) throw new IllegalArgumentException("everyNDays must be >= 1");
            }
        }

        /** Every {@code everyNWeeks} weeks on the given days. */
        record Weekly(int everyNWeeks, Set<DayOfWeek> days) implements Recurrence {
            public Weekly {
                days = Set.copyOf(days);
                if (everyNWeeks < 1) throw new IllegalArgumentException("everyNWeeks must be >= 1");
                if (days.isEmpty()) throw new IllegalArgumentException("weekly recurrence needs days");
            }
        }
    }
}

package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;
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
            /** Once a day to once a year (the seeds give no bound; our decision). */
            public static final IntRange EVERY = IntRange.of(1, 365);

            public Daily {
                EVERY.require(everyNDays, "days between runs");
            }
        }

        /** Every {@code everyNWeeks} weeks on the given days. */
        record Weekly(int everyNWeeks, Set<DayOfWeek> days) implements Recurrence {
            /** Once a week to once a year (our decision). */
            public static final IntRange EVERY = IntRange.of(1, 52);
            /** How many days of the week it may name. */
            public static final IntRange DAY_COUNT = IntRange.of(1, 7);

            public Weekly {
                days = Set.copyOf(days);
                EVERY.require(everyNWeeks, "weeks between runs");
                DAY_COUNT.require(days.size(), "days of a weekly recurrence");
            }
        }
    }
}

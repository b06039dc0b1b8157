package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a scheduled campaign runs, in local date-times of the campaign's calling-hours zone; set through the
 * schedule route. Without a recurrence it runs once, from {@code start} to {@code end}. With one, {@code start}
 * and {@code end} bound a series of runs: each on a date the recurrence names, from {@code start}'s time of day
 * to {@code end}'s (the next day's when that is not later), the last cut at {@code end} ({@link #occurrenceAt}).
 */
public record Schedule(LocalDateTime start, LocalDateTime end, Optional<Recurrence> recurrence) {
    public Schedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(recurrence, "recurrence");
        if (!end.isAfter(start)) throw new IllegalArgumentException("schedule end " + end + " not after start " + start);
    }

    /** One run of a schedule: from {@code start} (inclusive) to {@code end} (exclusive), local date-times. */
    public record Occurrence(LocalDateTime start, LocalDateTime end) {
        /** Whether {@code t} lies within the run. */
        public boolean holds(LocalDateTime t) {
            return !t.isBefore(start) && t.isBefore(end);
        }
    }

    /** The run holding local date-time {@code t}, if one does. */
    public Optional<Occurrence> occurrenceAt(LocalDateTime t) {
        if (recurrence.isEmpty()) return Optional.of(new Occurrence(start, end)).filter(o -> o.holds(t));
        // A run lasts at most a day, so only a run of t's date or of the day before can hold t.
        for (LocalDate date : List.of(t.toLocalDate().minusDays(1), t.toLocalDate())) {
            Optional<Occurrence> run = occurrenceOn(date).filter(o -> o.holds(t));
            if (run.isPresent()) return run;
        }
        return Optional.empty();
    }

    /** The first run starting after local date-time {@code t}, if the schedule has one. */
    public Optional<Occurrence> nextAfter(LocalDateTime t) {
        if (recurrence.isEmpty()) return Optional.of(new Occurrence(start, end)).filter(o -> o.start().isAfter(t));
        LocalDate first = t.toLocalDate().isAfter(start.toLocalDate()) ? t.toLocalDate() : start.toLocalDate();
        for (LocalDate date = first; !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
            Optional<Occurrence> run = occurrenceOn(date).filter(o -> o.start().isAfter(t));
            if (run.isPresent()) return run;
        }
        return Optional.empty();
    }

    /** The run a recurring schedule starts on {@code date}, if it starts one there. */
    private Optional<Occurrence> occurrenceOn(LocalDate date) {
        LocalDate firstDate = start.toLocalDate();
        if (date.isBefore(firstDate) || date.isAfter(end.toLocalDate())) return Optional.empty();
        boolean runs = switch (recurrence.orElseThrow()) {
            case Recurrence.Daily d -> ChronoUnit.DAYS.between(firstDate, date) % d.everyNDays() == 0;
            case Recurrence.Weekly w -> w.days().contains(date.getDayOfWeek())
                    && ChronoUnit.WEEKS.between(monday(firstDate), monday(date)) % w.everyNWeeks() == 0;
        };
        if (!runs) return Optional.empty();
        LocalDateTime from = date.atTime(start.toLocalTime());
        LocalDateTime to = (end.toLocalTime().isAfter(start.toLocalTime()) ? date : date.plusDays(1)).atTime(end.toLocalTime());
        if (to.isAfter(end)) to = end;
        return from.isBefore(to) ? Optional.of(new Occurrence(from, to)) : Optional.empty();
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
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

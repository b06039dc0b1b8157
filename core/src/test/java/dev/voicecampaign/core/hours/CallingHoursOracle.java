package dev.voicecampaign.core.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The documented meaning of calling hours, evaluated from scratch with {@link ZonedDateTime} and nothing of
 * the engine: each window placed on a date maps to instants by itself (a time in a spring-forward gap moves
 * forward by the gap; in a fall-back overlap a start takes the earlier offset and an end the later), the part
 * of a window on a restricted date is removed, and the open time is the union of what is left.
 */
record CallingHoursOracle(CallingHours hours) {
    /** The union of the windows placed on {@code first} to {@code last}: sorted, disjoint, never touching. */
    List<OpenInterval> openOver(LocalDate first, LocalDate last) {
        ZoneId zone = hours.zone();
        List<OpenInterval> placed = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (CallingWindow w : hours.windows()) {
                if (hours.frequency() != Frequency.DAILY && !w.day().orElseThrow().equals(date.getDayOfWeek())) continue;
                LocalDateTime midnight = date.plusDays(1).atStartOfDay();
                LocalDateTime start = date.atTime(w.start());
                LocalDateTime end = w.end().isAfter(w.start()) ? date.atTime(w.end()) : date.plusDays(1).atTime(w.end());
                if (restricted(date) && start.isBefore(midnight)) start = midnight;
                if (restricted(date.plusDays(1)) && end.isAfter(midnight)) end = midnight;
                if (!start.isBefore(end)) continue;
                Instant from = ZonedDateTime.ofLocal(start, zone, null).toInstant();
                Instant to = ZonedDateTime.ofLocal(end, zone, null).withLaterOffsetAtOverlap().toInstant();
                if (from.isBefore(to)) placed.add(new OpenInterval(from, to));
            }
        }
        placed.sort(Comparator.comparing(OpenInterval::start));
        List<OpenInterval> union = new ArrayList<>();
        for (OpenInterval i : placed) {
            OpenInterval previous = union.isEmpty() ? null : union.get(union.size() - 1);
            if (previous != null && !i.start().isAfter(previous.end())) {
                union.set(union.size() - 1, new OpenInterval(previous.start(), i.end().isAfter(previous.end()) ? i.end() : previous.end()));
            } else {
                union.add(i);
            }
        }
        return union;
    }

    /** The union over the local dates from {@code days} before {@code t}'s to {@code daysAfter} after it. */
    Span around(Instant t, int daysAfter) {
        LocalDate date = LocalDate.ofInstant(t, hours.zone());
        LocalDate last = date.plusDays(daysAfter);
        // Windows of later dates open after this: their dates begin after it, less the largest offset (18 h).
        Instant exactUntil = last.atStartOfDay(hours.zone()).toInstant().minus(java.time.Duration.ofHours(20));
        return new Span(openOver(date.minusDays(4), last), exactUntil);
    }

    private boolean restricted(LocalDate date) {
        return hours.restrictedPeriods().stream().anyMatch(p -> p.covers(date));
    }

    /** The open stretches of a span of dates, exact before {@code exactUntil} (later windows were not placed). */
    record Span(List<OpenInterval> open, Instant exactUntil) {
        boolean isOpenAt(Instant t) {
            return open.stream().anyMatch(i -> i.contains(t));
        }

        /** The expected next opening, or empty when none lies before {@link #exactUntil}. */
        Optional<Instant> nextOpening(Instant t) {
            for (OpenInterval i : open) {
                if (i.contains(t)) return Optional.of(t);
                if (i.start().isAfter(t)) return i.start().isBefore(exactUntil) ? Optional.of(i.start()) : Optional.empty();
            }
            return Optional.empty();
        }

        /** The expected next closing, or empty when it does not lie before {@link #exactUntil}. */
        Optional<Instant> nextClosing(Instant t) {
            for (OpenInterval i : open) {
                if (i.end().isAfter(t) && i.end().isBefore(exactUntil)) return Optional.of(i.end());
                if (i.end().isAfter(t)) return Optional.empty();
            }
            return Optional.empty();
        }
    }
}

package dev.voicecampaign.core.hours;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Open where both schedules are open: how a campaign's calling hours combine with the hours
 * allowed in the called party's own zone (the rule most regulators write). Answers by asking each
 * schedule in turn, without building lists of intervals.
 */
public record ScheduleIntersection(CallingSchedule left, CallingSchedule right) implements CallingSchedule {
    public ScheduleIntersection {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public boolean isOpenAt(Instant t) {
        return left.isOpenAt(t) && right.isOpenAt(t);
    }

    /** Each schedule's next opening from where the other's lies, until both agree: neither is open before. */
    @Override
    public Optional<Instant> nextOpening(Instant t) {
        Instant limit = CallingSchedule.horizonAfter(t);
        Instant at = t;
        while (at.isBefore(limit)) {
            Optional<Instant> l = left.nextOpening(at);
            if (l.isEmpty()) return l;
            Optional<Instant> r = right.nextOpening(l.get());
            if (r.isEmpty() || r.get().equals(l.get())) return r.filter(limit::isAfter);
            at = r.get();
        }
        return Optional.empty();
    }

    /** Open from the opening until the first of the two closes. */
    @Override
    public Optional<Instant> nextClosing(Instant t) {
        Optional<Instant> opening = nextOpening(t);
        if (opening.isEmpty()) return opening;
        Instant limit = CallingSchedule.horizonAfter(t);
        Optional<Instant> l = left.nextClosing(opening.get());
        Optional<Instant> r = right.nextClosing(opening.get());
        Optional<Instant> first = l.isEmpty() ? r : r.isEmpty() ? l : Optional.of(l.get().isBefore(r.get()) ? l.get() : r.get());
        return first.filter(limit::isAfter);
    }
}

package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.lifecycle.CampaignStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a stored campaign's schedule next needs the ticker, as an instant computed once in the campaign's zone: for a
 * Scheduled or Rescheduled campaign, the start of the run holding the moment it last changed, else of the next run
 * after it; for an Active or Paused one whose run the schedule started, that run's end. Nothing else is ever due.
 * Storage keeps it beside the campaign, so the ticker asks for what is due with one indexed query.
 */
public final class ScheduleDue {
    private ScheduleDue() {
    }

    public static Optional<Instant> of(StoredCampaign c) {
        return switch (c.status()) {
            case SCHEDULED, RESCHEDULED -> c.schedule().flatMap(s -> nextStart(s, zone(c), c.updatedAt()));
            case ACTIVE, PAUSED -> c.runEnds();
            case PREPARING, READY, STOPPED, COMPLETED, FAILED -> Optional.empty();
        };
    }

    /**
     * The start of the first run not over at {@code from}, runs taken as instants in {@code zone}: the run holding
     * {@code from}'s local time if it ends after {@code from} (in a clock change's gap its start may still lie ahead),
     * else the first run starting after {@code from} (in the hour a clock change repeats, a run by local time may have
     * started already: it is passed).
     */
    public static Optional<Instant> nextStart(Schedule schedule, ZoneId zone, Instant from) {
        LocalDateTime local = LocalDateTime.ofInstant(from, zone);
        Optional<Schedule.Occurrence> holding = schedule.occurrenceAt(local).filter(run -> instant(run.end(), zone).isAfter(from));
        if (holding.isPresent()) return Optional.of(instant(holding.get().start(), zone));
        Optional<Schedule.Occurrence> next = schedule.nextAfter(local);
        while (next.isPresent() && !instant(next.get().start(), zone).isAfter(from)) next = schedule.nextAfter(next.get().start());
        return next.map(run -> instant(run.start(), zone));
    }

    /** The run of {@code schedule} holding {@code now}, both its ends taken as instants in {@code zone}. */
    public static Optional<Schedule.Occurrence> runHolding(Schedule schedule, ZoneId zone, Instant now) {
        return schedule.occurrenceAt(LocalDateTime.ofInstant(now, zone))
                .filter(run -> !now.isBefore(instant(run.start(), zone)) && now.isBefore(instant(run.end(), zone)));
    }

    /** A local date-time as an instant: in a gap, moved forward by the gap; in an overlap, the earlier offset. */
    public static Instant instant(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    /** The zone a campaign's schedule is read in: its calling hours'. */
    public static ZoneId zone(StoredCampaign c) {
        return c.campaign().dialingStrategy().callingHours().zone();
    }
}

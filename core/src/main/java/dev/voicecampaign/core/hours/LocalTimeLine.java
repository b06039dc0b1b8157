package dev.voicecampaign.core.hours;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Maps a zone's local times (as local epoch seconds) to instants the way calling windows are mapped: a
 * time inside a spring-forward gap moves forward by the gap; inside a fall-back overlap a window's start
 * takes the earlier offset and its end the later one. A query walks local days in ascending order with one
 * line: away from clock changes a day maps by subtracting one offset; within {@link #REACH} of one change it
 * maps by that change's two offsets; where two changes come that close (rare, historic) it maps through
 * {@link ZonedDateTime}. Belongs to one query; never shared.
 */
final class LocalTimeLine {
    /** A clock change further than this from a day's local span cannot move any time of that day. */
    static final long REACH = 3 * 86_400L;

    private final ZoneId zone;
    private final ZoneRules rules;
    /** The first clock change not yet passed, or null when there is none. */
    private ZoneOffsetTransition next;
    /** The offset in force before {@link #next}. */
    private int offset;
    /** How the days readied last map: by {@link #offset} alone, by the offsets around {@link #next}, or exactly. */
    private Mode mode = Mode.ONE_OFFSET;

    private enum Mode { ONE_OFFSET, ONE_CHANGE, EXACT }

    /** A line for days whose local times lie well after {@code fromSecond}. */
    LocalTimeLine(ZoneId zone, long fromSecond) {
        this.zone = zone;
        this.rules = zone.getRules();
        Instant from = Instant.ofEpochSecond(fromSecond);
        this.offset = rules.getOffset(from).getTotalSeconds();
        this.next = rules.nextTransition(from);
    }

    /**
     * Readies the line for local times in {@code [from, to)}, which must not lie before those of the previous
     * call.
     */
    void readyFor(long from, long to) {
        while (next != null && next.toEpochSecond() < from - offset - REACH) {
            offset = next.getOffsetAfter().getTotalSeconds();
            next = rules.nextTransition(next.getInstant());
        }
        if (next == null || next.toEpochSecond() > to - offset + REACH) {
            mode = Mode.ONE_OFFSET;
        } else {
            ZoneOffsetTransition after = rules.nextTransition(next.getInstant());
            mode = after == null || after.toEpochSecond() > to - offset + 2 * REACH ? Mode.ONE_CHANGE : Mode.EXACT;
        }
    }

    /** The instant (epoch second) a window starting at local time {@code local} opens. */
    long start(long local) {
        return switch (mode) {
            case ONE_OFFSET -> local - offset;
            // Before the change's later wall time (in a gap, or the first pass of an overlap): the offset before.
            case ONE_CHANGE -> local - (local < next.toEpochSecond() + Math.max(offset, after()) ? offset : after());
            case EXACT -> ZonedDateTime.ofLocal(dateTime(local), zone, null).toEpochSecond();
        };
    }

    /** The instant (epoch second) a window ending at local time {@code local} closes. */
    long end(long local) {
        return switch (mode) {
            case ONE_OFFSET -> local - offset;
            // Before the wall time the change starts from in the offset after (a gap, or before an overlap): the offset before.
            case ONE_CHANGE -> local - (local < next.toEpochSecond() + after() ? offset : after());
            case EXACT -> ZonedDateTime.ofLocal(dateTime(local), zone, null).withLaterOffsetAtOverlap().toEpochSecond();
        };
    }

    private int after() {
        return next.getOffsetAfter().getTotalSeconds();
    }

    private static LocalDateTime dateTime(long local) {
        return LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
    }
}

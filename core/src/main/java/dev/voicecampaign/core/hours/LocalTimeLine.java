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
 * line: away from clock changes a day maps by subtracting one offset; within {@link #REACH} of a change it
 * maps exactly, through {@link ZonedDateTime}. Belongs to one query; never shared.
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
    private boolean linear;

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
     * call. Answers whether one offset maps them all.
     */
    boolean readyFor(long from, long to) {
        while (next != null && next.toEpochSecond() < from - offset - REACH) {
            offset = next.getOffsetAfter().getTotalSeconds();
            next = rules.nextTransition(next.getInstant());
        }
        linear = next == null || next.toEpochSecond() > to - offset + REACH;
        return linear;
    }

    /** The instant (epoch second) a window starting at local time {@code local} opens. */
    long start(long local) {
        return linear ? local - offset : ZonedDateTime.ofLocal(dateTime(local), zone, null).toEpochSecond();
    }

    /** The instant (epoch second) a window ending at local time {@code local} closes. */
    long end(long local) {
        return linear ? local - offset
                : ZonedDateTime.ofLocal(dateTime(local), zone, null).withLaterOffsetAtOverlap().toEpochSecond();
    }

    private static LocalDateTime dateTime(long local) {
        return LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
    }
}

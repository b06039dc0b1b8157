package dev.voicecampaign.core.hours;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.support.Seeds;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiled schedules against {@link CallingHoursOracle}, the documented rules evaluated from scratch, on
 * generated calling hours: every minute within six hours of a clock change of 2025-2027, and instants
 * uniform over 1970-2100, in zones with DST, half- and quarter-hour offsets, midnight changes and changes
 * of the base offset. A failing case is shrunk (windows and restricted periods dropped while it still
 * fails) and printed with the seed that replays it.
 */
class WeeklySchedulePropertyTest {
    static final List<ZoneId> ZONES = Stream.of("America/New_York", "America/Los_Angeles", "Europe/London", "Europe/Berlin",
            "Australia/Sydney", "Australia/Lord_Howe", "America/Santiago", "Asia/Tehran", "Africa/Casablanca", "Pacific/Apia",
            "Asia/Kolkata", "UTC", "Asia/Kathmandu", "America/St_Johns", "Pacific/Chatham", "America/Sao_Paulo").map(ZoneId::of).toList();
    static final Duration AROUND = Duration.ofHours(6);
    static final Instant FIRST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LAST = Instant.parse("2100-01-01T00:00:00Z");

    static Stream<Long> seeds() {
        return Seeds.stream(150);
    }

    /** Calling hours in {@code zone}, with times often inside or at the edges of {@code transition}'s gap or overlap. */
    static CallingHours hours(SplittableRandom random, ZoneId zone, Optional<ZoneOffsetTransition> transition) {
        return hours(random, zone, transition, transition.map(tr -> tr.getDateTimeBefore().toLocalDate()).orElse(LocalDate.of(2026, 6, 1)));
    }

    /** As above, with restricted periods falling near the local date {@code near}. */
    static CallingHours hours(SplittableRandom random, ZoneId zone, Optional<ZoneOffsetTransition> transition, LocalDate near) {
        Frequency frequency = Frequency.values()[random.nextInt(3)];
        if (random.nextInt(10) == 0) return alwaysOpen(random, frequency, zone, near);
        List<CallingWindow> windows = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        while (windows.size() < count) {
            LocalTime start = time(random, transition);
            LocalTime end = random.nextInt(8) == 0 ? LocalTime.MIDNIGHT : time(random, transition);
            if (start.equals(end) && !start.equals(LocalTime.MIDNIGHT)) continue;
            DayOfWeek day = transition.map(tr -> tr.getDateTimeBefore().getDayOfWeek())
                    .filter(d -> random.nextBoolean()).orElseGet(() -> DayOfWeek.of(1 + random.nextInt(7)));
            windows.add(new CallingWindow(frequency == Frequency.DAILY ? Optional.empty() : Optional.of(day), start, end));
        }
        return new CallingHours(frequency, zone, windows, restricted(random, near));
    }

    /** Open around the clock, so that a stretch lasts until a restricted date weeks away, or for ever. */
    static CallingHours alwaysOpen(SplittableRandom random, Frequency frequency, ZoneId zone, LocalDate near) {
        List<CallingWindow> windows = frequency == Frequency.DAILY
                ? List.of(CallingWindow.everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
                : Stream.of(DayOfWeek.values()).map(d -> CallingWindow.on(d, LocalTime.NOON, LocalTime.NOON.plusMinutes(1 + random.nextInt(3)))).toList();
        List<RestrictedPeriod> restricted = new ArrayList<>();
        if (random.nextBoolean()) {
            LocalDate first = near.plusDays(random.nextInt(-10, 30));
            restricted.add(new RestrictedPeriod.OneOff(first, first.plusDays(random.nextInt(8)), "closed"));
        }
        return new CallingHours(frequency, zone, windows, restricted);
    }

    /** Sometimes a restricted period near the date {@code near}, sometimes one closing every date (a schedule that never opens). */
    static List<RestrictedPeriod> restricted(SplittableRandom random, LocalDate near) {
        int kind = random.nextInt(12);
        if (kind == 0) return List.of(new RestrictedPeriod.Yearly(MonthDay.of(1, 1), MonthDay.of(12, 31), "all year"));
        if (kind > 4) return List.of();
        LocalDate d = near.plusDays(random.nextInt(-2, 3));
        return List.of(random.nextBoolean()
                ? new RestrictedPeriod.OneOff(d, d.plusDays(random.nextInt(2)), "one-off")
                : new RestrictedPeriod.Yearly(MonthDay.from(d), MonthDay.from(d.plusDays(random.nextInt(2))), "yearly"));
    }

    /** Half of the times fall inside or at the edges of the transition's gap or overlap. */
    static LocalTime time(SplittableRandom random, Optional<ZoneOffsetTransition> transition) {
        if (transition.isPresent() && random.nextBoolean()) {
            ZoneOffsetTransition tr = transition.get();
            LocalTime before = tr.getDateTimeBefore().toLocalTime();
            LocalTime after = tr.getDateTimeAfter().toLocalTime();
            LocalTime low = before.isBefore(after) ? before : after;
            long span = Math.abs(Duration.between(before, after).toMinutes());
            return low.plusMinutes(random.nextLong(-1, span + 2)).withSecond(0);
        }
        return LocalTime.of(random.nextInt(24), random.nextInt(4) * 15 + (random.nextInt(5) == 0 ? 7 : 0));
    }

    /** A clock change of {@code zone} in 2025-2027, if it has one. */
    static Optional<ZoneOffsetTransition> transitionIn2025To2027(ZoneId zone, SplittableRandom random) {
        List<ZoneOffsetTransition> all = new ArrayList<>();
        ZoneOffsetTransition tr = zone.getRules().nextTransition(Instant.parse("2025-01-01T00:00:00Z"));
        while (tr != null && tr.getInstant().isBefore(Instant.parse("2028-01-01T00:00:00Z"))) {
            all.add(tr);
            tr = zone.getRules().nextTransition(tr.getInstant());
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(random.nextInt(all.size())));
    }

    /** Every answer of the schedule at {@code t} agrees with the oracle's; the first disagreement, or null. */
    static String disagreement(CallingHours hours, Instant t) {
        WeeklySchedule schedule = WeeklySchedule.compile(hours);
        CallingHoursOracle.Span expected = new CallingHoursOracle(hours).around(t, 30);
        if (schedule.isOpenAt(t) != expected.isOpenAt(t)) return "isOpenAt(" + t + ") = " + schedule.isOpenAt(t);
        Optional<Instant> opening = expected.nextOpening(t);
        Optional<Instant> actualOpening = schedule.nextOpening(t);
        if (opening.isPresent() ? !actualOpening.equals(opening) : actualOpening.filter(o -> o.isBefore(expected.exactUntil())).isPresent()) {
            return "nextOpening(" + t + ") = " + actualOpening + ", expected " + opening;
        }
        Optional<Instant> closing = expected.nextClosing(t);
        Optional<Instant> actualClosing = schedule.nextClosing(t);
        if (closing.isPresent() ? !actualClosing.equals(closing) : actualClosing.filter(c -> c.isBefore(expected.exactUntil())).isPresent()) {
            return "nextClosing(" + t + ") = " + actualClosing + ", expected " + closing;
        }
        return null;
    }

    /** {@code hours} with windows and restricted periods dropped while the check still fails at {@code t}. */
    static CallingHours shrink(CallingHours hours, Predicate<CallingHours> fails) {
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (int i = 0; i < hours.windows().size() && hours.windows().size() > 1; i++) {
                List<CallingWindow> fewer = new ArrayList<>(hours.windows());
                fewer.remove(i);
                CallingHours candidate = new CallingHours(hours.frequency(), hours.zone(), fewer, hours.restrictedPeriods());
                if (fails.test(candidate)) {
                    hours = candidate;
                    smaller = true;
                }
            }
            for (int i = 0; i < hours.restrictedPeriods().size(); i++) {
                List<RestrictedPeriod> fewer = new ArrayList<>(hours.restrictedPeriods());
                fewer.remove(i);
                CallingHours candidate = new CallingHours(hours.frequency(), hours.zone(), hours.windows(), fewer);
                if (fails.test(candidate)) {
                    hours = candidate;
                    smaller = true;
                }
            }
        }
        return hours;
    }

    static void assertAgrees(long seed, CallingHours hours, Instant t) {
        String found = disagreement(hours, t);
        if (found == null) return;
        CallingHours smallest = shrink(hours, h -> disagreement(h, t) != null);
        assertThat(disagreement(smallest, t)).as("%s: %s", Seeds.replay(seed), smallest).isNull();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyMinuteAroundAClockChangeAgreesWithTheOracle(long seed) {
        SplittableRandom random = Seeds.random(seed);
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        Optional<ZoneOffsetTransition> transition = transitionIn2025To2027(zone, random);
        Instant center = transition.map(ZoneOffsetTransition::getInstant)
                .orElseGet(() -> ZonedDateTime.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28), 0, 0, 0, 0, zone).toInstant());
        assertAgreesEveryMinuteAround(seed, hours(random, zone, transition), center);
    }

    /**
     * Where a zone changed its clocks twice within days (historic: war time, Ramadan pauses, a reverted change),
     * found by scanning every zone the JDK knows over 1900-2040. These are the dates mapped exactly.
     */
    static final List<CloseChanges> CLOSE_CHANGES = closeChanges();

    /** Two clock changes of {@code zone} less than twelve days apart (within eight, dates between map exactly). */
    record CloseChanges(ZoneId zone, ZoneOffsetTransition first, ZoneOffsetTransition second) {
    }

    private static List<CloseChanges> closeChanges() {
        List<CloseChanges> found = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(ZoneId.getAvailableZoneIds())) {
            ZoneId zone = ZoneId.of(id);
            ZoneOffsetTransition tr = zone.getRules().nextTransition(Instant.parse("1900-01-01T00:00:00Z"));
            while (tr != null && tr.getInstant().isBefore(Instant.parse("2040-01-01T00:00:00Z"))) {
                ZoneOffsetTransition next = zone.getRules().nextTransition(tr.getInstant());
                if (next != null && Duration.between(tr.getInstant(), next.getInstant()).compareTo(Duration.ofDays(12)) < 0) {
                    found.add(new CloseChanges(zone, tr, next));
                }
                tr = next;
            }
        }
        return found;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyMinuteAroundTwoCloseClockChangesAgreesWithTheOracle(long seed) {
        assertThat(CLOSE_CHANGES).as("the JDK's zone data holds changes days apart (Brazil, 2000)").isNotEmpty();
        SplittableRandom random = Seeds.random(seed);
        CloseChanges pair = CLOSE_CHANGES.get(random.nextInt(CLOSE_CHANGES.size()));
        ZoneOffsetTransition transition = random.nextBoolean() ? pair.first() : pair.second();
        CallingHours hours = hours(random, pair.zone(), Optional.of(transition));
        assertAgreesEveryMinuteAround(seed, hours, transition.getInstant());
    }

    /** Every minute within {@link #AROUND} of {@code center}: isOpenAt against the oracle, every answer every ten minutes. */
    static void assertAgreesEveryMinuteAround(long seed, CallingHours hours, Instant center) {
        WeeklySchedule schedule = WeeklySchedule.compile(hours);
        Instant from = center.minus(AROUND);
        CallingHoursOracle.Span expected = new CallingHoursOracle(hours).around(from, 40);
        for (long m = 0; m <= 2 * AROUND.toMinutes(); m++) {
            Instant t = from.plus(Duration.ofMinutes(m));
            if (schedule.isOpenAt(t) != expected.isOpenAt(t) || m % 10 == 0) assertAgrees(seed, hours, t);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void instantsOverThirteenDecadesAgreeWithTheOracle(long seed) {
        SplittableRandom random = Seeds.random(seed);
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        for (int k = 0; k < 20; k++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(FIRST.getEpochSecond(), LAST.getEpochSecond()));
            assertAgrees(seed, hours(random, zone, Optional.empty(), LocalDate.ofInstant(t, zone)), t);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void openIntervalsAreTheOraclesStretchesSortedAndApart(long seed) {
        SplittableRandom random = Seeds.random(seed);
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        Optional<ZoneOffsetTransition> transition = transitionIn2025To2027(zone, random);
        CallingHours hours = hours(random, zone, transition);
        Instant from = transition.map(ZoneOffsetTransition::getInstant).orElse(Instant.parse("2026-03-01T00:00:00Z")).minus(Duration.ofDays(2));
        Instant to = from.plus(Duration.ofDays(4));
        CallingHoursOracle.Span expected = new CallingHoursOracle(hours).around(from, 10);
        List<OpenInterval> clipped = expected.open().stream().filter(i -> i.end().isAfter(from) && i.start().isBefore(to))
                .map(i -> new OpenInterval(i.start().isBefore(from) ? from : i.start(), i.end().isAfter(to) ? to : i.end())).toList();
        assertThat(WeeklySchedule.compile(hours).openIntervals(from, to)).as("%s: %s", Seeds.replay(seed), hours).isEqualTo(clipped);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anIntersectionIsOpenExactlyWhereBothAre(long seed) {
        SplittableRandom random = Seeds.random(seed);
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        Optional<ZoneOffsetTransition> transition = transitionIn2025To2027(zone, random);
        WeeklySchedule left = WeeklySchedule.compile(hours(random, zone, transition));
        WeeklySchedule right = WeeklySchedule.compile(hours(random, ZONES.get(random.nextInt(ZONES.size())), Optional.empty()));
        CallingSchedule both = left.and(right);
        Instant from = transition.map(ZoneOffsetTransition::getInstant).orElse(Instant.parse("2026-03-01T00:00:00Z")).minus(Duration.ofDays(2));
        // Every edge of either side falls on a whole minute, so a minute-by-minute scan of both is the expected answer.
        int scanned = 8 * 24 * 60;
        boolean[] open = new boolean[scanned + 1];
        for (int m = 0; m <= scanned; m++) open[m] = left.isOpenAt(minute(from, m)) && right.isOpenAt(minute(from, m));
        Instant end = minute(from, scanned);
        for (int m = 0; m < 4 * 24 * 60; m += 7) {
            Instant t = minute(from, m);
            assertThat(both.isOpenAt(t)).as("%s at %s", Seeds.replay(seed), t).isEqualTo(open[m]);
            int opening = firstFrom(open, m, true);
            int closing = firstFrom(open, Math.max(opening, m + 1), false);
            assertThat(both.nextOpening(t).filter(o -> !o.isAfter(end))).as("%s opening after %s", Seeds.replay(seed), t)
                    .isEqualTo(opening <= scanned ? Optional.of(minute(from, opening)) : Optional.empty());
            assertThat(both.nextClosing(t).filter(c -> !c.isAfter(end))).as("%s closing after %s", Seeds.replay(seed), t)
                    .isEqualTo(closing <= scanned ? Optional.of(minute(from, closing)) : Optional.empty());
        }
        List<OpenInterval> runs = new ArrayList<>();
        for (int m = 0; m < scanned; m++) {
            if (!open[m]) continue;
            int stop = Math.min(firstFrom(open, m, false), scanned);
            runs.add(new OpenInterval(minute(from, m), minute(from, stop)));
            m = stop;
        }
        assertThat(both.openIntervals(from, end)).as("%s", Seeds.replay(seed)).isEqualTo(runs);
    }

    private static Instant minute(Instant from, int m) {
        return from.plus(Duration.ofMinutes(m));
    }

    /** The first index from {@code m} holding {@code wanted}, or past the end. */
    private static int firstFrom(boolean[] open, int m, boolean wanted) {
        int i = m;
        while (i < open.length && open[i] != wanted) i++;
        return i;
    }
}

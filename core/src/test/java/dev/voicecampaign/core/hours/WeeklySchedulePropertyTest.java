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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of compiled schedules on generated calling hours, in zones with DST, half- and
 * quarter-hour offsets and historic changes, around their transitions. The reference is a
 * minute-by-minute oracle written from the documented rules, not from the production algorithm.
 */
class WeeklySchedulePropertyTest {
    static final List<ZoneId> ZONES = Stream.of("America/New_York", "Europe/London", "Australia/Lord_Howe",
            "Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns", "Pacific/Chatham", "Africa/Casablanca",
            "Europe/Moscow", "America/Sao_Paulo", "Pacific/Apia", "America/Santiago", "UTC").map(ZoneId::of).toList();
    static final int RANGE_MINUTES = 3 * 24 * 60;

    static Stream<Long> seeds() {
        return Seeds.stream(200);
    }

    record Case(CallingHours hours, Instant from, Instant to) {
    }

    static Case generate(long seed) {
        SplittableRandom random = Seeds.random(seed);
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        Frequency frequency = Frequency.values()[random.nextInt(3)];
        Optional<ZoneOffsetTransition> transition = transitionNear(zone, random);
        Instant anchor = transition.map(tr -> tr.getInstant().plus(Duration.ofMinutes(random.nextInt(-2000, 2000))))
                .orElseGet(() -> randomInstant(zone, random));
        List<CallingWindow> windows = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        while (windows.size() < count) {
            LocalTime start = randomTime(random, transition);
            LocalTime end = random.nextInt(8) == 0 ? LocalTime.MIDNIGHT : randomTime(random, transition);
            if (start.equals(end) && !start.equals(LocalTime.MIDNIGHT)) continue;
            DayOfWeek onTransitionDay = transition.map(tr -> tr.getDateTimeBefore().getDayOfWeek())
                    .filter(d -> random.nextBoolean()).orElseGet(() -> DayOfWeek.of(1 + random.nextInt(7)));
            Optional<DayOfWeek> day = frequency == Frequency.DAILY ? Optional.empty() : Optional.of(onTransitionDay);
            windows.add(new CallingWindow(day, start, end));
        }
        Instant from = anchor.minus(Duration.ofMinutes(RANGE_MINUTES / 2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        List<RestrictedPeriod> restricted = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            LocalDate d = LocalDate.ofInstant(from, zone).plusDays(random.nextInt(3));
            restricted.add(random.nextBoolean()
                    ? new RestrictedPeriod.OneOff(d, d.plusDays(random.nextInt(2)), "one-off")
                    : new RestrictedPeriod.Yearly(MonthDay.from(d), MonthDay.from(d), "yearly"));
        }
        return new Case(new CallingHours(frequency, zone, windows, restricted), from, from.plus(Duration.ofMinutes(RANGE_MINUTES)));
    }

    /** Usually a clock change of the zone in a random year 1990..2035 (none for zones without changes). */
    static Optional<ZoneOffsetTransition> transitionNear(ZoneId zone, SplittableRandom random) {
        if (random.nextInt(5) == 0) return Optional.empty();
        Instant start = randomInstant(zone, random);
        return Optional.ofNullable(zone.getRules().nextTransition(start))
                .filter(tr -> tr.getInstant().isBefore(start.plus(Duration.ofDays(400))));
    }

    static Instant randomInstant(ZoneId zone, SplittableRandom random) {
        return ZonedDateTime.of(1990 + random.nextInt(46), 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), 0, 0, 0, zone).toInstant();
    }

    /** Half of the times fall inside or at the edges of the transition's gap or overlap. */
    static LocalTime randomTime(SplittableRandom random, Optional<ZoneOffsetTransition> transition) {
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

    /** The documented meaning, evaluated one minute at a time. */
    static boolean oracleOpen(CallingHours hours, Instant t) {
        ZoneId zone = hours.zone();
        LocalDate localDate = LocalDate.ofInstant(t, zone);
        for (LocalDate date = localDate.minusDays(1); !date.isAfter(localDate.plusDays(1)); date = date.plusDays(1)) {
            if (restricted(hours, date)) continue;
            boolean[] open = openMinutesOf(hours, date);
            int minute = 0;
            while (minute < open.length) {
                if (!open[minute]) {
                    minute++;
                    continue;
                }
                int runStart = minute;
                while (minute < open.length && open[minute]) minute++;
                Instant start = ZonedDateTime.ofLocal(date.atStartOfDay().plusMinutes(runStart), zone, null).toInstant();
                Instant end = ZonedDateTime.ofLocal(date.atStartOfDay().plusMinutes(minute), zone, null)
                        .withLaterOffsetAtOverlap().toInstant();
                if (!t.isBefore(start) && t.isBefore(end)) return true;
            }
        }
        return false;
    }

    static boolean restricted(CallingHours hours, LocalDate date) {
        return hours.restrictedPeriods().stream().anyMatch(p -> p.covers(date));
    }

    /** The local minutes of {@code date} covered by its own windows and by overnight windows of the day before. */
    static boolean[] openMinutesOf(CallingHours hours, LocalDate date) {
        boolean[] open = new boolean[24 * 60];
        for (CallingWindow w : hours.windows()) {
            int start = w.start().getHour() * 60 + w.start().getMinute();
            int end = w.end().getHour() * 60 + w.end().getMinute();
            if (end <= start) end += 24 * 60;
            if (appliesOn(hours, w, date)) {
                for (int m = start; m < Math.min(end, 24 * 60); m++) open[m] = true;
            }
            if (appliesOn(hours, w, date.minusDays(1))) {
                for (int m = 24 * 60; m < end; m++) open[m - 24 * 60] = true;
            }
        }
        return open;
    }

    static boolean appliesOn(CallingHours hours, CallingWindow w, LocalDate date) {
        return hours.frequency() == Frequency.DAILY || w.day().equals(Optional.of(date.getDayOfWeek()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void intervalsAgreeWithTheOracleMinuteByMinute(long seed) {
        Case c = generate(seed);
        WeeklySchedule schedule = WeeklySchedule.compile(c.hours());
        List<OpenInterval> intervals = schedule.openIntervals(c.from(), c.to());
        for (int m = 0; m < RANGE_MINUTES; m++) {
            Instant t = c.from().plus(Duration.ofMinutes(m));
            boolean inInterval = intervals.stream().anyMatch(i -> i.contains(t));
            assertThat(inInterval).as("%s at %s for %s", Seeds.replay(seed), t, c.hours()).isEqualTo(oracleOpen(c.hours(), t));
            if (m % 17 == 0) {
                assertThat(schedule.isOpenAt(t)).as("%s isOpenAt %s", Seeds.replay(seed), t).isEqualTo(inInterval);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void intervalsAreSortedDisjointAndNeverTouch(long seed) {
        Case c = generate(seed);
        List<OpenInterval> intervals = WeeklySchedule.compile(c.hours()).openIntervals(c.from(), c.to());
        for (int i = 1; i < intervals.size(); i++) {
            assertThat(intervals.get(i).start()).as(Seeds.replay(seed)).isAfter(intervals.get(i - 1).end());
        }
        intervals.forEach(i -> assertThat(i.start()).as(Seeds.replay(seed)).isBetween(c.from(), c.to()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void nextOpeningAndClosingAreTheEdgesOfTheOpenIntervals(long seed) {
        Case c = generate(seed);
        WeeklySchedule schedule = WeeklySchedule.compile(c.hours());
        SplittableRandom random = Seeds.random(seed ^ 0x5DEECE66DL);
        for (int k = 0; k < 10; k++) {
            Instant t = c.from().plus(Duration.ofSeconds(random.nextLong(RANGE_MINUTES * 60L)));
            Optional<Instant> opening = schedule.nextOpening(t);
            assertThat(opening).as(Seeds.replay(seed)).isPresent();
            assertThat(opening.get()).as(Seeds.replay(seed)).isAfterOrEqualTo(t);
            assertThat(schedule.isOpenAt(opening.get())).as(Seeds.replay(seed)).isTrue();
            assertThat(schedule.openIntervals(t, opening.get())).as("closed before the opening, " + Seeds.replay(seed)).isEmpty();
            schedule.nextClosing(t).ifPresent(closing -> {
                assertThat(closing).as(Seeds.replay(seed)).isAfter(t);
                assertThat(schedule.isOpenAt(closing)).as(Seeds.replay(seed)).isFalse();
                assertThat(schedule.isOpenAt(closing.minusNanos(1))).as(Seeds.replay(seed)).isTrue();
            });
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anIntersectionIsOpenExactlyWhereBothAre(long seed) {
        Case a = generate(seed);
        Case b = generate(Seeds.random(seed).nextLong());
        WeeklySchedule left = WeeklySchedule.compile(a.hours());
        WeeklySchedule right = WeeklySchedule.compile(b.hours());
        List<OpenInterval> both = left.and(right).openIntervals(a.from(), a.to());
        for (int m = 0; m < RANGE_MINUTES; m += 7) {
            Instant t = a.from().plus(Duration.ofMinutes(m));
            assertThat(both.stream().anyMatch(i -> i.contains(t))).as("%s at %s", Seeds.replay(seed), t)
                    .isEqualTo(left.isOpenAt(t) && right.isOpenAt(t));
        }
    }

    /** A schedule open all the time: intersected with it, a schedule answers through the generic, interval-scanning queries. */
    static final WeeklySchedule ALWAYS = WeeklySchedule.compile(new CallingHours(Frequency.DAILY, ZoneId.of("UTC"),
            List.of(CallingWindow.everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))));

    @ParameterizedTest
    @MethodSource("seeds")
    void keptWeeksAnswerAsTheIntervalsDo(long seed) {
        Case c = generate(seed);
        WeeklySchedule schedule = WeeklySchedule.compile(c.hours());
        CallingSchedule generic = schedule.and(ALWAYS);
        SplittableRandom random = Seeds.random(seed ^ 0x2545F491L);
        List<Instant> instants = new ArrayList<>();
        for (OpenInterval i : schedule.openIntervals(c.from(), c.to())) {
            for (Instant edge : List.of(i.start(), i.end())) {
                instants.add(edge);
                instants.add(edge.minusNanos(1));
                instants.add(edge.plusNanos(1));
            }
        }
        for (int k = 0; k < 40; k++) instants.add(c.from().plusNanos(random.nextLong(RANGE_MINUTES * 60_000_000_000L)));
        for (Instant t : instants) {
            assertThat(schedule.isOpenAt(t)).as("%s isOpenAt %s", Seeds.replay(seed), t).isEqualTo(generic.isOpenAt(t));
            assertThat(schedule.nextOpening(t)).as("%s nextOpening %s", Seeds.replay(seed), t).isEqualTo(generic.nextOpening(t));
        }
    }
}

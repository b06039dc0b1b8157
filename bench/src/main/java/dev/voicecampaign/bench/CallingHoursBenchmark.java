package dev.voicecampaign.bench;

import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingSchedule;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.hours.Frequency;
import dev.voicecampaign.core.hours.OpenInterval;
import dev.voicecampaign.core.hours.RestrictedPeriod;
import dev.voicecampaign.core.hours.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 3: calling-hours queries on a compiled weekly schedule against {@link NaiveCallingHours},
 * at instants spread over one year or uniformly over 1970-2100 (each call takes the next of 1,024 seeded
 * random instants, so neither side answers one instant over and over); the same queries on the
 * intersection with a called party's hours, on a schedule that never opens, and the open intervals of
 * 90 days. Average time per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(2)
public class CallingHoursBenchmark {
    /** A zone with daylight saving, so conversions are not trivially fixed-offset. */
    public static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** The first instant queried when the instants span one year. */
    public static final Instant FROM = Instant.parse("2026-01-05T00:00:00Z");
    /** A called party's own rule: 8:00 AM to 9:00 PM every day in Los Angeles. */
    public static final CallingHours PARTY = new CallingHours(Frequency.DAILY, ZoneId.of("America/Los_Angeles"),
            List.of(CallingWindow.everyDay(LocalTime.of(8, 0), LocalTime.of(21, 0))));
    static final int INSTANTS = 1024;

    /** A schedule of {@code windows} windows compiled, its naive rival, and the instants to ask about. */
    @State(Scope.Thread)
    public static class Schedules {
        @Param({"5", "35"})
        public int windows;
        /** Where the instants lie: {@code YEAR}, the year from {@link #FROM}; {@code 1970_2100}, uniformly over 130 years. */
        @Param({"YEAR", "1970_2100"})
        public String span;

        public WeeklySchedule compiled;
        /** The compiled schedule and the called party's rule. */
        public CallingSchedule intersection;
        /** The compiled schedule closed on every date by a yearly restricted period. */
        public WeeklySchedule neverOpen;
        public NaiveCallingHours naive;
        public Instant[] instants;
        private int next;

        @Setup
        public void setUp() {
            CallingHours hours = hours(windows);
            compiled = WeeklySchedule.compile(hours);
            intersection = compiled.and(WeeklySchedule.compile(PARTY));
            neverOpen = WeeklySchedule.compile(new CallingHours(hours.frequency(), hours.zone(), hours.windows(),
                    List.of(new RestrictedPeriod.Yearly(MonthDay.of(1, 1), MonthDay.of(12, 31), "closed"))));
            naive = new NaiveCallingHours(hours);
            instants = "YEAR".equals(span) ? instants() : instants(Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"));
        }

        Instant nextInstant() {
            Instant t = instants[next];
            next = (next + 1) & (INSTANTS - 1);
            return t;
        }
    }

    /**
     * 5 windows: Monday to Friday 9:00 AM to 6:00 PM (the samples' hours). 35 windows: five a day,
     * every day, the last running overnight (10:00 PM to 1:00 AM).
     */
    public static CallingHours hours(int count) {
        List<CallingWindow> windows = new ArrayList<>();
        if (count == 5) {
            for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                windows.add(CallingWindow.on(d, LocalTime.of(9, 0), LocalTime.of(18, 0)));
            }
        } else if (count == 35) {
            int[][] perDay = {{6, 0, 7, 30}, {8, 0, 10, 0}, {10, 30, 12, 30}, {13, 30, 17, 0}, {22, 0, 1, 0}};
            for (DayOfWeek d : DayOfWeek.values()) {
                for (int[] w : perDay) windows.add(CallingWindow.on(d, LocalTime.of(w[0], w[1]), LocalTime.of(w[2], w[3])));
            }
        } else {
            throw new IllegalArgumentException("5 or 35 windows, not " + count);
        }
        return new CallingHours(Frequency.CUSTOM, ZONE, windows);
    }

    /** 1,024 instants over the year from {@link #FROM}, second precision, from a fixed seed. */
    public static Instant[] instants() {
        return instants(FROM, FROM.plus(Duration.ofDays(365)));
    }

    /** 1,024 instants uniform over {@code [from, to)}, second precision, from a fixed seed. */
    public static Instant[] instants(Instant from, Instant to) {
        SplittableRandom random = new SplittableRandom(20261123L);
        Instant[] out = new Instant[INSTANTS];
        for (int i = 0; i < INSTANTS; i++) out[i] = Instant.ofEpochSecond(random.nextLong(from.getEpochSecond(), to.getEpochSecond()));
        return out;
    }

    @Benchmark
    public boolean isOpenAtCompiled(Schedules s) {
        return s.compiled.isOpenAt(s.nextInstant());
    }

    @Benchmark
    public boolean isOpenAtNaive(Schedules s) {
        return s.naive.isOpenAt(s.nextInstant());
    }

    @Benchmark
    public Optional<Instant> nextOpeningCompiled(Schedules s) {
        return s.compiled.nextOpening(s.nextInstant());
    }

    @Benchmark
    public Optional<Instant> nextOpeningNaive(Schedules s) {
        return s.naive.nextOpening(s.nextInstant());
    }

    @Benchmark
    public boolean isOpenAtIntersection(Schedules s) {
        return s.intersection.isOpenAt(s.nextInstant());
    }

    @Benchmark
    public Optional<Instant> nextOpeningIntersection(Schedules s) {
        return s.intersection.nextOpening(s.nextInstant());
    }

    @Benchmark
    public Optional<Instant> nextOpeningNeverOpen(Schedules s) {
        return s.neverOpen.nextOpening(s.nextInstant());
    }

    /** Every open interval of the 90 days from one of the instants. */
    @Benchmark
    public List<OpenInterval> openIntervals90Days(Schedules s) {
        Instant from = s.nextInstant();
        return s.compiled.openIntervals(from, from.plus(Duration.ofDays(90)));
    }
}

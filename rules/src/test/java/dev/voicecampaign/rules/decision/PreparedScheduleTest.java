package dev.voicecampaign.rules.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingSchedule;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.hours.Frequency;
import dev.voicecampaign.core.hours.RestrictedPeriod;
import dev.voicecampaign.core.hours.WeeklySchedule;
import dev.voicecampaign.core.support.Seeds;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A prepared schedule answers exactly as its schedule, inside its listed span, at its edges and outside it. */
class PreparedScheduleTest {
    static final List<String> ZONES = List.of("America/New_York", "Australia/Lord_Howe", "Europe/London", "Asia/Kolkata",
            "America/St_Johns", "Pacific/Chatham");

    static Stream<Long> seeds() {
        return Seeds.stream(40);
    }

    @org.junit.jupiter.api.Test
    void preparesAtTheEndsOfTime() {
        CallingSchedule daily = WeeklySchedule.compile(new CallingHours(Frequency.DAILY, ZoneId.of("UTC"),
                List.of(CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(17, 0)))));
        for (Instant edge : List.of(Instant.MIN, Instant.MAX, Instant.MAX.minusSeconds(86_400))) {
            PreparedSchedule prepared = new PreparedSchedule(daily, edge);
            assertThat(prepared.isOpenAt(edge)).as("%s", edge).isEqualTo(daily.isOpenAt(edge));
            assertThat(prepared.nextOpening(edge)).as("%s", edge).isEqualTo(daily.nextOpening(edge));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void answersAsItsScheduleEverywhere(long seed) {
        SplittableRandom random = Seeds.random(seed);
        ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
        List<CallingWindow> windows = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            LocalTime start = LocalTime.of(random.nextInt(24), 15 * random.nextInt(4));
            LocalTime end = start.plusMinutes(30 + 30L * random.nextInt(20));
            if (end.equals(start)) end = start.plusMinutes(1);
            windows.add(CallingWindow.on(DayOfWeek.of(1 + random.nextInt(7)), start, end));
        }
        List<RestrictedPeriod> closed = random.nextBoolean() ? List.of()
                : List.of(new RestrictedPeriod.Yearly(MonthDay.of(12, 24), MonthDay.of(12, 26), "Christmas"));
        CallingSchedule schedule = WeeklySchedule.compile(new CallingHours(Frequency.WEEKLY, zone, windows, closed))
                .and(WeeklySchedule.compile(new CallingHours(Frequency.DAILY, ZoneId.of("America/Chicago"),
                        List.of(CallingWindow.everyDay(LocalTime.of(8, 0), LocalTime.of(21, 0))))));
        Instant around = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextLong(Duration.ofDays(365).toSeconds()))
                .plusNanos(random.nextInt(1_000_000_000));
        PreparedSchedule prepared = new PreparedSchedule(schedule, around);
        Instant from = Instant.ofEpochSecond(around.minus(PreparedSchedule.BEHIND).getEpochSecond());
        Instant until = Instant.ofEpochSecond(around.plus(PreparedSchedule.AHEAD).getEpochSecond());
        List<Instant> asked = new ArrayList<>(List.of(around, from, from.minusNanos(1), until, until.minusNanos(1), until.minusSeconds(1),
                from.minus(Duration.ofDays(3)), until.plus(Duration.ofDays(3))));
        for (var stretch : schedule.openIntervals(from, until)) {
            for (Instant edge : List.of(stretch.start(), stretch.end())) asked.addAll(List.of(edge, edge.minusNanos(1), edge.plusNanos(1)));
        }
        for (int i = 0; i < 400; i++) {
            long span = Duration.between(from, until).toSeconds() + Duration.ofDays(20).toSeconds();
            Instant t = from.minus(Duration.ofDays(10)).plusSeconds(random.nextLong(span));
            // at and around whole minutes, where stretches begin and end, and anywhere between
            asked.add(switch (random.nextInt(3)) {
                case 0 -> Instant.ofEpochSecond(t.getEpochSecond() / 60 * 60);
                case 1 -> Instant.ofEpochSecond(t.getEpochSecond() / 60 * 60).minusNanos(1);
                default -> t.plusNanos(random.nextInt(1_000_000_000));
            });
        }
        for (Instant t : asked) {
            assertThat(prepared.isOpenAt(t)).as("%s isOpenAt %s in %s", Seeds.replay(seed), t, zone).isEqualTo(schedule.isOpenAt(t));
            assertThat(prepared.nextOpening(t)).as("%s nextOpening %s in %s", Seeds.replay(seed), t, zone).isEqualTo(schedule.nextOpening(t));
        }
    }
}

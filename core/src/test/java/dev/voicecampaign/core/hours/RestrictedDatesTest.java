package dev.voicecampaign.core.hours;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.support.Seeds;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The look-up tables close exactly the dates the periods themselves say they cover. */
class RestrictedDatesTest {
    static Stream<Long> seeds() {
        return Seeds.stream(100);
    }

    static List<RestrictedPeriod> periods(SplittableRandom random) {
        List<RestrictedPeriod> periods = new ArrayList<>();
        for (int n = random.nextInt(6); n > 0; n--) {
            LocalDate first = LocalDate.of(2023 + random.nextInt(4), 1, 1).plusDays(random.nextInt(366));
            LocalDate last = first.plusDays(random.nextInt(random.nextBoolean() ? 3 : 200));
            periods.add(random.nextBoolean() ? new RestrictedPeriod.OneOff(first, last, "once")
                    : new RestrictedPeriod.Yearly(MonthDay.from(first), MonthDay.from(last), "yearly"));
        }
        if (random.nextInt(10) == 0) periods.add(new RestrictedPeriod.Yearly(MonthDay.of(2, 29), MonthDay.of(2, 29), "leap day"));
        if (random.nextInt(20) == 0) periods.add(new RestrictedPeriod.Yearly(MonthDay.of(3, 1), MonthDay.of(2, 28), "all but the leap day"));
        return periods;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void coversTheDatesThePeriodsCoverAndFindsTheNextFreeOne(long seed) {
        SplittableRandom random = Seeds.random(seed);
        List<RestrictedPeriod> periods = periods(random);
        RestrictedDates dates = RestrictedDates.of(periods);
        for (LocalDate d = LocalDate.of(2022, 12, 1); d.isBefore(LocalDate.of(2029, 1, 1)); d = d.plusDays(1)) {
            LocalDate date = d;
            boolean covered = periods.stream().anyMatch(p -> p.covers(date));
            assertThat(dates.covers(d.toEpochDay())).as("%s %s %s", Seeds.replay(seed), d, periods).isEqualTo(covered);
        }
        LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
        LocalDate free = from;
        while (free.getYear() < 2040 && isCovered(periods, free)) free = free.plusDays(1);
        // One-off periods end by 2027 and a yearly gap recurs within four years: still closed in 2040 is closed for ever.
        long expected = isCovered(periods, free) ? Long.MAX_VALUE : free.toEpochDay();
        assertThat(dates.nextFree(from.toEpochDay())).as("%s %s", Seeds.replay(seed), periods).isEqualTo(expected);
    }

    private static boolean isCovered(List<RestrictedPeriod> periods, LocalDate date) {
        return periods.stream().anyMatch(p -> p.covers(date));
    }

    @Test
    void aYearCoveredWholeIsEveryDateButNotWithoutItsLeapDay() {
        assertThat(RestrictedDates.of(List.of(new RestrictedPeriod.Yearly(MonthDay.of(3, 1), MonthDay.of(2, 29), "all"))).everyDate()).isTrue();
        RestrictedDates noLeapDay = RestrictedDates.of(List.of(new RestrictedPeriod.Yearly(MonthDay.of(3, 1), MonthDay.of(2, 28), "almost")));
        assertThat(noLeapDay.everyDate()).isFalse();
        assertThat(noLeapDay.nextFree(LocalDate.of(2025, 1, 1).toEpochDay())).isEqualTo(LocalDate.of(2028, 2, 29).toEpochDay());
    }
}

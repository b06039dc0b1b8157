package dev.voicecampaign.core.hours;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The local dates a list of restricted periods closes, arranged so that a date costs a binary search
 * (one-off ranges, merged) and a table look-up (yearly month-days). Immutable.
 */
final class RestrictedDates {
    /** Epoch days beyond which {@link LocalDate} cannot go. */
    private static final long FIRST_DAY = LocalDate.MIN.toEpochDay();
    private static final long LAST_DAY = LocalDate.MAX.toEpochDay();

    private final long[] firsts;
    private final long[] lasts;
    /** Month-days closed every year, at {@code (month - 1) * 31 + day - 1}. */
    private final boolean[] yearly = new boolean[12 * 31];
    private final boolean anyYearly;
    private final boolean everyDate;

    private RestrictedDates(List<long[]> oneOffs, List<RestrictedPeriod.Yearly> yearlies) {
        firsts = oneOffs.stream().mapToLong(r -> r[0]).toArray();
        lasts = oneOffs.stream().mapToLong(r -> r[1]).toArray();
        int closedMonthDays = 0;
        for (RestrictedPeriod.Yearly p : yearlies) {
            // Walk the period's month-days in a leap year (2024), wrapping over the new year.
            LocalDate d = p.first().atYear(2024);
            for (int n = 0; n < 366; n++, d = d.plusDays(1).withYear(2024)) {
                if (!yearly[slot(d)]) {
                    yearly[slot(d)] = true;
                    closedMonthDays++;
                }
                if (d.getMonthValue() == p.last().getMonthValue() && d.getDayOfMonth() == p.last().getDayOfMonth()) break;
            }
        }
        anyYearly = closedMonthDays > 0;
        everyDate = closedMonthDays == 366;
    }

    static RestrictedDates of(List<RestrictedPeriod> periods) {
        List<long[]> ranges = new ArrayList<>();
        List<RestrictedPeriod.Yearly> yearlies = new ArrayList<>();
        for (RestrictedPeriod p : periods) {
            switch (p) {
                case RestrictedPeriod.OneOff o -> ranges.add(new long[] {o.first().toEpochDay(), o.last().toEpochDay()});
                case RestrictedPeriod.Yearly y -> yearlies.add(y);
            }
        }
        ranges.sort(Comparator.comparingLong(r -> r[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] r : ranges) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
            else merged.add(r.clone());
        }
        return new RestrictedDates(merged, yearlies);
    }

    /** Whether every date is closed (the yearly periods cover all 366 month-days): the schedule never opens. */
    boolean everyDate() {
        return everyDate;
    }

    /** Whether the local date {@code epochDay} is closed. */
    boolean covers(long epochDay) {
        return oneOffHolding(epochDay) >= 0 || anyYearly && yearlyCovers(epochDay);
    }

    /** The first date on or after {@code epochDay} that is not closed; {@link Long#MAX_VALUE} when there is none. */
    long nextFree(long epochDay) {
        if (everyDate) return Long.MAX_VALUE;
        long day = epochDay;
        while (day <= LAST_DAY) {
            int range = oneOffHolding(day);
            if (range >= 0) day = lasts[range] + 1;
            else if (anyYearly && yearlyCovers(day)) day++;
            else return day;
        }
        return Long.MAX_VALUE;
    }

    private boolean yearlyCovers(long epochDay) {
        return epochDay >= FIRST_DAY && epochDay <= LAST_DAY && yearly[slot(LocalDate.ofEpochDay(epochDay))];
    }

    /** The index of the one-off range holding {@code epochDay}, or -1. */
    private int oneOffHolding(long epochDay) {
        int i = Arrays.binarySearch(firsts, epochDay);
        if (i < 0) i = -i - 2;
        return i >= 0 && epochDay <= lasts[i] ? i : -1;
    }

    private static int slot(LocalDate date) {
        return (date.getMonthValue() - 1) * 31 + date.getDayOfMonth() - 1;
    }
}

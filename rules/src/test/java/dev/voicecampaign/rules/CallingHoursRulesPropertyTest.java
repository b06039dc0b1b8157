package dev.voicecampaign.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.DayWindowDraft;
import dev.voicecampaign.core.hours.WireTime;
import dev.voicecampaign.core.support.Seeds;
import dev.voicecampaign.testkit.ValidDrafts;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The WEEKLY-days check, run by the whole rule set on a draft, answers as a separate reading of its rule
 * does (lists of ranges by day, compared sorted by start), on seeded random windows: valid, malformed,
 * overnight, whole-day, repeated and missing days, under each frequency.
 */
class CallingHoursRulesPropertyTest {
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU", "XX", null};
    private static final String[] TIMES = {"9:00 AM", "6:00 PM", "12:00 AM", "10:00 PM", "1:00 AM", "9:30 AM", "25:00", null};

    static List<Long> seeds() {
        return Seeds.stream(500).toList();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void windowsDifferAsTheListsByDaySay(long seed) {
        CallingHoursDraft hours = randomHours(Seeds.random(seed));
        CampaignDraft draft = ValidDrafts.agentlessV2();
        draft = draft.withDialingStrategy(draft.dialingStrategy().withCallingHours(hours));

        boolean differ = RulesFixture.violations(draft).stream().anyMatch(v -> v.code().endsWith(".windowsDiffer"));
        assertThat(!differ).as(Seeds.replay(seed) + " " + hours)
                .isEqualTo(!referenceWindowsDiffer(hours));
    }

    private static CallingHoursDraft randomHours(SplittableRandom random) {
        List<DayWindowDraft> days = new ArrayList<>();
        int n = 1 + random.nextInt(8);
        String[] dayPool = random.nextBoolean() ? new String[] {"MO", "TU"} : DAYS;
        for (int i = 0; i < n; i++) {
            days.add(random.nextInt(15) == 0 ? null : new DayWindowDraft(dayPool[random.nextInt(dayPool.length)],
                    TIMES[random.nextInt(TIMES.length)], TIMES[random.nextInt(TIMES.length)]));
        }
        String frequency = random.nextInt(5) == 0 ? "CUSTOM" : "WEEKLY";
        return new CallingHoursDraft(frequency, "UTC", days);
    }

    /** The rule read plainly: WEEKLY days' well-formed windows, by day, sorted by start, must all be equal. */
    private static boolean referenceWindowsDiffer(CallingHoursDraft hours) {
        if (!"WEEKLY".equals(hours.frequency())) return false;
        Map<String, List<List<Integer>>> byDay = new TreeMap<>();
        for (DayWindowDraft w : hours.days()) {
            if (w == null) continue;
            Optional<LocalTime> start = WireTime.parse(w.start());
            Optional<LocalTime> end = WireTime.parse(w.end());
            if (start.isEmpty() || end.isEmpty() || w.day() == null || !dev.voicecampaign.core.hours.WireDay.NAMES.contains(w.day())) continue;
            int s = start.get().getHour() * 60 + start.get().getMinute();
            int e = end.get().getHour() * 60 + end.get().getMinute();
            if (s == e && s != 0) continue;
            byDay.computeIfAbsent(w.day(), d -> new ArrayList<>()).add(List.of(s, e <= s ? e + 24 * 60 : e));
        }
        byDay.values().forEach(l -> l.sort((x, y) -> x.get(0).compareTo(y.get(0))));
        return byDay.values().stream().distinct().count() > 1;
    }
}

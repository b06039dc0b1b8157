package dev.voicecampaign.rules.compliance;

import dev.voicecampaign.core.hours.RestrictedPeriod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.DayWindowDraft;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.hours.CallingSchedule;
import dev.voicecampaign.core.hours.WeeklySchedule;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.testkit.SampleDirectories;
import dev.voicecampaign.testkit.ValidDrafts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompliancePacksTest {
    static final StreamId STREAM = new StreamId("st-1");
    static final ValidationContext CONTEXT = new ValidationContext(STREAM, SampleDirectories.forStream(STREAM));

    static Instant local(String dateTime, String zone) {
        return LocalDateTime.parse(dateTime).atZone(ZoneId.of(zone)).toInstant();
    }

    @ParameterizedTest(name = "{0} at {1} in {2}: {3}")
    @CsvSource({
            "us,2026-11-23T07:59,America/Chicago,false", "us,2026-11-23T08:00,America/Chicago,true",
            "us,2026-11-23T20:59,America/Los_Angeles,true", "us,2026-11-23T21:00,America/Los_Angeles,false",
            "florida,2026-11-28T19:59,America/New_York,true", "florida,2026-11-28T20:00,America/New_York,false",
            "canada,2026-11-23T21:29,America/Toronto,true", "canada,2026-11-23T21:30,America/Toronto,false",
            "canada,2026-11-28T09:59,America/Vancouver,false", "canada,2026-11-29T17:59,America/Vancouver,true",
            "canada,2026-11-29T18:00,America/Vancouver,false",
            "australia,2026-11-28T16:59,Australia/Sydney,true", "australia,2026-11-28T17:00,Australia/Sydney,false",
            "australia,2026-11-29T12:00,Australia/Perth,false", "australia,2026-11-23T19:59,Australia/Perth,true",
            "australia,2026-12-25T10:00,Australia/Sydney,false", "australia,2026-04-03T10:00,Australia/Sydney,false",
            "australia,2026-04-02T10:00,Australia/Sydney,true"})
    void aPlannedCallIsJudgedInTheCalledPartysLocalTime(String pack, String localTime, String zone, boolean allowed) {
        CompliancePack p = CompliancePacks.all().stream().filter(c -> c.id().equals(pack)).findFirst().orElseThrow();
        assertThat(p.allowsCallAt(local(localTime, zone), ZoneId.of(zone))).isEqualTo(allowed);
    }

    @Test
    void australiasNationalHolidaysComeFromJollydayWithTheirObservedDays() {
        List<RestrictedPeriod> closed = CompliancePacks.australia().closedDays();
        java.util.function.Predicate<String> isClosed = date -> closed.stream().anyMatch(p -> p.covers(LocalDate.parse(date)));
        // Good Friday, Easter Saturday and Monday 2026; Anzac Day; Easter Monday 2038 (Easter on Anzac Day); Boxing Day 2026
        // falls on a Saturday and is observed on Monday the 28th
        for (String date : List.of("2026-01-01", "2026-01-26", "2026-04-03", "2026-04-04", "2026-04-06", "2026-04-25", "2038-04-26",
                "2026-12-25", "2026-12-26", "2026-12-28", "2045-04-07", "2060-12-25")) {
            assertThat(isClosed.test(date)).as(date).isTrue();
        }
        // an ordinary Tuesday, the King's Birthday (a state holiday), the day after the observed Boxing Day, and Good
        // Friday 2046, past the dated years
        for (String date : List.of("2026-04-07", "2026-06-08", "2026-12-29", "2046-03-23")) {
            assertThat(isClosed.test(date)).as(date).isFalse();
        }
        assertThat((long) closed.size()).as("the pack's closed days fit the calling hours it is read as")
                .isBetween(50L, dev.voicecampaign.core.hours.CallingHours.RESTRICTED_PERIOD_COUNT.max());
        assertThat(closed).filteredOn(p -> p.covers(LocalDate.parse("2026-12-28")))
                .singleElement().satisfies(p -> assertThat(p.label()).contains("Boxing Day (observed) 2026"));
    }

    static Verdict validateWith(CompliancePack pack, CampaignDraft draft) {
        return CampaignRules.standard().plus(pack.rules()).validate(draft, CONTEXT);
    }

    static CampaignDraft withWindows(CampaignDraft d, String ringSeconds, DayWindowDraft... windows) {
        CallingHoursDraft hours = d.dialingStrategy().callingHours().withFrequency("CUSTOM").withDays(List.of(windows));
        return d.withDialingStrategy(d.dialingStrategy().withCallingHours(hours).withMaxRingTime(Long.parseLong(ringSeconds)));
    }

    @Test
    void aPackChecksTheConfiguredWindowsAndRingTime() {
        CampaignDraft sample = ValidDrafts.agentlessV2();
        assertThat(validateWith(CompliancePacks.usFederal(), sample).isValid()).as("9 AM to 6 PM fits").isTrue();
        CampaignDraft late = withWindows(sample, "10", new DayWindowDraft("MO", "9:00 AM", "6:00 PM"),
                new DayWindowDraft("TU", "7:00 PM", "9:30 PM"));
        List<Violation> errors = validateWith(CompliancePacks.usFederal(), late).result().getError().toJavaList();
        assertThat(errors).extracting(v -> v.code() + " @ " + v.path()).containsExactly(
                "compliance.us.outsideHours @ dialingStrategy.callingHours.days[1]",
                "compliance.us.ringTooShort @ dialingStrategy.maxRingTime");
        assertThat(errors.get(1).message()).isEqualTo("US federal (47 CFR 64.1200): unanswered calls must ring at least 15 seconds");
        CampaignDraft sunday = withWindows(sample, "30", new DayWindowDraft("SU", "10:00 AM", "12:00 PM"));
        assertThat(validateWith(CompliancePacks.australia(), sunday).result().getError()).extracting(Violation::code)
                .containsExactly("compliance.australia.outsideHours");
        assertThat(validateWith(CompliancePacks.canadaCrtc(), sunday).isValid()).isTrue();
        CampaignDraft overnight = withWindows(sample, "30", new DayWindowDraft("FR", "8:00 PM", "1:00 AM"));
        assertThat(validateWith(CompliancePacks.canadaCrtc(), overnight).isValid()).isFalse();
    }

    @Test
    void aCampaignScheduleIntersectedWithAPackGivesContactLocalHours() {
        WeeklySchedule campaign = WeeklySchedule.compile(
                dev.voicecampaign.rules.RulesAccess.callingHours(ValidDrafts.agentlessV2()));
        CallingSchedule forCallee = campaign.and(CompliancePacks.usFederal().scheduleIn(ZoneId.of("America/Los_Angeles")));
        // Kolkata 9:00 AM-6:00 PM is 7:30 PM-4:30 AM the evening before in Los Angeles: only 7:30-9:00 PM there is allowed.
        Instant kolkataMidMorning = local("2026-11-23T10:45", "Asia/Kolkata");
        assertThat(campaign.isOpenAt(kolkataMidMorning)).isTrue();
        assertThat(forCallee.isOpenAt(kolkataMidMorning)).isFalse();
        assertThat(forCallee.nextOpening(kolkataMidMorning)).contains(local("2026-11-24T09:00", "Asia/Kolkata"));
        assertThat(forCallee.nextClosing(kolkataMidMorning)).contains(local("2026-11-23T21:00", "America/Los_Angeles"));
        CallingSchedule newYorkCallee = campaign.and(CompliancePacks.usFederal().scheduleIn(ZoneId.of("America/New_York")));
        // New York callers: no overlap while New York is on standard time; once it springs forward the
        // campaign's 6:00 PM Kolkata end is 8:30 AM there, so 8:00-8:30 AM opens.
        assertThat(newYorkCallee.nextOpening(kolkataMidMorning)).contains(local("2027-03-15T08:00", "America/New_York"));
    }
}

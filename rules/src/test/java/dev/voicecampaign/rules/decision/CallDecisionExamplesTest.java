package dev.voicecampaign.rules.decision;

import static dev.voicecampaign.rules.decision.DecisionCampaigns.allDay;
import static dev.voicecampaign.rules.decision.DecisionCampaigns.campaign;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.CommunicationLimit;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.hours.Frequency;
import dev.voicecampaign.rules.compliance.CompliancePacks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Call decisions that read like the regulations and the campaign settings they apply. */
class CallDecisionExamplesTest {
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    static final ZoneId UTC = ZoneId.of("UTC");
    static final String NEW_YORK_NUMBER = "+12125551234";

    static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    /** The reasons' codes, each checked to be one ReasonCode lists (a pack's id in place of {pack}). */
    static List<String> codes(CallDecision d) {
        List<String> codes = d.reasons().stream().map(Reason::code).toList();
        for (String code : codes) {
            assertThat(java.util.Arrays.stream(ReasonCode.values()).anyMatch(c -> code.matches(c.code().replace(".", "\\.").replace("{pack}", "[a-z]+"))))
                    .as("%s is listed in ReasonCode", code).isTrue();
        }
        return codes;
    }

    @Test
    void aNewYorkNumberMayBeCalledAt2059ButNotAt2100UnderTheUsPack() {
        CallDecider decider = CallDecider.of(campaign(allDay(NEW_YORK)), List.of(CompliancePacks.usFederal()), n -> false);

        assertThat(decider.decide(Contact.of(NEW_YORK_NUMBER), List.of(), local("2026-07-15T20:59", NEW_YORK)))
                .isEqualTo(new CallDecision.Call(List.of(NEW_YORK)));
        CallDecision at21 = decider.decide(Contact.of(NEW_YORK_NUMBER), List.of(), local("2026-07-15T21:00", NEW_YORK));
        assertThat(at21).isInstanceOf(CallDecision.Wait.class);
        assertThat(((CallDecision.Wait) at21).until()).isEqualTo(local("2026-07-16T08:00", NEW_YORK));
        assertThat(codes(at21)).containsExactly("decision.compliance.us.closed");
        assertThat(at21.reasons().get(0).message()).isEqualTo("Wed 21:00 in America/New_York is outside US federal (47 CFR 64.1200)");
    }

    @Test
    void aNumberNoZoneIsKnownForIsReadInTheCampaignsZone() {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        CallDecider decider = CallDecider.of(campaign(allDay(kolkata)), List.of(CompliancePacks.usFederal()), n -> false);
        String freephone = "+80012345678"; // an international freephone number: valid, and in no zone of its own

        assertThat(ContactNumber.parse(freephone, Optional.empty()).get().zones()).isEmpty();
        CallDecision d = decider.decide(Contact.of(freephone), List.of(), local("2026-07-15T21:00", kolkata));
        assertThat(d.zones()).containsExactly(kolkata);
        assertThat(((CallDecision.Wait) d).until()).isEqualTo(local("2026-07-16T08:00", kolkata));
        assertThat(codes(d)).containsExactly("decision.compliance.us.closed");
    }

    @Test
    void aCampaignsOwnPacksApply() {
        var campaign = campaign(allDay(NEW_YORK));
        CallDecider underUs = CallDecider.of(campaign.withCommon(campaign.common().withCompliancePacks(List.of("us"))), n -> false);

        assertThat(codes(underUs.decide(Contact.of(NEW_YORK_NUMBER), List.of(), local("2026-07-15T21:00", NEW_YORK))))
                .containsExactly("decision.compliance.us.closed");
        assertThat(CallDecider.of(campaign, n -> false).decide(Contact.of(NEW_YORK_NUMBER), List.of(), local("2026-07-15T21:00", NEW_YORK)))
                .as("no pack named").isInstanceOf(CallDecision.Call.class);
    }

    @Test
    void aSydneyNumberWaitsOutAnzacDay() {
        CallDecider decider = CallDecider.of(campaign(allDay(SYDNEY)), List.of(CompliancePacks.australia()), n -> false);

        CallDecision d = decider.decide(Contact.of("+61291234567"), List.of(), local("2028-04-25T10:00", SYDNEY));

        assertThat(d.zones()).containsExactly(SYDNEY);
        assertThat(((CallDecision.Wait) d).until()).isEqualTo(local("2028-04-26T09:00", SYDNEY));
        assertThat(codes(d)).containsExactly("decision.compliance.australia.restricted");
        assertThat(d.reasons().get(0).message()).contains("(ANZAC day)"); // Jollyday's name for it
    }

    @Test
    void aCanadianNumberOnASaturdayAt0930WaitsForTen() {
        CallDecider decider = CallDecider.of(campaign(allDay(TORONTO)), List.of(CompliancePacks.canadaCrtc()), n -> false);

        CallDecision d = decider.decide(Contact.of("+14165551234"), List.of(), local("2026-10-03T09:30", TORONTO));

        assertThat(((CallDecision.Wait) d).until()).isEqualTo(local("2026-10-03T10:00", TORONTO));
        assertThat(codes(d)).containsExactly("decision.compliance.canada.closed");
    }

    @Test
    void aFourthCallUnderThreePerSevenDaysWaitsUntilTheFirstAgesOut() {
        Instant first = Instant.parse("2026-03-02T10:00:00Z");
        List<Instant> attempts = List.of(first, first.plus(Duration.ofDays(2)), first.plus(Duration.ofDays(4)));
        CallDecider decider = CallDecider.of(campaign(allDay(UTC), 100, 1, 30, List.of(new CommunicationLimit(3, 7))), List.of(), n -> false);
        Contact contact = Contact.of(NEW_YORK_NUMBER).withZone(UTC);

        CallDecision d = decider.decide(contact, attempts, first.plus(Duration.ofDays(5)));

        assertThat(((CallDecision.Wait) d).until()).as("24-hour days, exclusive").isEqualTo(first.plus(Duration.ofDays(7)));
        assertThat(codes(d)).containsExactly("decision.communicationLimit.reached");
        assertThat(decider.decide(contact, attempts, first.plus(Duration.ofDays(7)))).isInstanceOf(CallDecision.Call.class);
    }

    @Test
    void aLimitReachedOutsideTheHoursWaitsForBoth() {
        CallingHours nineToFive = new CallingHours(Frequency.DAILY, UTC, List.of(CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(17, 0))));
        Instant first = Instant.parse("2026-03-02T16:30:00Z");
        CallDecider decider = CallDecider.of(campaign(nineToFive, 100, 1, 30, List.of(new CommunicationLimit(1, 1))), List.of(), n -> false);

        CallDecision d = decider.decide(Contact.of(NEW_YORK_NUMBER).withZone(UTC), List.of(first), Instant.parse("2026-03-02T20:00:00Z"));

        assertThat(((CallDecision.Wait) d).until()).as("aged out at 16:30, open again at 9:00 the next day")
                .isEqualTo(Instant.parse("2026-03-03T16:30:00Z"));
        assertThat(codes(d)).containsExactly("decision.callingHours.closed", "decision.communicationLimit.reached");
    }

    @Test
    void theRetryPeriodHoldsTheNextAttempt() {
        Instant last = Instant.parse("2026-03-02T10:00:00Z");
        CallDecider decider = CallDecider.of(campaign(allDay(UTC), 100, 60, 30, List.of()), List.of(), n -> false);

        CallDecision d = decider.decide(Contact.of(NEW_YORK_NUMBER).withZone(UTC), List.of(last), last.plus(Duration.ofMinutes(10)));

        assertThat(((CallDecision.Wait) d).until()).isEqualTo(last.plus(Duration.ofMinutes(60)));
        assertThat(codes(d)).containsExactly("decision.retryPeriod.waiting");
    }

    @Test
    void anAustralianMobileIsCalledOnlyWhenEveryZoneItMayRingInAllowsIt() {
        CallDecider decider = CallDecider.of(campaign(allDay(SYDNEY)), List.of(CompliancePacks.australia()), n -> false);
        Instant sydneyHalfPastNine = local("2026-07-15T09:30", SYDNEY);

        CallDecision d = decider.decide(Contact.of("+61412345678"), List.of(), sydneyHalfPastNine);

        assertThat(d.zones()).contains(SYDNEY, ZoneId.of("Australia/Perth"), ZoneId.of("Indian/Cocos"));
        assertThat(((CallDecision.Wait) d).until()).as("9:00 on the Cocos Islands (UTC+6:30), the latest of its zones")
                .isEqualTo(local("2026-07-15T09:00", ZoneId.of("Indian/Cocos")));
        assertThat(d.reasons()).as("one reason per zone still before 9:00: Perth, Eucla, Christmas Island, Cocos").hasSize(4)
                .allMatch(r -> r.code().equals("decision.compliance.australia.closed"));
    }

    @Test
    void aZoneGivenWithTheContactWinsOverItsNumbersZones() {
        CallDecider decider = CallDecider.of(campaign(allDay(NEW_YORK)), List.of(CompliancePacks.usFederal()), n -> false);

        CallDecision d = decider.decide(Contact.of(NEW_YORK_NUMBER).withZone(ZoneId.of("America/Los_Angeles")), List.of(),
                local("2026-07-15T07:30", ZoneId.of("America/Los_Angeles")));

        assertThat(d.zones()).containsExactly(ZoneId.of("America/Los_Angeles"));
        assertThat(((CallDecision.Wait) d).until()).isEqualTo(local("2026-07-15T08:00", ZoneId.of("America/Los_Angeles")));
    }

    @Test
    void aNationalNumberIsReadInItsRegionOrTheCallerIdsRegion() {
        CallDecider decider = CallDecider.of(campaign(allDay(NEW_YORK)), List.of(), n -> false);
        Instant noon = local("2026-07-15T12:00", NEW_YORK);

        assertThat(decider.decide(Contact.of("(212) 555-1234"), List.of(), noon)).as("the caller id is a US number")
                .isEqualTo(new CallDecision.Call(List.of(NEW_YORK)));
        assertThat(decider.decide(Contact.of("02 9123 4567").withRegion("AU"), List.of(), noon).zones()).containsExactly(SYDNEY);
    }

    @Test
    void refusalsForGoodListEveryReason() {
        CallDecider decider = CallDecider.of(campaign(allDay(NEW_YORK), 2, 1, 10, List.of()), List.of(CompliancePacks.usFederal()),
                Set.of(NEW_YORK_NUMBER)::contains);
        Instant now = local("2026-07-15T12:00", NEW_YORK);

        CallDecision d = decider.decide(Contact.of(NEW_YORK_NUMBER), List.of(now.minusSeconds(7200), now.minusSeconds(3600)), now);

        assertThat(d).isInstanceOf(CallDecision.Never.class);
        assertThat(codes(d)).containsExactly("decision.dnc", "decision.attempts.exhausted", "decision.compliance.us.ringTooShort");
    }

    @Test
    void numbersThatCannotBeCalledAreNeverCalled() {
        CallDecider decider = CallDecider.of(campaign(allDay(NEW_YORK)), List.of(), n -> false);
        Instant now = local("2026-07-15T12:00", NEW_YORK);

        assertThat(codes(decider.decide(Contact.of("not a number"), List.of(), now))).containsExactly("decision.number.unreadable");
        assertThat(codes(decider.decide(Contact.of("+1212"), List.of(), now))).containsExactly("decision.number.invalid");
        assertThat(decider.decide(Contact.of("+1212"), List.of(), now).zones()).isEmpty();
    }

    @Test
    void aScheduleThatNeverOpensIsNeverCalled() {
        CallingHours closedAllYear = new CallingHours(Frequency.DAILY, UTC, List.of(CallingWindow.everyDay(LocalTime.of(9, 0), LocalTime.of(17, 0))),
                List.of(new dev.voicecampaign.core.hours.RestrictedPeriod.Yearly(java.time.MonthDay.of(1, 1), java.time.MonthDay.of(12, 31),
                        Optional.of("closed"))));
        CallDecider decider = CallDecider.of(campaign(closedAllYear), List.of(), n -> false);

        CallDecision d = decider.decide(Contact.of(NEW_YORK_NUMBER).withZone(UTC), List.of(), Instant.parse("2026-07-15T12:00:00Z"));

        assertThat(codes(d)).containsExactly("decision.callingHours.restricted", "decision.noOpening");
    }
}

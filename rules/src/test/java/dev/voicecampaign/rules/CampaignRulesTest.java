package dev.voicecampaign.rules;

import static dev.voicecampaign.rules.RulesFixture.errors;
import static dev.voicecampaign.rules.RulesFixture.validate;
import static dev.voicecampaign.rules.RulesFixture.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.CommunicationLimit;
import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.MachineDetection;
import dev.voicecampaign.core.campaign.PreviewCampaign;
import dev.voicecampaign.core.campaign.ProgressiveCampaign;
import dev.voicecampaign.core.draft.CallerIdDraft;
import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.CommunicationLimitDraft;
import dev.voicecampaign.core.draft.DayWindowDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.draft.DncListDraft;
import dev.voicecampaign.core.draft.RestrictedPeriodDraft;
import dev.voicecampaign.core.hours.Frequency;
import dev.voicecampaign.core.hours.RestrictedPeriod;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.rules.compliance.CompliancePacks;
import dev.voicecampaign.testkit.SampleDirectories;
import dev.voicecampaign.testkit.ValidDrafts;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every documented limit at both sides of its boundary, with the exact code, path, arguments and message. */
class CampaignRulesTest {
    static final CampaignDraft AGENTLESS = ValidDrafts.agentlessV2();
    static final CampaignDraft PREVIEW = ValidDrafts.previewV2();

    static Map<String, Object> args(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    static void assertOnly(CampaignDraft draft, String path, String code, Map<String, Object> arguments, String message) {
        List<Violation> found = violations(draft);
        assertThat(found).hasSize(1);
        Violation v = found.get(0);
        assertThat(v.path().toString()).isEqualTo(path);
        assertThat(v.code()).isEqualTo(code);
        assertThat(v.arguments()).containsExactlyEntriesOf(arguments);
        assertThat(v.message()).isEqualTo(message);
    }

    static CampaignDraft hours(CampaignDraft d, UnaryOperator<CallingHoursDraft> change) {
        return d.withDialingStrategy(d.dialingStrategy().withCallingHours(change.apply(d.dialingStrategy().callingHours())));
    }

    @Test
    void theSeedSamplesAreValid() {
        for (CampaignDraft d : List.of(ValidDrafts.agentlessV2(), ValidDrafts.progressiveV2(), ValidDrafts.previewV2(), ValidDrafts.previewV1())) {
            assertThat(violations(d)).as(d.name()).isEmpty();
            assertThat(validate(d).isValid()).isTrue();
        }
    }

    @Test
    void theSamplesWithTheirMaskedCallerIdsFailOnlyOnTheCallerId() {
        CampaignDraft masked = AGENTLESS.withDialingStrategy(AGENTLESS.dialingStrategy().withCallerId(new CallerIdDraft("+148465xxxxx")));
        assertOnly(masked, "dialingStrategy.callerId.phoneNumber", "campaign.dialingStrategy.callerId.phoneNumber.format",
                args("format", "E.164"), "must have the format E.164");
    }

    @Test
    void aValidDraftBecomesTheTypedCampaignOfItsMode() {
        AgentlessCampaign a = (AgentlessCampaign) validate(AGENTLESS).result().get();
        assertThat(a.name().value()).isEqualTo("Product Feedback Voice Campaign-3.41");
        assertThat(a.machineDetection()).isEqualTo(MachineDetection.OFF);
        assertThat(a.experienceFlow().name()).isEqualTo("Voice Survey Entry Flow");
        assertThat(a.dncList().orElseThrow().name()).isEqualTo("DNC CL Dec 4");
        assertThat(a.dialingStrategy().callingHours().frequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(a.dialingStrategy().callingHours().windows()).hasSize(5);
        assertThat(a.dialingStrategy().callingHours().windows().get(0).day()).contains(DayOfWeek.MONDAY);
        assertThat(a.dialingStrategy().maxRingTime().seconds()).isEqualTo(30);
        PreviewCampaign p = (PreviewCampaign) validate(PREVIEW).result().get();
        assertThat(p.maxSkips().value()).isEqualTo(1);
        assertThat(p.queue().name()).isEqualTo("Default Queue");
        ProgressiveCampaign g = (ProgressiveCampaign) validate(ValidDrafts.progressiveV2()).result().get();
        assertThat(g.mode()).isEqualTo(DialingMode.PROGRESSIVE);
        PreviewCampaign v1 = (PreviewCampaign) validate(ValidDrafts.previewV1()).result().get();
        assertThat(v1.dncList()).as("v1 has no DNC list").isEmpty();
    }

    @Test
    void communicationLimitsAreReadInBothDialectsWithAmazonsBounds() {
        List<CommunicationLimitDraft> limits = List.of(new CommunicationLimitDraft(3L, 7L, "DAY"), new CommunicationLimitDraft(1000L, 30L, "DAY"));
        for (CampaignDraft d : List.of(AGENTLESS.withCommunicationLimits(limits), ValidDrafts.previewV1().withCommunicationLimits(limits))) {
            assertThat(validate(d).result().get().communicationLimits()).as(d.dialect().name())
                    .containsExactly(new CommunicationLimit(3, 7), new CommunicationLimit(1000, 30));
        }
        assertThat(validate(AGENTLESS).result().get().communicationLimits()).as("absent: no limit").isEmpty();
        assertThat(validate(AGENTLESS.withCommunicationLimits(List.of())).result().get().communicationLimits()).isEmpty();
        assertOnly(AGENTLESS.withCommunicationLimits(List.of(new CommunicationLimitDraft(3L, 31L, "DAY"))), "communicationLimits[0].frequency",
                "campaign.communicationLimits.frequency.outOfRange", args("min", 1L, "max", 30L), "must be between 1 and 30");
        assertOnly(AGENTLESS.withCommunicationLimits(List.of(new CommunicationLimitDraft(0L, 7L, "DAY"))),
                "communicationLimits[0].maxCountPerRecipient", "campaign.communicationLimits.maxCountPerRecipient.outOfRange",
                args("min", 1L, "max", 1000L), "must be between 1 and 1000");
        assertOnly(AGENTLESS.withCommunicationLimits(List.of(new CommunicationLimitDraft(3L, 7L, null))), "communicationLimits[0].unit",
                "campaign.communicationLimits.unit.required", args(), "is required");
        assertOnly(AGENTLESS.withCommunicationLimits(java.util.Collections.nCopies(11, new CommunicationLimitDraft(3L, 7L, "DAY"))),
                "communicationLimits", "campaign.communicationLimits.tooMany", args("max", 10L), "must hold at most 10 entries");
    }

    @Test
    void compliancePacksNameKnownPacksInBothDialects() {
        assertThat(dev.voicecampaign.testkit.DraftGenerator.PACK_IDS).as("the testkit's copy").isEqualTo(CompliancePacks.IDS);
        assertThat(validate(ValidDrafts.previewV1().withCompliancePacks(List.of("us", "florida"))).result().get().compliancePacks())
                .containsExactly("us", "florida");
        CampaignDraft twice = AGENTLESS.withCompliancePacks(List.of("us", "us"));
        assertThat(validate(twice).result().get().compliancePacks()).containsExactly("us");
        assertThat(violations(twice)).extracting(Violation::code).containsExactly("campaign.compliancePacks.duplicate");
        assertOnly(AGENTLESS.withCompliancePacks(List.of("mars")), "compliancePacks[0]", "campaign.compliancePacks.notAllowed",
                args("allowed", CompliancePacks.IDS), "must be one of us, florida, canada, australia");
    }

    @Test
    void nameIsOneToFortyEightCodePoints() {
        assertThat(violations(AGENTLESS.withName("n".repeat(48)))).isEmpty();
        assertThat(violations(AGENTLESS.withName("\uD83D\uDCDE".repeat(48)))).as("emoji count once").isEmpty();
        assertOnly(AGENTLESS.withName("n".repeat(49)), "name", "campaign.name.tooLong", args("max", 48), "must be at most 48 characters");
        assertOnly(AGENTLESS.withName("\uD83D\uDCDE".repeat(49)), "name", "campaign.name.tooLong", args("max", 48), "must be at most 48 characters");
        assertOnly(AGENTLESS.withName(""), "name", "campaign.name.blank", args(), "must not be blank");
        assertOnly(AGENTLESS.withName(null), "name", "campaign.name.required", args(), "is required");
    }

    @Test
    void descriptionIsUpTo256AndMayBeEmpty() {
        assertThat(violations(AGENTLESS.withDescription(""))).isEmpty();
        assertThat(violations(AGENTLESS.withDescription("d".repeat(256)))).isEmpty();
        assertOnly(AGENTLESS.withDescription("d".repeat(257)), "description", "campaign.description.tooLong", args("max", 256),
                "must be at most 256 characters");
    }

    @Test
    void contactListsHoldOneToOneHundredKnownNames() {
        assertThat(violations(AGENTLESS.withContactLists(SampleDirectories.CONTACT_LISTS.subList(0, 100)))).isEmpty();
        assertOnly(AGENTLESS.withContactLists(List.of()), "contactLists", "campaign.contactLists.tooFew", args("min", 1L),
                "must hold at least 1 entries");
        assertOnly(AGENTLESS.withContactLists(SampleDirectories.CONTACT_LISTS.subList(0, 101)), "contactLists",
                "campaign.contactLists.tooMany", args("max", 100L), "must hold at most 100 entries");
        assertOnly(AGENTLESS.withContactLists(List.of("CL Only 2020 Dec 4", "Nope")), "contactLists[1]",
                "campaign.contactLists.notFound", args("name", "Nope"), "Nope does not exist in this app");
        assertOnly(AGENTLESS.withContactLists(List.of(" ")), "contactLists[0]", "campaign.contactLists.blank", args(), "must not be blank");
    }

    @Test
    void aRepeatedContactListIsAWarningAndDropped() {
        CampaignDraft twice = AGENTLESS.withContactLists(List.of("CL Only 2020 Dec 4", "CL Only 2020 Dec 4"));
        List<Violation> found = violations(twice);
        assertThat(found).extracting(Violation::code, v -> v.path().toString(), Violation::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("campaign.contactLists.duplicate", "contactLists[1]", Severity.WARNING));
        assertThat(validate(twice).result().get().contactLists().names()).containsExactly("CL Only 2020 Dec 4");
    }

    @ParameterizedTest
    @CsvSource({"1,true", "5,true", "0,false", "6,false", "01,false", "' 1',false", "high,false"})
    void priorityIsAStringOneToFive(String priority, boolean valid) {
        if (valid) {
            assertThat(violations(AGENTLESS.withPriority(priority))).isEmpty();
        } else {
            assertOnly(AGENTLESS.withPriority(priority), "priority", "campaign.priority.notAllowed",
                    args("allowed", List.of("1", "2", "3", "4", "5")), "must be one of 1, 2, 3, 4, 5");
        }
    }

    @ParameterizedTest
    @CsvSource({"maxAttemptsPerRecord,1,100", "defaultRetryPeriod,1,1440", "maxRingTime,5,120"})
    void dialingNumbersAreCheckedAtBothEnds(String field, long min, long max) {
        for (long ok : new long[] {min, max}) assertThat(violations(withNumber(field, ok))).isEmpty();
        for (long bad : new long[] {min - 1, max + 1, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertOnly(withNumber(field, bad), "dialingStrategy." + field, "campaign.dialingStrategy." + field + ".outOfRange",
                    args("min", min, "max", max), "must be between " + min + " and " + max);
        }
    }

    static CampaignDraft withNumber(String field, long value) {
        var s = AGENTLESS.dialingStrategy();
        return AGENTLESS.withDialingStrategy(switch (field) {
            case "maxAttemptsPerRecord" -> s.withMaxAttemptsPerRecord(value);
            case "defaultRetryPeriod" -> s.withDefaultRetryPeriod(value);
            default -> s.withMaxRingTime(value);
        });
    }

    @Test
    void maxSkipsIsZeroToOneHundredForPreview() {
        assertThat(violations(PREVIEW.withMaxSkips(0L))).isEmpty();
        assertThat(violations(PREVIEW.withMaxSkips(100L))).isEmpty();
        assertOnly(PREVIEW.withMaxSkips(-1L), "maxSkips", "campaign.maxSkips.outOfRange", args("min", 0L, "max", 100L), "must be between 0 and 100");
        assertOnly(PREVIEW.withMaxSkips(101L), "maxSkips", "campaign.maxSkips.outOfRange", args("min", 0L, "max", 100L), "must be between 0 and 100");
    }

    @Test
    void callerIdMustBeAVerifiedE164Number() {
        assertOnly(AGENTLESS.withDialingStrategy(AGENTLESS.dialingStrategy().withCallerId(new CallerIdDraft("+15550000000"))),
                "dialingStrategy.callerId.phoneNumber", "campaign.dialingStrategy.callerId.phoneNumber.notVerified",
                args("phoneNumber", "+15550000000"), "+15550000000 is not a verified caller id of this app");
        assertOnly(AGENTLESS.withDialingStrategy(AGENTLESS.dialingStrategy().withCallerId(null)), "dialingStrategy.callerId",
                "campaign.dialingStrategy.callerId.required", args(), "is required");
    }

    @Test
    void callingHoursFieldsAreChecked() {
        assertOnly(hours(AGENTLESS, h -> h.withTimezone("Asia/Calcutta_")), "dialingStrategy.callingHours.timezone",
                "campaign.dialingStrategy.callingHours.timezone.unknownZone", args("value", "Asia/Calcutta_"), "Asia/Calcutta_ is not an IANA time zone");
        assertOnly(hours(AGENTLESS, h -> h.withFrequency("weekly")), "dialingStrategy.callingHours.frequency",
                "campaign.dialingStrategy.callingHours.frequency.notAllowed", args("allowed", List.of("WEEKLY", "DAILY", "CUSTOM")),
                "must be one of WEEKLY, DAILY, CUSTOM");
        assertOnly(hours(AGENTLESS, h -> h.withDays(List.of(new DayWindowDraft("Monday", "9:00 AM", "6:00 PM")))),
                "dialingStrategy.callingHours.days[0].day", "campaign.dialingStrategy.callingHours.days.day.notAllowed",
                args("allowed", List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU")), "must be one of MO, TU, WE, TH, FR, SA, SU");
        assertOnly(hours(AGENTLESS, h -> h.withDays(List.of(new DayWindowDraft("MO", "9:00", "6:00 PM")))),
                "dialingStrategy.callingHours.days[0].start", "campaign.dialingStrategy.callingHours.days.start.format",
                args("format", "h:mm AM/PM"), "must have the format h:mm AM/PM");
        assertOnly(hours(AGENTLESS, h -> h.withDays(List.of(new DayWindowDraft("MO", "9:00 AM", "9:00 AM")))),
                "dialingStrategy.callingHours.days[0]", "campaign.dialingStrategy.callingHours.days.startEqualsEnd",
                args("time", "9:00 AM"), "starts and ends at 9:00 AM: ambiguous (use 12:00 AM-12:00 AM for the whole day)");
        assertThat(violations(hours(AGENTLESS, h -> h.withDays(List.of(new DayWindowDraft("MO", "12:00 AM", "12:00 AM")))))).isEmpty();
        assertThat(violations(hours(AGENTLESS, h -> h.withDays(List.of(new DayWindowDraft("MO", "10:00 PM", "2:00 AM")))))).as("overnight").isEmpty();
        assertOnly(hours(AGENTLESS, h -> h.withDays(List.of())), "dialingStrategy.callingHours.days",
                "campaign.dialingStrategy.callingHours.days.tooFew", args("min", 1L), "must hold at least 1 entries");
        assertOnly(hours(AGENTLESS, h -> h.withDays(java.util.Collections.nCopies(51, new DayWindowDraft("MO", "9:00 AM", "6:00 PM")))),
                "dialingStrategy.callingHours.days", "campaign.dialingStrategy.callingHours.days.tooMany", args("max", 50L),
                "must hold at most 50 entries");
    }

    @Test
    void overlappingAndUnevenWindowsAreWarnings() {
        CampaignDraft overlapping = hours(AGENTLESS, h -> h.withFrequency("CUSTOM").withDays(List.of(
                new DayWindowDraft("MO", "9:00 AM", "1:00 PM"), new DayWindowDraft("MO", "12:00 PM", "6:00 PM"))));
        assertOnly(overlapping, "dialingStrategy.callingHours.days[1]", "campaign.dialingStrategy.callingHours.days.overlap",
                args("with", 0), "overlaps days[0]; the open time is their union");
        assertThat(validate(overlapping).isValid()).isTrue();
        CampaignDraft acrossTheWeekEnd = hours(AGENTLESS, h -> h.withFrequency("CUSTOM").withDays(List.of(
                new DayWindowDraft("SU", "10:00 PM", "2:00 AM"), new DayWindowDraft("MO", "1:00 AM", "5:00 AM"))));
        assertOnly(acrossTheWeekEnd, "dialingStrategy.callingHours.days[1]", "campaign.dialingStrategy.callingHours.days.overlap",
                args("with", 0), "overlaps days[0]; the open time is their union");
        CampaignDraft dailyOvernight = hours(AGENTLESS, h -> h.withFrequency("DAILY").withDays(List.of(
                new DayWindowDraft(null, "10:00 PM", "2:00 AM"), new DayWindowDraft(null, "1:00 AM", "3:00 AM"))));
        assertOnly(dailyOvernight, "dialingStrategy.callingHours.days[1]", "campaign.dialingStrategy.callingHours.days.overlap",
                args("with", 0), "overlaps days[0]; the open time is their union");
        assertThat(violations(hours(AGENTLESS, h -> h.withFrequency("CUSTOM").withDays(List.of(
                new DayWindowDraft("MO", "9:00 AM", "12:00 PM"), new DayWindowDraft("MO", "12:00 PM", "3:00 PM")))))).as("touching is fine").isEmpty();
        CampaignDraft uneven = hours(AGENTLESS, h -> h.withDays(List.of(
                new DayWindowDraft("MO", "9:00 AM", "1:00 PM"), new DayWindowDraft("TU", "12:00 PM", "6:00 PM"))));
        assertOnly(uneven, "dialingStrategy.callingHours.frequency", "campaign.dialingStrategy.callingHours.frequency.windowsDiffer",
                args(), "WEEKLY days have different windows; use CUSTOM to say so");
        CampaignDraft dailyWithDay = hours(AGENTLESS, h -> h.withFrequency("DAILY"));
        assertThat(violations(dailyWithDay)).filteredOn(v -> v.code().endsWith(".overlap")).as("the same window five times a day")
                .hasSize(4);
        assertThat(violations(dailyWithDay)).filteredOn(v -> !v.code().endsWith(".overlap")).hasSize(5).allSatisfy(v -> {
            assertThat(v.code()).isEqualTo("campaign.dialingStrategy.callingHours.days.day.ignored");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.arguments()).containsExactlyEntriesOf(args("frequency", "DAILY"));
        });
    }

    @Test
    void restrictedPeriodsAreOurAddition() {
        CampaignDraft holidays = hours(AGENTLESS, h -> h.withRestrictedPeriods(List.of(
                new RestrictedPeriodDraft("2026-12-24", "2026-12-26", false, "Christmas"),
                new RestrictedPeriodDraft("--12-31", "--01-01", true, "New Year"))));
        assertThat(violations(holidays)).isEmpty();
        assertThat(validate(holidays).result().get().dialingStrategy().callingHours().restrictedPeriods()).contains(
                new RestrictedPeriod.Yearly(MonthDay.of(12, 31), MonthDay.of(1, 1), "New Year"));
        assertOnly(hours(AGENTLESS, h -> h.withRestrictedPeriods(List.of(new RestrictedPeriodDraft("2026-12-26", "2026-12-24", null, null)))),
                "dialingStrategy.callingHours.restrictedPeriods[0]", "campaign.dialingStrategy.callingHours.restrictedPeriods.reversed",
                args("from", "2026-12-26", "to", "2026-12-24"), "ends (2026-12-24) before it starts (2026-12-26)");
        assertOnly(hours(AGENTLESS, h -> h.withRestrictedPeriods(List.of(new RestrictedPeriodDraft("2026-02-30", "2026-03-01", false, null)))),
                "dialingStrategy.callingHours.restrictedPeriods[0].from", "campaign.dialingStrategy.callingHours.restrictedPeriods.from.format",
                args("format", "YYYY-MM-DD"), "must have the format YYYY-MM-DD");
    }

    @Test
    void modeOnlyFieldsSentToAnotherModeAreIgnoredWithAWarning() {
        CampaignDraft extra = AGENTLESS.withQueueName("Default Queue").withMaxSkips(3L);
        assertThat(violations(extra)).extracting(Violation::code, Violation::arguments).containsExactly(
                org.assertj.core.groups.Tuple.tuple("campaign.queueName.ignoredForMode", args("mode", "Agentless")),
                org.assertj.core.groups.Tuple.tuple("campaign.maxSkips.ignoredForMode", args("mode", "Agentless")));
        assertThat(validate(extra).isValid()).isTrue();
        assertOnly(PREVIEW.withEnableMachineDetect("detect"), "enableMachineDetect", "campaign.enableMachineDetect.ignoredForMode",
                args("mode", "Preview"), "is not used by Preview campaigns and is ignored");
        assertOnly(PREVIEW.withExperienceFlowName("Reminder Flow"), "experienceFlowName", "campaign.experienceFlowName.ignoredForMode",
                args("mode", "Preview"), "is not used by Preview campaigns and is ignored");
    }

    @Test
    void theDialectsDifferWhereTheSeedsDo() {
        CampaignDraft v1 = ValidDrafts.previewV1();
        assertOnly(v1.withDncLists(new DncListDraft("DNC CL Dec 4")), "dncLists", "campaign.dncLists.notInDialect",
                args("dialect", "v1"), "is not part of the v1 API and is ignored");
        assertOnly(v1.withEnableMachineDetect(null), "enableMachineDetect", "campaign.enableMachineDetect.required", args(), "is required");
        assertThat(violations(PREVIEW.withEnableMachineDetect(null))).as("optional in v2 outside Agentless").isEmpty();
        assertOnly(PREVIEW.withDncLists(null), "dncLists", "campaign.dncLists.required", args(), "is required");
    }

    @Test
    void campaignTypeMustBeVoice() {
        assertOnly(AGENTLESS.withCampaignType("sms"), "campaignType", "campaign.campaignType.notVoice", args("value", "sms"),
                "sms is not a voice campaign; this API creates voice campaigns");
        assertOnly(AGENTLESS.withCampaignType("Voice"), "campaignType", "campaign.campaignType.notAllowed", args("allowed", List.of("voice")),
                "must be one of voice");
    }

    @Test
    void schedulingIsNotSwitchedOnInABody() {
        assertOnly(AGENTLESS.withSchedule(new dev.voicecampaign.core.draft.ScheduleDraft(true)), "schedule.isSchedulingEnabled",
                "campaign.schedule.isSchedulingEnabled.useScheduleRoute", args(),
                "cannot be switched on here: schedule the campaign through the schedule route");
    }

    @Test
    void aMissingObjectIsOneViolationAndAnUnknownModeChecksOnlyTheBase() {
        assertOnly(AGENTLESS.withDialingStrategy(null), "dialingStrategy", "campaign.dialingStrategy.required", args(), "is required");
        assertOnly(AGENTLESS.withDialingMode("Predictive"), "dialingMode", "campaign.dialingMode.notAllowed",
                args("allowed", List.of("Agentless", "Progressive", "Preview")), "must be one of Agentless, Progressive, Preview");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        CampaignDraft bad = AGENTLESS.withName("").withPriority("9").withCampaignType("sms").withExperienceFlowName(null)
                .withDialingStrategy(AGENTLESS.dialingStrategy().withMaxRingTime(2L));
        assertThat(errors(bad)).extracting(Violation::code).containsExactly("campaign.name.blank", "campaign.priority.notAllowed",
                "campaign.dialingStrategy.maxRingTime.outOfRange", "campaign.campaignType.notVoice", "campaign.experienceFlowName.required");
        assertThat(errors(CampaignDraft.empty(Dialect.V2))).hasSize(8);
        assertThat(IntStream.range(0, 3).mapToObj(i -> validate(bad)).distinct()).as("pure: same input, same answer").hasSize(1);
    }
}

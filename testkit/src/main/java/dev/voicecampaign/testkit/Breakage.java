package dev.voicecampaign.testkit;

import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.CommunicationLimit;
import dev.voicecampaign.core.campaign.ContactLists;
import dev.voicecampaign.core.campaign.Description;
import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.MaxAttempts;
import dev.voicecampaign.core.campaign.MaxSkips;
import dev.voicecampaign.core.campaign.RetryPeriod;
import dev.voicecampaign.core.campaign.RingTime;
import dev.voicecampaign.core.draft.CallerIdDraft;
import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.CommunicationLimitDraft;
import dev.voicecampaign.core.draft.DayWindowDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.draft.DialingStrategyDraft;
import dev.voicecampaign.core.draft.DncListDraft;
import dev.voicecampaign.core.draft.ScheduleDraft;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One way to break a valid draft, and the single error the standard rules must answer with
 * ({@link #path()} in draft terms, {@link #code()}). Property tests apply one breakage to a generated
 * valid draft and expect exactly that error.
 */
public enum Breakage {
    NAME_MISSING("name", "campaign.name.required", d -> d.withName(null)),
    NAME_BLANK("name", "campaign.name.blank", d -> d.withName("   ")),
    NAME_TOO_LONG("name", "campaign.name.tooLong", d -> d.withName("n".repeat(CampaignName.LIMIT.maxLength() + 1))),
    DESCRIPTION_MISSING("description", "campaign.description.required", d -> d.withDescription(null)),
    DESCRIPTION_TOO_LONG("description", "campaign.description.tooLong", d -> d.withDescription("d".repeat(Description.LIMIT.maxLength() + 1))),
    CONTACT_LISTS_EMPTY("contactLists", "campaign.contactLists.tooFew", d -> d.withContactLists(List.of())),
    CONTACT_LISTS_TOO_MANY("contactLists", "campaign.contactLists.tooMany",
            d -> d.withContactLists(SampleDirectories.CONTACT_LISTS.subList(0, (int) ContactLists.COUNT.max() + 1))),
    CONTACT_LIST_UNKNOWN("contactLists[0]", "campaign.contactLists.notFound", d -> d.withContactLists(replaceFirst(d.contactLists(), "No Such List"))),
    CONTACT_LIST_NULL("contactLists[0]", "campaign.contactLists.required", d -> d.withContactLists(replaceFirst(d.contactLists(), null))),
    DNC_LISTS_MISSING("dncLists", "campaign.dncLists.required", Set.of(Dialect.V2), d -> d.withDncLists(null)),
    DNC_LIST_UNKNOWN("dncLists.name", "campaign.dncLists.name.notFound", Set.of(Dialect.V2), d -> d.withDncLists(new DncListDraft("No Such DNC"))),
    PRIORITY_ZERO("priority", "campaign.priority.notAllowed", d -> d.withPriority("0")),
    PRIORITY_PADDED("priority", "campaign.priority.notAllowed", d -> d.withPriority("05")),
    DIALING_MODE_UNKNOWN("dialingMode", "campaign.dialingMode.notAllowed", d -> d.withDialingMode("Predictive")),
    DIALING_STRATEGY_MISSING("dialingStrategy", "campaign.dialingStrategy.required", d -> d.withDialingStrategy(null)),
    CALLER_ID_MASKED("dialingStrategy.callerId.phoneNumber", "campaign.dialingStrategy.callerId.phoneNumber.format",
            d -> strategy(d, s -> s.withCallerId(new CallerIdDraft("+148465xxxxx")))),
    CALLER_ID_UNVERIFIED("dialingStrategy.callerId.phoneNumber", "campaign.dialingStrategy.callerId.phoneNumber.notVerified",
            d -> strategy(d, s -> s.withCallerId(new CallerIdDraft(SampleDirectories.UNVERIFIED_CALLER_ID)))),
    FREQUENCY_UNKNOWN("dialingStrategy.callingHours.frequency", "campaign.dialingStrategy.callingHours.frequency.notAllowed",
            d -> hours(d, h -> withDays(h.withFrequency("MONTHLY")))),
    TIMEZONE_UNKNOWN("dialingStrategy.callingHours.timezone", "campaign.dialingStrategy.callingHours.timezone.unknownZone",
            d -> hours(d, h -> h.withTimezone("Mars/Olympus_Mons"))),
    DAYS_EMPTY("dialingStrategy.callingHours.days", "campaign.dialingStrategy.callingHours.days.tooFew",
            d -> hours(d, h -> h.withDays(List.of()))),
    DAY_UNKNOWN("dialingStrategy.callingHours.days[0].day", "campaign.dialingStrategy.callingHours.days.day.notAllowed",
            d -> hours(d, h -> firstWindow(withDays(h.withFrequency("CUSTOM")), w -> new DayWindowDraft("XX", w.start(), w.end())))),
    DAY_MISSING("dialingStrategy.callingHours.days[0].day", "campaign.dialingStrategy.callingHours.days.day.required",
            d -> hours(d, h -> firstWindow(withDays(h.withFrequency("CUSTOM")), w -> new DayWindowDraft(null, w.start(), w.end())))),
    START_MALFORMED("dialingStrategy.callingHours.days[0].start", "campaign.dialingStrategy.callingHours.days.start.format",
            d -> hours(d, h -> firstWindow(h, w -> new DayWindowDraft(w.day(), "25:00", w.end())))),
    END_MISSING("dialingStrategy.callingHours.days[0].end", "campaign.dialingStrategy.callingHours.days.end.required",
            d -> hours(d, h -> firstWindow(h, w -> new DayWindowDraft(w.day(), w.start(), null)))),
    START_EQUALS_END("dialingStrategy.callingHours.days[0]", "campaign.dialingStrategy.callingHours.days.startEqualsEnd",
            d -> hours(d, h -> firstWindow(h, w -> new DayWindowDraft(w.day(), "10:00 AM", "10:00 AM")))),
    DIALING_ORDER_UNKNOWN("dialingStrategy.dialingOrder", "campaign.dialingStrategy.dialingOrder.notAllowed",
            d -> strategy(d, s -> s.withDialingOrder("RANDOM"))),
    ATTEMPTS_ZERO("dialingStrategy.maxAttemptsPerRecord", "campaign.dialingStrategy.maxAttemptsPerRecord.outOfRange",
            d -> strategy(d, s -> s.withMaxAttemptsPerRecord(MaxAttempts.RANGE.min() - 1))),
    ATTEMPTS_TOO_MANY("dialingStrategy.maxAttemptsPerRecord", "campaign.dialingStrategy.maxAttemptsPerRecord.outOfRange",
            d -> strategy(d, s -> s.withMaxAttemptsPerRecord(MaxAttempts.RANGE.max() + 1))),
    RETRY_TOO_LONG("dialingStrategy.defaultRetryPeriod", "campaign.dialingStrategy.defaultRetryPeriod.outOfRange",
            d -> strategy(d, s -> s.withDefaultRetryPeriod(RetryPeriod.RANGE.max() + 1))),
    RING_TOO_SHORT("dialingStrategy.maxRingTime", "campaign.dialingStrategy.maxRingTime.outOfRange",
            d -> strategy(d, s -> s.withMaxRingTime(RingTime.RANGE.min() - 1))),
    RING_MISSING("dialingStrategy.maxRingTime", "campaign.dialingStrategy.maxRingTime.required",
            d -> strategy(d, s -> s.withMaxRingTime(null))),
    SCHEDULING_ENABLED("schedule.isSchedulingEnabled", "campaign.schedule.isSchedulingEnabled.useScheduleRoute",
            d -> d.withSchedule(new ScheduleDraft(true))),
    LIMIT_FREQUENCY_TOO_LONG("communicationLimits[0].frequency", "campaign.communicationLimits.frequency.outOfRange",
            d -> d.withCommunicationLimits(List.of(new CommunicationLimitDraft(3L, CommunicationLimit.FREQUENCY.max() + 1, CommunicationLimit.UNIT)))),
    LIMIT_UNIT_UNKNOWN("communicationLimits[0].unit", "campaign.communicationLimits.unit.notAllowed",
            d -> d.withCommunicationLimits(List.of(new CommunicationLimitDraft(3L, 7L, "WEEK")))),
    PACK_UNKNOWN("compliancePacks[0]", "campaign.compliancePacks.notAllowed", d -> d.withCompliancePacks(List.of("mars"))),
    CAMPAIGN_TYPE_SMS("campaignType", "campaign.campaignType.notVoice", d -> d.withCampaignType("sms")),
    CAMPAIGN_TYPE_MISSING("campaignType", "campaign.campaignType.required", d -> d.withCampaignType(null)),
    QUEUE_MISSING("queueName", "campaign.queueName.required", EnumSet.of(DialingMode.PROGRESSIVE, DialingMode.PREVIEW),
            d -> d.withQueueName(null)),
    QUEUE_UNKNOWN("queueName", "campaign.queueName.notFound", EnumSet.of(DialingMode.PROGRESSIVE, DialingMode.PREVIEW),
            d -> d.withQueueName("No Such Queue")),
    MAX_SKIPS_MISSING("maxSkips", "campaign.maxSkips.required", EnumSet.of(DialingMode.PREVIEW), d -> d.withMaxSkips(null)),
    MAX_SKIPS_TOO_MANY("maxSkips", "campaign.maxSkips.outOfRange", EnumSet.of(DialingMode.PREVIEW), d -> d.withMaxSkips(MaxSkips.RANGE.max() + 1)),
    FLOW_MISSING("experienceFlowName", "campaign.experienceFlowName.required", EnumSet.of(DialingMode.AGENTLESS),
            d -> d.withExperienceFlowName(null)),
    FLOW_UNKNOWN("experienceFlowName", "campaign.experienceFlowName.notFound", EnumSet.of(DialingMode.AGENTLESS),
            d -> d.withExperienceFlowName("No Such Flow")),
    MACHINE_DETECTION_UNKNOWN("enableMachineDetect", "campaign.enableMachineDetect.notAllowed", d -> d.withEnableMachineDetect("maybe")),
    MACHINE_DETECTION_MISSING("enableMachineDetect", "campaign.enableMachineDetect.required", EnumSet.of(DialingMode.AGENTLESS),
            d -> d.withEnableMachineDetect(null));

    private final String path;
    private final String code;
    private final Set<DialingMode> modes;
    private final Set<Dialect> dialects;
    private final UnaryOperator<CampaignDraft> breaker;

    Breakage(String path, String code, UnaryOperator<CampaignDraft> breaker) {
        this(path, code, EnumSet.allOf(DialingMode.class), EnumSet.allOf(Dialect.class), breaker);
    }

    Breakage(String path, String code, Set<Dialect> dialects, UnaryOperator<CampaignDraft> breaker) {
        this(path, code, EnumSet.allOf(DialingMode.class), dialects, breaker);
    }

    Breakage(String path, String code, EnumSet<DialingMode> modes, UnaryOperator<CampaignDraft> breaker) {
        this(path, code, modes, EnumSet.allOf(Dialect.class), breaker);
    }

    Breakage(String path, String code, Set<DialingMode> modes, Set<Dialect> dialects, UnaryOperator<CampaignDraft> breaker) {
        this.path = path;
        this.code = code;
        this.modes = Set.copyOf(modes);
        this.dialects = Set.copyOf(dialects);
        this.breaker = breaker;
    }

    /** Where the error points, as {@code Path.toString()} renders it. */
    public String path() {
        return path;
    }

    public String code() {
        return code;
    }

    /** Whether this breakage means something for drafts of that mode and dialect. */
    public boolean appliesTo(DialingMode mode, Dialect dialect) {
        return modes.contains(mode) && dialects.contains(dialect);
    }

    /** The draft broken in this one way (the input is not changed). */
    public CampaignDraft apply(CampaignDraft valid) {
        return breaker.apply(valid);
    }

    /** The breakages meaningful for a mode and dialect. */
    public static List<Breakage> applicableTo(DialingMode mode, Dialect dialect) {
        return java.util.Arrays.stream(values()).filter(b -> b.appliesTo(mode, dialect)).toList();
    }

    private static List<String> replaceFirst(List<String> names, String first) {
        List<String> copy = new ArrayList<>(names);
        copy.set(0, first);
        return copy;
    }

    private static CampaignDraft strategy(CampaignDraft d, UnaryOperator<DialingStrategyDraft> change) {
        return d.withDialingStrategy(change.apply(d.dialingStrategy()));
    }

    private static CampaignDraft hours(CampaignDraft d, UnaryOperator<CallingHoursDraft> change) {
        return strategy(d, s -> s.withCallingHours(change.apply(s.callingHours())));
    }

    /** Gives every window a day, so that a frequency other than DAILY adds no error of its own. */
    private static CallingHoursDraft withDays(CallingHoursDraft h) {
        return h.withDays(h.days().stream().map(w -> w.day() == null ? new DayWindowDraft("MO", w.start(), w.end()) : w).toList());
    }

    private static CallingHoursDraft firstWindow(CallingHoursDraft h, UnaryOperator<DayWindowDraft> change) {
        List<DayWindowDraft> days = new ArrayList<>(h.days());
        days.set(0, change.apply(days.get(0)));
        return h.withDays(days);
    }

}

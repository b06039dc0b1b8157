package dev.voicecampaign.rules;

import static dev.voicecampaign.rules.dsl.FlagRule.flag;
import static dev.voicecampaign.rules.dsl.IgnoredRule.ignoredFor;
import static dev.voicecampaign.rules.dsl.ListRule.listOf;
import static dev.voicecampaign.rules.dsl.ObjectRule.object;
import static dev.voicecampaign.rules.dsl.TextRule.text;
import static dev.voicecampaign.rules.dsl.WholeNumberRule.whole;

import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.ContactLists;
import dev.voicecampaign.core.campaign.Description;
import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.DialingOrder;
import dev.voicecampaign.core.campaign.MachineDetection;
import dev.voicecampaign.core.campaign.MaxAttempts;
import dev.voicecampaign.core.campaign.MaxSkips;
import dev.voicecampaign.core.campaign.Priority;
import dev.voicecampaign.core.campaign.ResourceName;
import dev.voicecampaign.core.campaign.RetryPeriod;
import dev.voicecampaign.core.campaign.RingTime;
import dev.voicecampaign.core.draft.CallerIdDraft;
import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.DayWindowDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.draft.DialingStrategyDraft;
import dev.voicecampaign.core.draft.DncListDraft;
import dev.voicecampaign.core.draft.RestrictedPeriodDraft;
import dev.voicecampaign.core.draft.ScheduleDraft;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.Frequency;
import dev.voicecampaign.core.hours.RestrictedPeriod;
import dev.voicecampaign.core.hours.WireDay;
import dev.voicecampaign.core.hours.WireTime;
import dev.voicecampaign.core.port.Directories;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.rules.dsl.CrossFieldSpec;
import dev.voicecampaign.rules.dsl.IgnoredRule;
import dev.voicecampaign.rules.dsl.RuleSet;
import dev.voicecampaign.rules.dsl.TextRule;
import dev.voicecampaign.rules.dsl.ValueType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * The rule sets of the seeds' parameter tables, one per dialing mode on a common base. Read it
 * beside {@code create-voice-campaign-*-v2.md} and {@code create-voice-campaign-v1.md}: one
 * {@code field(...)} per row. Every limit comes from the core value type that enforces it.
 */
public final class CampaignRuleSets {
    private CampaignRuleSets() {
    }

    static final List<String> PRIORITIES = LongStream.rangeClosed(Priority.RANGE.min(), Priority.RANGE.max())
            .mapToObj(Long::toString).toList();
    static final List<String> MODES = Arrays.stream(DialingMode.values()).map(DialingMode::wireName).toList();
    static final List<String> FREQUENCIES = Arrays.stream(Frequency.values()).map(Enum::name).toList();
    static final List<String> ORDERS = Arrays.stream(DialingOrder.values()).map(Enum::name).toList();
    static final List<String> MACHINE_DETECTION = Arrays.stream(MachineDetection.values()).map(MachineDetection::wireValue).toList();
    static final String TIME_FORMAT = "h:mm AM/PM";

    static TextRule resourceName(java.util.function.Function<Directories, dev.voicecampaign.core.port.ResourceDirectory> directory) {
        return text().required().length(ResourceName.LIMIT).exists(directory);
    }

    static final RuleSet<DncListDraft> DNC_LIST = RuleSet.<DncListDraft>builder()
            .field("name", DncListDraft::name, resourceName(Directories::dncLists), "Name of the DNC list; must exist in the app.")
            .build();

    static final RuleSet<CallerIdDraft> CALLER_ID = RuleSet.<CallerIdDraft>builder()
            .field("phoneNumber", CallerIdDraft::phoneNumber,
                    text().required().format(CallerId.E164, "E.164").verifiedCallerId(),
                    "Caller id shown to the called party: an E.164 number verified for the app.")
            .build();

    private static final TextRule TIME = text().required().format(WireTime.PATTERN, TIME_FORMAT);

    private static final RuleSet<DayWindowDraft> WINDOW_TIMES = RuleSet.<DayWindowDraft>builder()
            .field("start", DayWindowDraft::start, TIME, "Start of the window, h:mm AM/PM.")
            .field("end", DayWindowDraft::end, TIME,
                    "End of the window, h:mm AM/PM. 12:00 AM is the midnight that ends the day; an end before the start runs overnight (our decision).")
            .cross("campaign.dialingStrategy.callingHours.days.startEqualsEnd", Severity.ERROR,
                    "A window whose end equals its start is ambiguous (except 12:00 AM-12:00 AM, the whole day).",
                    CallingHoursRules::startEqualsEnd)
            .build();

    static final RuleSet<DayWindowDraft> WINDOW_WITH_DAY = RuleSet.<DayWindowDraft>builder()
            .field("day", DayWindowDraft::day, text().required().oneOf(WireDay.NAMES), "Day of the week, two letters.")
            .include(WINDOW_TIMES)
            .build();

    static final RuleSet<DayWindowDraft> WINDOW_ANY_DAY = RuleSet.<DayWindowDraft>builder()
            .field("day", DayWindowDraft::day, new IgnoredRule<String>(ValueType.TEXT, "ignored",
                    "is ignored: {frequency} windows apply every day", "frequency", Frequency.DAILY.name()),
                    "Ignored under DAILY: every window applies on all seven days.")
            .include(WINDOW_TIMES)
            .build();

    private static final TextRule DATE = text().required().parses(CallingHoursRules::parseFullDate, "YYYY-MM-DD",
            CallingHoursRules.FULL_DATE_SHAPE);
    private static final TextRule YEARLY_DATE = text().required().parses(CallingHoursRules::parseDate, "--MM-DD or YYYY-MM-DD",
            CallingHoursRules.YEARLY_DATE_SHAPE);

    static final RuleSet<RestrictedPeriodDraft> RESTRICTED_PERIOD = RuleSet.<RestrictedPeriodDraft>builder()
            .field("yearly", RestrictedPeriodDraft::yearly, flag(), "true: the period recurs every year (dates may omit the year).")
            .when("yearly is not true", p -> !Boolean.TRUE.equals(p.yearly()), RuleSet.<RestrictedPeriodDraft>builder()
                    .field("from", RestrictedPeriodDraft::from, DATE, "First closed date.")
                    .field("to", RestrictedPeriodDraft::to, DATE, "Last closed date, inclusive.")
                    .build())
            .when("yearly is true", p -> Boolean.TRUE.equals(p.yearly()), RuleSet.<RestrictedPeriodDraft>builder()
                    .field("from", RestrictedPeriodDraft::from, YEARLY_DATE, "First closed day each year (a full date's year is ignored).")
                    .field("to", RestrictedPeriodDraft::to, YEARLY_DATE, "Last closed day each year, inclusive; may wrap over the new year.")
                    .build())
            .field("label", RestrictedPeriodDraft::label, text().length(RestrictedPeriod.LABEL_LIMIT), "A name such as Christmas.")
            .cross("campaign.dialingStrategy.callingHours.restrictedPeriods.reversed", Severity.ERROR,
                    "A one-off period cannot end before it starts (a yearly one may wrap over the new year).",
                    CallingHoursRules::reversed)
            .build();

    static final RuleSet<CallingHoursDraft> CALLING_HOURS = RuleSet.<CallingHoursDraft>builder()
            .field("frequency", CallingHoursDraft::frequency, text().required().oneOf(FREQUENCIES),
                    "WEEKLY: each window on its day; DAILY: every window on all days; CUSTOM: per-day windows.")
            .field("timezone", CallingHoursDraft::timezone, text().required().zone(), "IANA time zone of the windows.")
            .when("frequency is not DAILY", h -> !"DAILY".equals(h.frequency()), RuleSet.<CallingHoursDraft>builder()
                    .field("days", CallingHoursDraft::days, listOf(object(WINDOW_WITH_DAY)).required().count(CallingHours.WINDOW_COUNT),
                            "Calling windows: day, start and end.")
                    .build())
            .when("frequency is DAILY", h -> "DAILY".equals(h.frequency()), RuleSet.<CallingHoursDraft>builder()
                    .field("days", CallingHoursDraft::days, listOf(object(WINDOW_ANY_DAY)).required().count(CallingHours.WINDOW_COUNT),
                            "Calling windows: start and end, applied every day.")
                    .build())
            .field("restrictedPeriods", CallingHoursDraft::restrictedPeriods,
                    listOf(object(RESTRICTED_PERIOD)).count(CallingHours.RESTRICTED_PERIOD_COUNT),
                    "Our addition: dates on which no call is placed (holidays).")
            .cross(CallingHoursRules::windowLayout,
                    new CrossFieldSpec("campaign.dialingStrategy.callingHours.days.overlap", Severity.WARNING,
                            "Windows of one day overlap; they are merged when evaluated.", Optional.empty()),
                    new CrossFieldSpec("campaign.dialingStrategy.callingHours.frequency.windowsDiffer", Severity.WARNING,
                            "Under WEEKLY the listed days differ in their windows; CUSTOM says so explicitly.", Optional.empty()))
            .build();

    static final RuleSet<DialingStrategyDraft> DIALING_STRATEGY = RuleSet.<DialingStrategyDraft>builder()
            .field("callerId", DialingStrategyDraft::callerId, object(CALLER_ID).required(), "Caller id settings.")
            .field("callingHours", DialingStrategyDraft::callingHours, object(CALLING_HOURS).required(), "When calls may be placed.")
            .field("dialingOrder", DialingStrategyDraft::dialingOrder, text().required().oneOf(ORDERS), "FIFO or LIFO.")
            .field("maxAttemptsPerRecord", DialingStrategyDraft::maxAttemptsPerRecord, whole().required().range(MaxAttempts.RANGE),
                    "Maximum call attempts per contact.")
            .field("defaultRetryPeriod", DialingStrategyDraft::defaultRetryPeriod, whole().required().range(RetryPeriod.RANGE),
                    "Minutes to wait between retries.")
            .field("maxRingTime", DialingStrategyDraft::maxRingTime, whole().required().range(RingTime.RANGE),
                    "Seconds to ring before giving up.")
            .build();

    static final RuleSet<ScheduleDraft> SCHEDULE = RuleSet.<ScheduleDraft>builder()
            .field("isSchedulingEnabled", ScheduleDraft::isSchedulingEnabled, flag(), "Must be false or absent here.")
            .cross("campaign.schedule.isSchedulingEnabled.useScheduleRoute", Severity.ERROR,
                    "Scheduling is switched on through the schedule route, not in a create or update body.",
                    CallingHoursRules::useScheduleRoute)
            .build();

    /** The rows every mode shares. */
    public static final RuleSet<CampaignDraft> BASE = RuleSet.<CampaignDraft>builder()
            .field("name", CampaignDraft::name, text().required().length(CampaignName.LIMIT), "Name of the campaign, unique in the app ignoring case.")
            .field("description", CampaignDraft::description, text().required().length(Description.LIMIT), "What the campaign is for; may be empty.")
            .field("contactLists", CampaignDraft::contactLists,
                    listOf(resourceName(Directories::contactLists)).required().count(ContactLists.COUNT).warnRepeats(),
                    "Names of the contact lists to dial; each must exist in the app.")
            .when("dialect is v2", d -> d.dialect() == Dialect.V2, RuleSet.<CampaignDraft>builder()
                    .field("dncLists", CampaignDraft::dncLists, object(DNC_LIST).required(), "The DNC list (v2 only).")
                    .build())
            .when("dialect is v1", d -> d.dialect() == Dialect.V1, RuleSet.<CampaignDraft>builder()
                    .field("dncLists", CampaignDraft::dncLists, new IgnoredRule<DncListDraft>(ValueType.OBJECT, "notInDialect",
                            "is not part of the {dialect} API and is ignored", "dialect", "v1"), "Not in v1: ignored with a warning; a v1 update keeps the stored DNC list.")
                    .build())
            .field("priority", CampaignDraft::priority, text().required().oneOf(PRIORITIES), "Priority, a string \"1\" (lowest) to \"5\".")
            .field("dialingMode", CampaignDraft::dialingMode, text().required().oneOf(MODES), "How answered calls are handled.")
            .field("dialingStrategy", CampaignDraft::dialingStrategy, object(DIALING_STRATEGY).required(), "How and when records are dialed.")
            .field("schedule", CampaignDraft::schedule, object(SCHEDULE), "Scheduling flags; scheduling itself has its own route.")
            .field("campaignType", CampaignDraft::campaignType,
                    text().required().refuse("sms", "notVoice", "{value} is not a voice campaign; this API creates voice campaigns")
                            .oneOf(List.of("voice")), "Type of campaign: voice.")
            .build();

    private static final String AGENTLESS = DialingMode.AGENTLESS.wireName();
    private static final String PROGRESSIVE = DialingMode.PROGRESSIVE.wireName();
    private static final String PREVIEW = DialingMode.PREVIEW.wireName();

    /**
     * Machine detection for modes with agents: v1 documents it as required for every mode, v2 only
     * for Agentless. Anything but {@code no} is ignored there, with a warning.
     */
    private static RuleSet<CampaignDraft> machineDetectionIgnored(String mode) {
        TextRule base = text().oneOf(MACHINE_DETECTION).warnUnless("no", dev.voicecampaign.rules.dsl.Problem.IGNORED_FOR_MODE, "mode", mode);
        return RuleSet.<CampaignDraft>builder()
                .when("dialect is v1", d -> d.dialect() == Dialect.V1, RuleSet.<CampaignDraft>builder()
                        .field("enableMachineDetect", CampaignDraft::enableMachineDetect, base.required(),
                                "v1: required for every mode (boolean on the wire); only Agentless uses it.")
                        .build())
                .when("dialect is v2", d -> d.dialect() == Dialect.V2, RuleSet.<CampaignDraft>builder()
                        .field("enableMachineDetect", CampaignDraft::enableMachineDetect, base,
                                "v2: optional outside Agentless, and ignored there.")
                        .build())
                .build();
    }

    public static final RuleSet<CampaignDraft> AGENTLESS_RULES = RuleSet.<CampaignDraft>builder()
            .include(BASE)
            .field("experienceFlowName", CampaignDraft::experienceFlowName, resourceName(Directories::experienceFlows),
                    "The experience flow that talks to the called party (v1 documents none; Agentless cannot run without one).")
            .field("enableMachineDetect", CampaignDraft::enableMachineDetect, text().required().oneOf(MACHINE_DETECTION),
                    "Answering-machine detection: no, detect or disconnect (v1: a boolean, true meaning detect; a v1 update's true keeps a stored disconnect).")
            .field("queueName", CampaignDraft::queueName, ignoredFor(ValueType.TEXT, AGENTLESS), "Not used by Agentless.")
            .field("maxSkips", CampaignDraft::maxSkips, ignoredFor(ValueType.INTEGER, AGENTLESS), "Not used by Agentless.")
            .build();

    public static final RuleSet<CampaignDraft> PROGRESSIVE_RULES = RuleSet.<CampaignDraft>builder()
            .include(BASE)
            .field("queueName", CampaignDraft::queueName, resourceName(Directories::queues), "The agent queue answered calls go to.")
            .field("maxSkips", CampaignDraft::maxSkips, ignoredFor(ValueType.INTEGER, PROGRESSIVE), "Not used by Progressive.")
            .field("experienceFlowName", CampaignDraft::experienceFlowName, ignoredFor(ValueType.TEXT, PROGRESSIVE), "Not used by Progressive.")
            .include(machineDetectionIgnored(PROGRESSIVE))
            .build();

    public static final RuleSet<CampaignDraft> PREVIEW_RULES = RuleSet.<CampaignDraft>builder()
            .include(BASE)
            .field("queueName", CampaignDraft::queueName, resourceName(Directories::queues), "The agent queue that previews records.")
            .field("maxSkips", CampaignDraft::maxSkips, whole().required().range(MaxSkips.RANGE),
                    "How often an agent may skip a record (the seeds give no bounds; 0-100 is our decision).")
            .field("experienceFlowName", CampaignDraft::experienceFlowName, ignoredFor(ValueType.TEXT, PREVIEW), "Not used by Preview.")
            .include(machineDetectionIgnored(PREVIEW))
            .build();

    /** The rule set of a mode. */
    public static RuleSet<CampaignDraft> forMode(DialingMode mode) {
        return switch (mode) {
            case AGENTLESS -> AGENTLESS_RULES;
            case PROGRESSIVE -> PROGRESSIVE_RULES;
            case PREVIEW -> PREVIEW_RULES;
        };
    }
}

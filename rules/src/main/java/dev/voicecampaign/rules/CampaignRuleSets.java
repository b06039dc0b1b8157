package dev.voicecampaign.rules;

import static dev.voicecampaign.rules.dsl.FlagRule.flag;
import static dev.voicecampaign.rules.dsl.IgnoredRule.ignored;
import static dev.voicecampaign.rules.dsl.IgnoredRule.ignoredFor;
import static dev.voicecampaign.rules.dsl.ListRule.listOf;
import static dev.voicecampaign.rules.dsl.ObjectRule.object;
import static dev.voicecampaign.rules.dsl.ParsedCheck.assignedCallerId;
import static dev.voicecampaign.rules.dsl.ParsedCheck.verifiedCallerId;
import static dev.voicecampaign.rules.dsl.TextRule.text;
import static dev.voicecampaign.rules.dsl.WholeNumberRule.whole;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.CommonSettings;
import dev.voicecampaign.core.campaign.CommunicationLimit;
import dev.voicecampaign.core.campaign.ContactListRef;
import dev.voicecampaign.core.campaign.ContactLists;
import dev.voicecampaign.core.campaign.Description;
import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.DialingOrder;
import dev.voicecampaign.core.campaign.DialingStrategy;
import dev.voicecampaign.core.campaign.DncListRef;
import dev.voicecampaign.core.campaign.ExperienceFlowRef;
import dev.voicecampaign.core.campaign.MachineDetection;
import dev.voicecampaign.core.campaign.MaxAttempts;
import dev.voicecampaign.core.campaign.MaxSkips;
import dev.voicecampaign.core.campaign.PreviewCampaign;
import dev.voicecampaign.core.campaign.Priority;
import dev.voicecampaign.core.campaign.ProgressiveCampaign;
import dev.voicecampaign.core.campaign.QueueRef;
import dev.voicecampaign.core.campaign.ResourceName;
import dev.voicecampaign.core.campaign.RetryPeriod;
import dev.voicecampaign.core.campaign.RingTime;
import dev.voicecampaign.core.draft.CallerIdDraft;
import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.rules.compliance.CompliancePacks;
import dev.voicecampaign.rules.decision.ContactNumber;
import dev.voicecampaign.core.draft.CommunicationLimitDraft;
import dev.voicecampaign.core.draft.DayWindowDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.draft.DialingStrategyDraft;
import dev.voicecampaign.core.draft.DncListDraft;
import dev.voicecampaign.core.draft.RestrictedPeriodDraft;
import dev.voicecampaign.core.draft.ScheduleDraft;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.hours.Frequency;
import dev.voicecampaign.core.hours.RestrictedPeriod;
import dev.voicecampaign.core.hours.WireDay;
import dev.voicecampaign.core.hours.WireTime;
import dev.voicecampaign.core.port.Directories;
import dev.voicecampaign.core.port.ResourceDirectory;
import dev.voicecampaign.core.violation.Severity;
import dev.voicecampaign.rules.dsl.CrossFieldSpec;
import dev.voicecampaign.rules.dsl.Field;
import dev.voicecampaign.rules.dsl.Problem;
import dev.voicecampaign.rules.dsl.RuleSet;
import dev.voicecampaign.rules.dsl.TextRule;
import dev.voicecampaign.rules.dsl.ValueRule;
import dev.voicecampaign.rules.dsl.ValueType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * The rule sets of the seeds' parameter tables, one per dialing mode on a common base. Read it beside
 * {@code create-voice-campaign-*-v2.md} and {@code create-voice-campaign-v1.md}: one {@code field(...)} per
 * row, in the tables' order, nested objects where they appear. Each field yields its parsed value and
 * each set says how its values make the typed part it stands for, so one pass gives the campaign or every
 * violation. Every limit comes from the core value type that enforces it.
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
    private static final ValueRule<String, LocalTime> TIME = text().required().parses(WireTime::parse, TIME_FORMAT, WireTime.PATTERN);

    /** The rows every mode shares. */
    static final RuleSet<CampaignDraft, CommonSettings> BASE = RuleSet.of(r -> {
        var name = r.field("name", CampaignDraft::name, text().required().length(CampaignName.LIMIT).as(CampaignName::new),
                "Name of the campaign, kept as sent; unique in the app ignoring case, outer and doubled spaces and Unicode normalisation (NFC).");
        var description = r.field("description", CampaignDraft::description,
                text().required().length(Description.LIMIT).as(Description::new), "What the campaign is for; may be empty.");
        var contactLists = r.field("contactLists", CampaignDraft::contactLists,
                listOf(resourceName(Directories::contactLists, ContactListRef::new)).required().count(ContactLists.COUNT).warnRepeats()
                        .as(ContactLists::new),
                "Names of the contact lists to dial; each must exist in the app.");
        var dncList = r.when("dialect is v2", d -> d.dialect() == Dialect.V2, v2 -> v2.field("dncLists", CampaignDraft::dncLists,
                object(RuleSet.<DncListDraft, DncListRef>of(dnc -> {
                    var listName = dnc.field("name", DncListDraft::name, resourceName(Directories::dncLists, DncListRef::new),
                            "Name of the DNC list; must exist in the app.");
                    return v -> v.get(listName);
                })).required(), "The DNC list (v2 only)."));
        r.when("dialect is v1", d -> d.dialect() == Dialect.V1, v1 -> v1.field("dncLists", CampaignDraft::dncLists,
                ignored(ValueType.OBJECT).warning("notInDialect", "is not part of the {dialect} API and is ignored").naming("dialect", "v1"),
                "Not in v1: ignored with a warning; a v1 update keeps the stored DNC list."));
        var priority = r.field("priority", CampaignDraft::priority,
                text().required().oneOf(PRIORITIES).as(p -> new Priority(Integer.parseInt(p))), "Priority, a string \"1\" (lowest) to \"5\".");
        r.field("dialingMode", CampaignDraft::dialingMode, text().required().oneOf(MODES), "How answered calls are handled.");
        var strategy = r.field("dialingStrategy", CampaignDraft::dialingStrategy, object(dialingStrategy()).required(),
                "How and when records are dialed.");
        r.field("schedule", CampaignDraft::schedule, object(schedule()), "Scheduling flags; scheduling itself has its own route.");
        r.field("campaignType", CampaignDraft::campaignType,
                voiceOnly("{value} is not a voice campaign; this API creates voice campaigns").required(), "Type of campaign: voice.");
        var limits = r.field("communicationLimits", CampaignDraft::communicationLimits,
                listOf(object(communicationLimit())).count(CommunicationLimit.COUNT),
                "Our extension, in both dialects (not in the hosted API): how often one person may be called, as Amazon Connect's outbound campaigns count it; absent: no limit.");
        var packs = r.field("compliancePacks", CampaignDraft::compliancePacks,
                listOf(text().required().oneOf(CompliancePacks.IDS)).count(CommonSettings.PACK_COUNT).warnRepeats(),
                "Our extension, in both dialects (not in the hosted API): the compliance packs call decisions apply at each contact's local time.");
        return v -> new CommonSettings(v.get(name), v.get(description), v.get(contactLists), Optional.ofNullable(v.get(dncList)),
                v.get(priority), v.get(strategy), Objects.requireNonNullElse(v.get(limits), List.of()),
                Objects.requireNonNullElse(v.get(packs), List.<String>of()).stream().distinct().toList());
    });

    private static final String AGENTLESS = DialingMode.AGENTLESS.wireName();
    private static final String PROGRESSIVE = DialingMode.PROGRESSIVE.wireName();
    private static final String PREVIEW = DialingMode.PREVIEW.wireName();

    public static final RuleSet<CampaignDraft, Campaign> AGENTLESS_RULES = RuleSet.of(r -> {
        var common = r.include(BASE);
        var flow = r.field("experienceFlowName", CampaignDraft::experienceFlowName,
                resourceName(Directories::experienceFlows, ExperienceFlowRef::new),
                "The experience flow that talks to the called party (v1 documents none; Agentless cannot run without one).");
        var detection = r.field("enableMachineDetect", CampaignDraft::enableMachineDetect,
                text().required().oneOf(MACHINE_DETECTION).as(m -> MachineDetection.fromWireValue(m).orElseThrow()),
                "Answering-machine detection: no, detect or disconnect (v1: a boolean, true meaning detect; a v1 update's true keeps a stored disconnect).");
        r.field("queueName", CampaignDraft::queueName, ignoredFor(ValueType.TEXT, AGENTLESS), "Not used by Agentless.");
        r.field("maxSkips", CampaignDraft::maxSkips, ignoredFor(ValueType.INTEGER, AGENTLESS), "Not used by Agentless.");
        return v -> new AgentlessCampaign(v.get(common), v.get(flow), v.get(detection));
    });

    public static final RuleSet<CampaignDraft, Campaign> PROGRESSIVE_RULES = RuleSet.of(r -> {
        var common = r.include(BASE);
        var queue = r.field("queueName", CampaignDraft::queueName, resourceName(Directories::queues, QueueRef::new),
                "The agent queue answered calls go to.");
        r.field("maxSkips", CampaignDraft::maxSkips, ignoredFor(ValueType.INTEGER, PROGRESSIVE), "Not used by Progressive.");
        r.field("experienceFlowName", CampaignDraft::experienceFlowName, ignoredFor(ValueType.TEXT, PROGRESSIVE), "Not used by Progressive.");
        r.include(machineDetectionIgnored(PROGRESSIVE));
        return v -> new ProgressiveCampaign(v.get(common), v.get(queue));
    });

    public static final RuleSet<CampaignDraft, Campaign> PREVIEW_RULES = RuleSet.of(r -> {
        var common = r.include(BASE);
        var queue = r.field("queueName", CampaignDraft::queueName, resourceName(Directories::queues, QueueRef::new),
                "The agent queue that previews records.");
        var maxSkips = r.field("maxSkips", CampaignDraft::maxSkips, whole().required().range(MaxSkips.RANGE).as(n -> new MaxSkips(n.intValue())),
                "How often an agent may skip a record (the seeds give no bounds; the range is our decision).");
        r.field("experienceFlowName", CampaignDraft::experienceFlowName, ignoredFor(ValueType.TEXT, PREVIEW), "Not used by Preview.");
        r.include(machineDetectionIgnored(PREVIEW));
        return v -> new PreviewCampaign(v.get(common), v.get(queue), v.get(maxSkips));
    });

    /** The rule set of a mode. */
    public static RuleSet<CampaignDraft, Campaign> forMode(DialingMode mode) {
        return switch (mode) {
            case AGENTLESS -> AGENTLESS_RULES;
            case PROGRESSIVE -> PROGRESSIVE_RULES;
            case PREVIEW -> PREVIEW_RULES;
        };
    }

    /** The only campaign type this API places, in bodies and in the {@code campaignType} query parameter. */
    public static final String VOICE = "voice";

    /** The campaign type, which must be {@code voice}; {@code sms} gets its own code ({@code notVoice}) with {@code refusal}. */
    static TextRule voiceOnly(String refusal) {
        return text().refuse("sms", "notVoice", refusal).oneOf(List.of(VOICE));
    }

    /** A name that must exist in the stream's directory picked by {@code directory}, as its reference type. */
    private static <R> ValueRule<String, R> resourceName(Function<Directories, ResourceDirectory> directory, Function<String, R> reference) {
        return text().required().length(ResourceName.LIMIT).exists(directory).as(reference);
    }

    /**
     * Machine detection for modes with agents: v1 documents it as required for every mode, v2 only
     * for Agentless. Anything but {@code no} is ignored there, with a warning.
     */
    private static RuleSet<CampaignDraft, Void> machineDetectionIgnored(String mode) {
        TextRule detection = text().oneOf(MACHINE_DETECTION).warnUnless("no", Problem.IGNORED_FOR_MODE, "mode", mode);
        return RuleSet.checking(r -> {
            r.when("dialect is v1", d -> d.dialect() == Dialect.V1, v1 -> v1.field("enableMachineDetect", CampaignDraft::enableMachineDetect,
                    detection.required(), "v1: required for every mode (boolean on the wire); only Agentless uses it."));
            r.when("dialect is v2", d -> d.dialect() == Dialect.V2, v2 -> v2.field("enableMachineDetect", CampaignDraft::enableMachineDetect,
                    detection, "v2: optional outside Agentless, and ignored there."));
        });
    }

    private static RuleSet<DialingStrategyDraft, DialingStrategy> dialingStrategy() {
        return RuleSet.of(s -> {
            var callerId = s.field("callerId", DialingStrategyDraft::callerId, object(RuleSet.<CallerIdDraft, CallerId>of(c -> {
                var number = c.field("phoneNumber", CallerIdDraft::phoneNumber,
                        text().required().parses(CallerId::parse, "E.164", CallerId.E164).then(verifiedCallerId())
                                .then(assignedCallerId(ContactNumber::isAssigned)),
                        "Caller id shown to the called party: an E.164 number verified for the app (a warning when no region assigns it).");
                return v -> v.get(number);
            })).required(), "Caller id settings.");
            var hours = s.field("callingHours", DialingStrategyDraft::callingHours, object(callingHours()).required(),
                    "When calls may be placed.");
            var order = s.field("dialingOrder", DialingStrategyDraft::dialingOrder,
                    text().required().oneOf(ORDERS).as(DialingOrder::valueOf), "FIFO or LIFO.");
            var attempts = s.field("maxAttemptsPerRecord", DialingStrategyDraft::maxAttemptsPerRecord,
                    whole().required().range(MaxAttempts.RANGE).as(n -> new MaxAttempts(n.intValue())), "Maximum call attempts per contact.");
            var retry = s.field("defaultRetryPeriod", DialingStrategyDraft::defaultRetryPeriod,
                    whole().required().range(RetryPeriod.RANGE).as(n -> new RetryPeriod(n.intValue())), "Minutes to wait between retries.");
            var ring = s.field("maxRingTime", DialingStrategyDraft::maxRingTime,
                    whole().required().range(RingTime.RANGE).as(n -> new RingTime(n.intValue())), "Seconds to ring before giving up.");
            return v -> new DialingStrategy(v.get(callerId), v.get(hours), v.get(order), v.get(attempts), v.get(retry), v.get(ring));
        });
    }

    private static RuleSet<CallingHoursDraft, CallingHours> callingHours() {
        return RuleSet.of(h -> {
            var frequency = h.field("frequency", CallingHoursDraft::frequency, text().required().oneOf(FREQUENCIES).as(Frequency::valueOf),
                    "WEEKLY: each window on its day; DAILY: every window on all days; CUSTOM: per-day windows.");
            var zone = h.field("timezone", CallingHoursDraft::timezone, text().required().zone(), "IANA time zone of the windows.");
            var onTheirDays = h.when("frequency is not DAILY", d -> !"DAILY".equals(d.frequency()), w -> w.field("days",
                    CallingHoursDraft::days, listOf(object(windowOnItsDay())).required().count(CallingHours.WINDOW_COUNT),
                    "Calling windows: day, start and end."));
            var everyDay = h.when("frequency is DAILY", d -> "DAILY".equals(d.frequency()), w -> w.field("days",
                    CallingHoursDraft::days, listOf(object(windowEveryDay())).required().count(CallingHours.WINDOW_COUNT),
                    "Calling windows: start and end, applied every day."));
            var restricted = h.field("restrictedPeriods", CallingHoursDraft::restrictedPeriods,
                    listOf(object(restrictedPeriod())).count(CallingHours.RESTRICTED_PERIOD_COUNT),
                    "Our addition: dates on which no call is placed (holidays).");
            h.cross((d, v, at, context) -> CallingHoursRules.windowLayout(d, v.either(onTheirDays, everyDay), at),
                    new CrossFieldSpec("campaign.dialingStrategy.callingHours.days.overlap", Severity.WARNING,
                            "Windows of one day overlap; the open time is their union, which a spring-forward gap can break where one window's start moves past the other's end: write one window instead.", Optional.empty()),
                    new CrossFieldSpec("campaign.dialingStrategy.callingHours.frequency.windowsDiffer", Severity.WARNING,
                            "Under WEEKLY the listed days differ in their windows; CUSTOM says so explicitly.", Optional.empty()));
            return v -> new CallingHours(v.get(frequency), v.get(zone), v.either(onTheirDays, everyDay),
                    Objects.requireNonNullElse(v.get(restricted), List.of()));
        });
    }

    /** A calling window on its own day. */
    private static RuleSet<DayWindowDraft, CallingWindow> windowOnItsDay() {
        return RuleSet.of(w -> {
            var day = w.field("day", DayWindowDraft::day, text().required().oneOf(WireDay.NAMES).as(d -> WireDay.parse(d).orElseThrow()),
                    "Day of the week, two letters.");
            var times = times(w);
            return v -> CallingWindow.on(v.get(day), v.get(times.start()), v.get(times.end()));
        });
    }

    /** A calling window under DAILY, which applies every day whatever day it names. */
    private static RuleSet<DayWindowDraft, CallingWindow> windowEveryDay() {
        return RuleSet.of(w -> {
            w.field("day", DayWindowDraft::day, ignored(ValueType.TEXT).warning("ignored", "is ignored: {frequency} windows apply every day")
                    .naming("frequency", Frequency.DAILY.name()), "Ignored under DAILY: every window applies on all seven days.");
            var times = times(w);
            return v -> CallingWindow.everyDay(v.get(times.start()), v.get(times.end()));
        });
    }

    /** A window's start and end. */
    private record Times(Field<LocalTime> start, Field<LocalTime> end) {
    }

    private static Times times(RuleSet.Builder<DayWindowDraft> w) {
        var start = w.field("start", DayWindowDraft::start, TIME, "Start of the window, h:mm AM/PM.");
        var end = w.field("end", DayWindowDraft::end, TIME,
                "End of the window, h:mm AM/PM. 12:00 AM is the midnight that ends the day; an end before the start runs overnight (our decision).");
        w.cross("campaign.dialingStrategy.callingHours.days.startEqualsEnd", Severity.ERROR,
                "A window whose end equals its start is ambiguous (except 12:00 AM-12:00 AM, the whole day).",
                (d, v, at, context) -> CallingHoursRules.startEqualsEnd(v.get(start), v.get(end), d.start(), at));
        return new Times(start, end);
    }

    /** The two dates of a restricted period, of one kind. */
    private record Dates<D>(Field<D> from, Field<D> to) {
    }

    private static RuleSet<RestrictedPeriodDraft, RestrictedPeriod> restrictedPeriod() {
        ValueRule<String, LocalDate> date = text().required().parses(CallingHoursRules::fullDate, "YYYY-MM-DD",
                CallingHoursRules.FULL_DATE_SHAPE);
        ValueRule<String, MonthDay> dayOfYear = text().required().parses(CallingHoursRules::dayOfYear, "--MM-DD or YYYY-MM-DD",
                CallingHoursRules.YEARLY_DATE_SHAPE);
        return RuleSet.of(p -> {
            var yearly = p.field("yearly", RestrictedPeriodDraft::yearly, flag(), "true: the period recurs every year (dates may omit the year).");
            var once = p.when("yearly is not true", d -> !Boolean.TRUE.equals(d.yearly()), w -> new Dates<>(
                    w.field("from", RestrictedPeriodDraft::from, date, "First closed date."),
                    w.field("to", RestrictedPeriodDraft::to, date, "Last closed date, inclusive.")));
            var everyYear = p.when("yearly is true", d -> Boolean.TRUE.equals(d.yearly()), w -> new Dates<>(
                    w.field("from", RestrictedPeriodDraft::from, dayOfYear, "First closed day each year (a full date's year is ignored)."),
                    w.field("to", RestrictedPeriodDraft::to, dayOfYear, "Last closed day each year, inclusive; may wrap over the new year.")));
            var label = p.field("label", RestrictedPeriodDraft::label, text().length(RestrictedPeriod.LABEL_LIMIT), "A name such as Christmas.");
            p.cross("campaign.dialingStrategy.callingHours.restrictedPeriods.reversed", Severity.ERROR,
                    "A one-off period cannot end before it starts (a yearly one may wrap over the new year).",
                    (d, v, at, context) -> CallingHoursRules.reversed(v.get(once.from()), v.get(once.to()), d, at));
            return v -> {
                Optional<String> name = Optional.ofNullable(v.get(label));
                return Boolean.TRUE.equals(v.get(yearly))
                        ? new RestrictedPeriod.Yearly(v.get(everyYear.from()), v.get(everyYear.to()), name)
                        : new RestrictedPeriod.OneOff(v.get(once.from()), v.get(once.to()), name);
            };
        });
    }

    private static RuleSet<CommunicationLimitDraft, CommunicationLimit> communicationLimit() {
        return RuleSet.of(l -> {
            var count = l.field("maxCountPerRecipient", CommunicationLimitDraft::maxCountPerRecipient,
                    whole().required().range(CommunicationLimit.MAX_COUNT), "Calls one person may get within the window.");
            var days = l.field("frequency", CommunicationLimitDraft::frequency, whole().required().range(CommunicationLimit.FREQUENCY),
                    "The window, in days of 24 hours: a call counts until that many days after it.");
            l.field("unit", CommunicationLimitDraft::unit, text().required().oneOf(List.of(CommunicationLimit.UNIT)), "The unit of frequency: DAY.");
            return v -> new CommunicationLimit(v.get(count).intValue(), v.get(days).intValue());
        });
    }

    private static RuleSet<ScheduleDraft, Void> schedule() {
        return RuleSet.checking(s -> {
            s.field("isSchedulingEnabled", ScheduleDraft::isSchedulingEnabled, flag(), "Must be false or absent here.");
            s.cross("campaign.schedule.isSchedulingEnabled.useScheduleRoute", Severity.ERROR,
                    "Scheduling is switched on through the schedule route, not in a create or update body.",
                    (d, v, at, context) -> CallingHoursRules.useScheduleRoute(d, at));
        });
    }
}

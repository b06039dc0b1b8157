package dev.voicecampaign.testkit;

import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.CommunicationLimit;
import dev.voicecampaign.core.campaign.ContactLists;
import dev.voicecampaign.core.campaign.Description;
import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.MaxAttempts;
import dev.voicecampaign.core.campaign.MaxSkips;
import dev.voicecampaign.core.campaign.Priority;
import dev.voicecampaign.core.campaign.RetryPeriod;
import dev.voicecampaign.core.campaign.RingTime;
import dev.voicecampaign.core.constraint.IntRange;
import dev.voicecampaign.core.draft.CallerIdDraft;
import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.CommunicationLimitDraft;
import dev.voicecampaign.core.draft.DayWindowDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.draft.DialingStrategyDraft;
import dev.voicecampaign.core.draft.DncListDraft;
import dev.voicecampaign.core.draft.RestrictedPeriodDraft;
import dev.voicecampaign.core.draft.ScheduleDraft;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Random drafts that every standard rule set accepts, for any mode and dialect, drawn from a seeded
 * random source so a failing case can be replayed. They use only names {@link SampleDirectories}
 * knows, span every limit (1 and 48 characters, 1..100 attempts, ...), and include overnight
 * windows, every frequency, unicode text and restricted periods.
 */
public final class DraftGenerator {
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,'éüßçøæ日本語\uD83D\uDCDE";
    private static final String[] ZONES = {"Asia/Kolkata", "America/New_York", "Europe/London", "Australia/Sydney",
            "America/St_Johns", "Asia/Kathmandu", "UTC", "Pacific/Chatham"};

    /**
     * The compliance packs' ids, as {@code CompliancePacks.IDS} (in rules, which the testkit cannot depend on) lists them;
     * a rules test keeps the two equal.
     */
    public static final List<String> PACK_IDS = List.of("us", "florida", "canada", "australia");

    private final SplittableRandom random;

    public DraftGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public DialingMode anyMode() {
        return DialingMode.values()[random.nextInt(DialingMode.values().length)];
    }

    public Dialect anyDialect() {
        return random.nextBoolean() ? Dialect.V1 : Dialect.V2;
    }

    /** A valid draft of a random mode and dialect. */
    public CampaignDraft valid() {
        return valid(anyMode(), anyDialect());
    }

    public CampaignDraft valid(DialingMode mode, Dialect dialect) {
        CampaignDraft d = CampaignDraft.empty(dialect)
                .withName(text(CampaignName.LIMIT.minLength(), CampaignName.LIMIT.maxLength(), false))
                .withDescription(text(Description.LIMIT.minLength(), Description.LIMIT.maxLength(), true))
                .withContactLists(contactLists())
                .withPriority(Long.toString(edge(Priority.RANGE)))
                .withDialingMode(mode.wireName())
                .withDialingStrategy(strategy())
                .withCampaignType("voice");
        if (dialect == Dialect.V2) d = d.withDncLists(new DncListDraft(pick(SampleDirectories.DNC_LISTS)));
        if (random.nextBoolean()) d = d.withSchedule(new ScheduleDraft(random.nextBoolean() ? false : null));
        if (random.nextInt(3) == 0) d = d.withCommunicationLimits(communicationLimits());
        if (random.nextInt(3) == 0) d = d.withCompliancePacks(List.of(pick(PACK_IDS)));
        return switch (mode) {
            case AGENTLESS -> d.withExperienceFlowName(pick(SampleDirectories.EXPERIENCE_FLOWS))
                    .withEnableMachineDetect(pick(List.of("no", "detect", "disconnect")));
            case PROGRESSIVE -> withAgentMachineDetection(d.withQueueName(pick(SampleDirectories.QUEUES)), dialect);
            case PREVIEW -> withAgentMachineDetection(d.withQueueName(pick(SampleDirectories.QUEUES))
                    .withMaxSkips(edge(MaxSkips.RANGE)), dialect);
        };
    }

    private CampaignDraft withAgentMachineDetection(CampaignDraft d, Dialect dialect) {
        return dialect == Dialect.V1 || random.nextBoolean() ? d.withEnableMachineDetect("no") : d;
    }

    private List<CommunicationLimitDraft> communicationLimits() {
        int count = random.nextInt(10) == 0 ? (int) CommunicationLimit.COUNT.max() : random.nextInt(3);
        List<CommunicationLimitDraft> limits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            limits.add(new CommunicationLimitDraft(edge(CommunicationLimit.MAX_COUNT), edge(CommunicationLimit.FREQUENCY), CommunicationLimit.UNIT));
        }
        return limits;
    }

    private List<String> contactLists() {
        int count = random.nextInt(10) == 0 ? (int) ContactLists.COUNT.max() : 1 + random.nextInt(4);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) names.add(pick(SampleDirectories.CONTACT_LISTS));
        return List.copyOf(names);
    }

    private DialingStrategyDraft strategy() {
        return new DialingStrategyDraft(new CallerIdDraft(pick(SampleDirectories.CALLER_IDS)), callingHours(),
                random.nextBoolean() ? "FIFO" : "LIFO", edge(MaxAttempts.RANGE), edge(RetryPeriod.RANGE), edge(RingTime.RANGE));
    }

    private CallingHoursDraft callingHours() {
        String frequency = pick(List.of("WEEKLY", "DAILY", "CUSTOM"));
        List<DayWindowDraft> days = new ArrayList<>();
        int count = 1 + random.nextInt(7);
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(24 * 4) * 15;
            int end = random.nextInt(8) == 0 ? 0 : random.nextInt(24 * 4) * 15;
            if (start == end) end = 0;
            if (start == end) start = 0;
            String day = "DAILY".equals(frequency) && random.nextBoolean() ? null : DAYS[random.nextInt(7)];
            days.add(new DayWindowDraft(day, wireTime(start), wireTime(end)));
        }
        List<RestrictedPeriodDraft> restricted = random.nextInt(4) == 0 ? List.of(
                new RestrictedPeriodDraft("2026-12-24", "2026-12-26", false, "Christmas"),
                new RestrictedPeriodDraft("--12-31", "--01-01", true, "New Year")) : null;
        return new CallingHoursDraft(frequency, pick(List.of(ZONES)), days, restricted);
    }

    /** {@code h:mm AM/PM} for a minute of the day. */
    public static String wireTime(int minuteOfDay) {
        int hour = minuteOfDay / 60;
        int minute = minuteOfDay % 60;
        int h12 = hour % 12 == 0 ? 12 : hour % 12;
        return h12 + ":" + (minute < 10 ? "0" : "") + minute + (hour < 12 ? " AM" : " PM");
    }

    /** Either end of {@code range} a quarter of the time each, otherwise any value in it. */
    private long edge(IntRange range) {
        return switch (random.nextInt(4)) {
            case 0 -> range.min();
            case 1 -> range.max();
            default -> random.nextLong(range.min(), range.max() + 1);
        };
    }

    /** A text of {@code min..max} code points (either limit chosen a quarter of the time each), not blank unless allowed. */
    public String text(int min, int max, boolean blankAllowed) {
        int length = switch (random.nextInt(4)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + random.nextInt(max - min + 1);
        };
        StringBuilder out = new StringBuilder();
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int i = 0; i < length; i++) out.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        String text = out.toString();
        return !blankAllowed && text.isBlank() ? "x" + text.substring(text.offsetByCodePoints(0, 1)) : text;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

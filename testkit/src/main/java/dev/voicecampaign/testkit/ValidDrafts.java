package dev.voicecampaign.testkit;

import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.draft.CallerIdDraft;
import dev.voicecampaign.core.draft.CallingHoursDraft;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.DayWindowDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.draft.DialingStrategyDraft;
import dev.voicecampaign.core.draft.DncListDraft;
import dev.voicecampaign.core.draft.ScheduleDraft;
import java.util.List;

/**
 * The seeds' sample bodies as drafts (masked caller ids completed with digits): valid against
 * {@link SampleDirectories}. A start for example tests and for breaking one field at a time.
 */
public final class ValidDrafts {
    private ValidDrafts() {
    }

    /** Monday to Friday, 9:00 AM to 6:00 PM, Asia/Kolkata: the samples' calling hours. */
    public static CallingHoursDraft weekdayHours() {
        List<DayWindowDraft> days = List.of("MO", "TU", "WE", "TH", "FR").stream()
                .map(d -> new DayWindowDraft(d, "9:00 AM", "6:00 PM")).toList();
        return new CallingHoursDraft("WEEKLY", "Asia/Kolkata", days);
    }

    public static DialingStrategyDraft strategy(String callerId) {
        return new DialingStrategyDraft(new CallerIdDraft(callerId), weekdayHours(), "FIFO", 3L, 10L, 30L);
    }

    /** create-voice-campaign-agentless-v2.md */
    public static CampaignDraft agentlessV2() {
        return CampaignDraft.empty(Dialect.V2)
                .withName("Product Feedback Voice Campaign-3.41")
                .withDescription("This voice campaign collects quick feedback on recent purchases. It asks brief questions on "
                        + "satisfaction, usage, and suggestions to help improve future products and customer experience.")
                .withContactLists(List.of("CL Only 2020 Dec 4"))
                .withDncLists(new DncListDraft("DNC CL Dec 4"))
                .withPriority("5").withDialingMode("Agentless")
                .withDialingStrategy(strategy("+14846512345"))
                .withSchedule(new ScheduleDraft(false))
                .withExperienceFlowName("Voice Survey Entry Flow").withEnableMachineDetect("no")
                .withCampaignType("voice");
    }

    /** create-voice-campaign-progressive-v2.md */
    public static CampaignDraft progressiveV2() {
        return CampaignDraft.empty(Dialect.V2)
                .withName("Service Renewal Outreach Campaign61")
                .withDescription("Connects customers with live agents to assist with upcoming service renewals using progressive dialing. "
                        + "Ensures personalized support and improved engagement.")
                .withContactLists(List.of("CL Only 2020 Dec 4"))
                .withDncLists(new DncListDraft("DNC CL Dec 4"))
                .withPriority("5").withDialingMode("Progressive")
                .withDialingStrategy(strategy("+18163312345"))
                .withSchedule(new ScheduleDraft(false))
                .withQueueName("Default Queue")
                .withCampaignType("voice");
    }

    /** create-voice-campaign-preview-v2.md */
    public static CampaignDraft previewV2() {
        return CampaignDraft.empty(Dialect.V2)
                .withName("Billing Reminder Voice Campaign1")
                .withDescription("Progressive dialing campaign to remind customers about upcoming bill payments. Connects to an "
                        + "agent if available, else plays a recorded message")
                .withContactLists(List.of("CL Only 2020 Dec 4"))
                .withDncLists(new DncListDraft("DNC CL Dec 4"))
                .withPriority("5").withDialingMode("Preview")
                .withDialingStrategy(strategy("+18163312345"))
                .withSchedule(new ScheduleDraft(false))
                .withQueueName("Default Queue").withMaxSkips(1L)
                .withCampaignType("voice");
    }

    /** update-voice-campaign-v1.md (the v1 body; {@code enableMachineDetect: false} is {@code no}). */
    public static CampaignDraft previewV1() {
        return CampaignDraft.empty(Dialect.V1)
                .withName("Billing Reminder Voice Campaign")
                .withDescription("Progressive dialing campaign to notify customers about pending bill payments. Connects to an "
                        + "agent if available; otherwise, a voice bot shares payment details")
                .withContactLists(List.of("Recent Buyers - Q2 2025"))
                .withPriority("5").withDialingMode("Preview")
                .withDialingStrategy(strategy("+18123456789"))
                .withSchedule(new ScheduleDraft(false))
                .withQueueName("Default Queue").withEnableMachineDetect("no").withMaxSkips(1L)
                .withCampaignType("voice");
    }

    /** A valid draft of any mode and dialect, built from the samples. */
    public static CampaignDraft of(DialingMode mode, Dialect dialect) {
        CampaignDraft v2 = switch (mode) {
            case AGENTLESS -> agentlessV2();
            case PROGRESSIVE -> progressiveV2();
            case PREVIEW -> previewV2();
        };
        if (dialect == Dialect.V2) return v2;
        CampaignDraft v1 = v2.withDialect(Dialect.V1).withDncLists(null);
        return v1.enableMachineDetect() == null ? v1.withEnableMachineDetect("no") : v1;
    }
}

package dev.voicecampaign.core.support;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.CommonSettings;
import dev.voicecampaign.core.campaign.CommunicationLimit;
import dev.voicecampaign.core.campaign.ContactLists;
import dev.voicecampaign.core.campaign.Description;
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
import dev.voicecampaign.core.campaign.ResolvedReferences;
import dev.voicecampaign.core.campaign.RetryPeriod;
import dev.voicecampaign.core.campaign.RingTime;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.hours.Frequency;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Valid campaigns for tests of code that takes a typed campaign (repositories, use cases, adapters). */
public final class Campaigns {
    public static final StreamId STREAM = new StreamId("st-demo");
    public static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private Campaigns() {
    }

    public static DialingStrategy strategy() {
        CallingHours hours = new CallingHours(Frequency.WEEKLY, ZoneId.of("America/New_York"),
                List.of(CallingWindow.on(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))));
        return new DialingStrategy(new CallerId("+14846512345"), hours, DialingOrder.FIFO, new MaxAttempts(3),
                new RetryPeriod(60), new RingTime(30));
    }

    public static AgentlessCampaign agentless(String name) {
        return new AgentlessCampaign(new CommonSettings(new CampaignName(name), new Description("reminders"), ContactLists.of("list-a"),
                Optional.of(new DncListRef("dnc-a")), new Priority(3), strategy(), List.of(new CommunicationLimit(3, 7)), List.of("us")), new ExperienceFlowRef("flow-a"),
                MachineDetection.DETECT);
    }

    public static ProgressiveCampaign progressive(String name) {
        return new ProgressiveCampaign(new CommonSettings(new CampaignName(name), new Description(""), ContactLists.of("list-a"),
                Optional.empty(), new Priority(1), strategy(), List.of(), List.of()), new QueueRef("queue-a"));
    }

    public static PreviewCampaign preview(String name) {
        return new PreviewCampaign(new CommonSettings(new CampaignName(name), new Description("preview"), ContactLists.of("list-a", "list-b"),
                Optional.empty(), new Priority(5), strategy(), List.of(), List.of()), new QueueRef("queue-a"), new MaxSkips(2));
    }

    public static StoredCampaign stored(StreamId stream, String id, String name) {
        return new StoredCampaign(new CampaignId(id), stream, agentless(name), CampaignStatus.PREPARING,
                new ResolvedReferences(List.of(), Optional.empty(), Optional.empty(), Optional.empty()),
                Optional.empty(), Optional.empty(), Optional.empty(), T0, T0, 0);
    }
}

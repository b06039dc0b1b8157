package dev.voicecampaign.jdbc;

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
import dev.voicecampaign.core.campaign.InstanceId;
import dev.voicecampaign.core.campaign.MachineDetection;
import dev.voicecampaign.core.campaign.MaxAttempts;
import dev.voicecampaign.core.campaign.MaxSkips;
import dev.voicecampaign.core.campaign.PreviewCampaign;
import dev.voicecampaign.core.campaign.Priority;
import dev.voicecampaign.core.campaign.ProgressiveCampaign;
import dev.voicecampaign.core.campaign.QueueRef;
import dev.voicecampaign.core.campaign.ResolvedReferences;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.RetryPeriod;
import dev.voicecampaign.core.campaign.RingTime;
import dev.voicecampaign.core.campaign.Schedule;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.hours.Frequency;
import dev.voicecampaign.core.hours.RestrictedPeriod;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stored campaigns with every field set to something a careless mapping would lose: all three
 * modes, every frequency, overnight and whole-day windows, both kinds of restricted period, both
 * recurrences, region and offset zones, nanosecond instants, non-ASCII and JSON-hostile text.
 */
final class FullCampaigns {
    static final StreamId STREAM = new StreamId("st-a");

    private FullCampaigns() {
    }

    static List<StoredCampaign> all() {
        return List.of(agentless(), progressive(), preview());
    }

    static StoredCampaign agentless() {
        CallingHours hours = new CallingHours(Frequency.CUSTOM, ZoneId.of("America/New_York"), List.of(
                CallingWindow.on(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 30)),
                CallingWindow.on(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(2, 15)),
                CallingWindow.on(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)),
                List.of(new RestrictedPeriod.OneOff(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26), "Christmas \"break\""),
                        new RestrictedPeriod.Yearly(MonthDay.of(12, 31), MonthDay.of(1, 1), "New year ☃")));
        AgentlessCampaign campaign = new AgentlessCampaign(new CommonSettings(new CampaignName("Été ☎ Relance – \"clients\""),
                new Description("line one\nline two\t{\"json\": [1, 2]} \\ é"), ContactLists.of("Leads", "Leads 2 ✓", "Ünïcödé"),
                Optional.of(new DncListRef("DNC main")), new Priority(5),
                new DialingStrategy(new CallerId("+14155550123"), hours, DialingOrder.LIFO, new MaxAttempts(100),
                        new RetryPeriod(1440), new RingTime(5)), List.of(new CommunicationLimit(3, 7), new CommunicationLimit(1000, 30)),
                        List.of("us", "florida")),
                new ExperienceFlowRef("Survey flow"), MachineDetection.DISCONNECT);
        return new StoredCampaign(new CampaignId("cd-full-agentless"), STREAM, campaign, CampaignStatus.PAUSED,
                new ResolvedReferences(List.of(new ResourceId("cl-1"), new ResourceId("cl-2"), new ResourceId("cl-3")),
                        Optional.of(new ResourceId("cl-dnc")), Optional.empty(), Optional.of(new ResourceId("cf-flow"))),
                Optional.of(new Schedule(LocalDateTime.of(2026, 12, 1, 9, 30, 15, 123_456_789),
                        LocalDateTime.of(2027, 1, 31, 18, 0), Optional.of(new Schedule.Recurrence.Weekly(2,
                        Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY, DayOfWeek.SATURDAY))))),
                Optional.of(new InstanceId("ci-7f3e")), Optional.of(Instant.parse("2026-12-02T18:00:00.000000007Z")),
                Instant.parse("2026-11-23T09:00:00.123456789Z"),
                Instant.parse("2026-11-24T17:45:59.000000001Z"), 0);
    }

    static StoredCampaign progressive() {
        CallingHours hours = new CallingHours(Frequency.DAILY, ZoneId.of("UTC"), List.of(
                CallingWindow.everyDay(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                CallingWindow.everyDay(LocalTime.of(13, 0), LocalTime.of(20, 45))));
        ProgressiveCampaign campaign = new ProgressiveCampaign(new CommonSettings(new CampaignName("Progressive"), new Description(""),
                ContactLists.of("Leads"), Optional.empty(), new Priority(1),
                new DialingStrategy(new CallerId("+4930123456"), hours, DialingOrder.FIFO, new MaxAttempts(1),
                        new RetryPeriod(1), new RingTime(120)), List.of(), List.of()),
                new QueueRef("Default Queue"));
        return new StoredCampaign(new CampaignId("cd-full-progressive"), STREAM, campaign, CampaignStatus.SCHEDULED,
                new ResolvedReferences(List.of(new ResourceId("cl-1")), Optional.empty(), Optional.of(new ResourceId("qu-1")),
                        Optional.empty()),
                Optional.of(new Schedule(LocalDateTime.of(2026, 11, 30, 0, 0), LocalDateTime.of(2026, 12, 30, 0, 0, 1),
                        Optional.of(new Schedule.Recurrence.Daily(3)))),
                Optional.empty(), Optional.empty(), Instant.parse("1969-12-31T23:59:59.999999999Z"), Instant.parse("2262-04-12T00:00:00Z"), 0);
    }

    static StoredCampaign preview() {
        CallingHours hours = new CallingHours(Frequency.WEEKLY, ZoneId.of("+05:30"), List.of(
                CallingWindow.on(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(16, 0)),
                CallingWindow.on(DayOfWeek.THURSDAY, LocalTime.of(10, 0), LocalTime.of(16, 0))));
        PreviewCampaign campaign = new PreviewCampaign(new CommonSettings(new CampaignName("preview ÄÖÜ"), new Description("preview"),
                ContactLists.of("a", "b"), Optional.of(new DncListRef("DNC")), new Priority(3),
                new DialingStrategy(new CallerId("+919876543210"), hours, DialingOrder.FIFO, new MaxAttempts(3),
                        new RetryPeriod(30), new RingTime(30)), List.of(new CommunicationLimit(1, 1)), List.of("australia")),
                new QueueRef("Queue ✆"), new MaxSkips(0));
        return new StoredCampaign(new CampaignId("cd-full-preview"), STREAM, campaign, CampaignStatus.COMPLETED,
                new ResolvedReferences(List.of(), Optional.empty(), Optional.empty(), Optional.empty()),
                Optional.empty(), Optional.of(new InstanceId("ci-2")), Optional.empty(), Instant.parse("2026-11-23T09:00:00Z"),
                Instant.parse("2026-11-23T09:00:00.5Z"), 0);
    }
}

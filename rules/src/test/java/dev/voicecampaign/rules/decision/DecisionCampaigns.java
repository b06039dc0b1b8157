package dev.voicecampaign.rules.decision;

import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.CommonSettings;
import dev.voicecampaign.core.campaign.CommunicationLimit;
import dev.voicecampaign.core.campaign.ContactLists;
import dev.voicecampaign.core.campaign.Description;
import dev.voicecampaign.core.campaign.DialingOrder;
import dev.voicecampaign.core.campaign.DialingStrategy;
import dev.voicecampaign.core.campaign.MaxAttempts;
import dev.voicecampaign.core.campaign.Priority;
import dev.voicecampaign.core.campaign.ProgressiveCampaign;
import dev.voicecampaign.core.campaign.QueueRef;
import dev.voicecampaign.core.campaign.RetryPeriod;
import dev.voicecampaign.core.campaign.RingTime;
import dev.voicecampaign.core.hours.CallingHours;
import dev.voicecampaign.core.hours.CallingWindow;
import dev.voicecampaign.core.hours.Frequency;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Campaigns for decision tests: the hours, attempts, retry period, ring time and limits that decisions read. */
final class DecisionCampaigns {
    private DecisionCampaigns() {
    }

    /** Open all day, every day, in {@code zone}: only the packs and limits refuse calls. */
    static CallingHours allDay(ZoneId zone) {
        return new CallingHours(Frequency.DAILY, zone, List.of(CallingWindow.everyDay(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
    }

    static ProgressiveCampaign campaign(CallingHours hours, int maxAttempts, int retryMinutes, int ringSeconds, List<CommunicationLimit> limits) {
        DialingStrategy strategy = new DialingStrategy(new CallerId("+14846512345"), hours, DialingOrder.FIFO, new MaxAttempts(maxAttempts),
                new RetryPeriod(retryMinutes), new RingTime(ringSeconds));
        return new ProgressiveCampaign(new CommonSettings(new CampaignName("decisions"), new Description(""), ContactLists.of("list-a"),
                Optional.empty(), new Priority(3), strategy, limits, List.of()), new QueueRef("queue-a"));
    }

    static ProgressiveCampaign campaign(CallingHours hours) {
        return campaign(hours, 100, 1, 30, List.of());
    }
}

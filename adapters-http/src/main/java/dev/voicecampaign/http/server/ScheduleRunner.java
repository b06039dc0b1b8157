package dev.voicecampaign.http.server;

import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.lifecycle.LifecycleEvent;
import dev.voicecampaign.core.usecase.CampaignOutcome;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.usecase.CampaignService;
import dev.voicecampaign.core.usecase.Page;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.ServerConfig;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Starts scheduled campaigns when their time comes: each {@link #tick} plays every Scheduled or
 * Rescheduled campaign whose start (local to its calling-hours zone) has passed on the clock.
 * The server ticks every second; tests tick by hand with a controllable clock.
 */
public final class ScheduleRunner {
    private final ServerConfig config;
    private final CampaignService service;
    private final Clock clock;

    public ScheduleRunner(ServerConfig config, CampaignService service, Clock clock) {
        this.config = config;
        this.service = service;
        this.clock = clock;
    }

    /** Plays what is due; returns how many campaigns it started. */
    public int tick() {
        int started = 0;
        for (AppConfig app : config.apps()) {
            CampaignQuery due = CampaignQuery.all().withStatuses(Set.of(CampaignStatus.SCHEDULED, CampaignStatus.RESCHEDULED))
                    .page(0, (int) CampaignQuery.LIMIT.max());
            Page<StoredCampaign> page = service.list(app.streamId(), due);
            for (StoredCampaign c : page.items()) {
                LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), c.campaign().dialingStrategy().callingHours().zone());
                boolean isDue = c.schedule().map(s -> !s.start().isAfter(now)).orElse(false);
                if (isDue && service.fire(app.streamId(), c.id(), LifecycleEvent.PLAY) instanceof CampaignOutcome.Done) started++;
            }
        }
        return started;
    }
}

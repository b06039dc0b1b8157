package dev.voicecampaign.http.server;

import dev.voicecampaign.core.usecase.ScheduleCampaign;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.ServerConfig;
import java.time.Clock;

/**
 * Starts scheduled campaigns when their time comes: each {@link #tick} asks the use case to play every
 * app's due campaigns. The server ticks every second; tests tick by hand with a controllable clock.
 */
public final class ScheduleRunner {
    private final ServerConfig config;
    private final ScheduleCampaign scheduling;
    private final Clock clock;

    public ScheduleRunner(ServerConfig config, ScheduleCampaign scheduling, Clock clock) {
        this.config = config;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    /** Plays what is due in every app ({@link ScheduleCampaign#startDue}); returns how many campaigns it started. */
    public int tick() {
        int started = 0;
        for (AppConfig app : config.apps()) started += scheduling.startDue(app.streamId());
        return started;
    }
}

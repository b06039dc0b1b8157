package dev.voicecampaign.http.server;

import dev.voicecampaign.core.usecase.ScheduleCampaign;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.ServerConfig;
import java.time.Clock;

/**
 * Runs schedules: each {@link #tick} asks the use case to end every app's runs whose scheduled time is over,
 * then to play the campaigns whose scheduled time has come. The server ticks every second; tests tick by hand
 * with a controllable clock.
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

    /** Ends, then plays, what is due in every app ({@link ScheduleCampaign#endDue}, {@link ScheduleCampaign#startDue}); returns how many campaigns it moved. */
    public int tick() {
        int moved = 0;
        for (AppConfig app : config.apps()) moved += scheduling.endDue(app.streamId()) + scheduling.startDue(app.streamId());
        return moved;
    }
}

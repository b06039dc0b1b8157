package dev.voicecampaign.http.server;

import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.usecase.ScheduleCampaign;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.ServerConfig;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs schedules: each {@link #tick} asks the use case to move every campaign of the configured apps whose schedule is
 * due ({@link ScheduleCampaign#runDue}); an app this server is not configured for is left to a server that is. The
 * server ticks every second; tests tick by hand with a controllable clock.
 */
public final class ScheduleRunner {
    private final Set<StreamId> streams;
    private final ScheduleCampaign scheduling;

    public ScheduleRunner(ServerConfig config, ScheduleCampaign scheduling) {
        this.streams = config.apps().stream().map(AppConfig::streamId).collect(Collectors.toUnmodifiableSet());
        this.scheduling = Objects.requireNonNull(scheduling, "scheduling");
    }

    /** Ends and plays what is due; returns how many campaigns it moved. */
    public int tick() {
        return scheduling.runDue(streams);
    }
}

package dev.voicecampaign.http.server;

import dev.voicecampaign.core.usecase.ScheduleCampaign;
import java.util.Objects;

/**
 * Runs schedules: each {@link #tick} asks the use case to move every campaign of every app whose schedule is due
 * ({@link ScheduleCampaign#runDue}). The server ticks every second; tests tick by hand with a controllable clock.
 */
public final class ScheduleRunner {
    private final ScheduleCampaign scheduling;

    public ScheduleRunner(ScheduleCampaign scheduling) {
        this.scheduling = Objects.requireNonNull(scheduling, "scheduling");
    }

    /** Ends and plays what is due; returns how many campaigns it moved. */
    public int tick() {
        return scheduling.runDue();
    }
}

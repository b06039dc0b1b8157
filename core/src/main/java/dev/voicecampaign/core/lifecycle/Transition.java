package dev.voicecampaign.core.lifecycle;

import java.util.Objects;

/**
 * One allowed move of the lifecycle: {@code event} in state {@code from} leads to {@code to}.
 * {@code startsNewInstance} marks a rerun, which dials the full list again under a new instance id.
 */
public record Transition(CampaignStatus from, LifecycleEvent event, CampaignStatus to, boolean startsNewInstance,
                         String why) {
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(why, "why");
    }
}

package dev.voicecampaign.core.campaign;

import java.util.Objects;

/** A campaign that dials automatically and routes answered calls to agents through a queue. */
public record ProgressiveCampaign(CommonSettings common, QueueRef queue) implements Campaign {
    public ProgressiveCampaign {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(queue, "queue");
    }

    @Override
    public ProgressiveCampaign withCommon(CommonSettings v) {
        return new ProgressiveCampaign(v, queue);
    }
}

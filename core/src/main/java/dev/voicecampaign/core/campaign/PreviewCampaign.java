package dev.voicecampaign.core.campaign;

import java.util.Objects;

/** A campaign where an agent reviews each record before the call; records may be skipped a few times. */
public record PreviewCampaign(CommonSettings common, QueueRef queue, MaxSkips maxSkips) implements Campaign {
    public PreviewCampaign {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(maxSkips, "maxSkips");
    }

    @Override
    public PreviewCampaign withCommon(CommonSettings v) {
        return new PreviewCampaign(v, queue, maxSkips);
    }
}

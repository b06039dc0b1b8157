package dev.voicecampaign.core.campaign;

import java.util.Objects;
import java.util.Optional;

/** A campaign where an agent reviews each record before the call; records may be skipped a few times. */
public record PreviewCampaign(CampaignName name, Description description, ContactLists contactLists,
                                Optional<DncListRef> dncList, Priority priority, DialingStrategy dialingStrategy,
                              QueueRef queue, MaxSkips maxSkips) implements Campaign {
    public PreviewCampaign {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(contactLists, "contactLists");
        Objects.requireNonNull(dncList, "dncList");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(dialingStrategy, "dialingStrategy");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(maxSkips, "maxSkips");
    }
}

package dev.voicecampaign.core.campaign;

import java.util.Objects;
import java.util.Optional;

/** A campaign that dials automatically and routes answered calls to agents through a queue. */
public record ProgressiveCampaign(CampaignName name, Description description, ContactLists contactLists,
                                Optional<DncListRef> dncList, Priority priority, DialingStrategy dialingStrategy,
                                  QueueRef queue) implements Campaign {
    public ProgressiveCampaign {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(contactLists, "contactLists");
        Objects.requireNonNull(dncList, "dncList");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(dialingStrategy, "dialingStrategy");
        Objects.requireNonNull(queue, "queue");
    }
}

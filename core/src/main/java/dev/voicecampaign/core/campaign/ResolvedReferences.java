package dev.voicecampaign.core.campaign;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The directory ids behind a campaign's names, resolved when it is created or updated. */
public record ResolvedReferences(List<ResourceId> contactLists, Optional<ResourceId> dncList,
                                 Optional<ResourceId> queue, Optional<ResourceId> experienceFlow) {
    public ResolvedReferences {
        contactLists = List.copyOf(contactLists);
        Objects.requireNonNull(dncList, "dncList");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(experienceFlow, "experienceFlow");
    }
}

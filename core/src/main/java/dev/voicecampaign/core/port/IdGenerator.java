package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.InstanceId;
import dev.voicecampaign.core.campaign.ResourceId;
import java.util.UUID;

/** Driven port: issues new ids. Implementations must never issue the same id twice. */
public interface IdGenerator {
    CampaignId newCampaignId();

    InstanceId newInstanceId();

    /** A new contact list's id, {@code cl-} and a random UUID, shaped as the directories' list ids are. */
    default ResourceId newContactListId() {
        return new ResourceId("cl-" + UUID.randomUUID());
    }

    /** An id for an uploaded contact that came without one. */
    default String newContactId() {
        return "ct-" + UUID.randomUUID();
    }

    /** A new callback's id. */
    default String newCallbackId() {
        return "cb-" + UUID.randomUUID();
    }
}

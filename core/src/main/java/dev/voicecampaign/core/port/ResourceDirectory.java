package dev.voicecampaign.core.port;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;

import java.util.Optional;

/**
 * Driven port: resolves the name of a resource held outside the campaign (a contact list, a DNC
 * list, a queue, an experience flow) to its id, within one stream. Empty when no such resource exists.
 */
public interface ResourceDirectory {
    Optional<ResourceId> resolve(StreamId stream, String name);
}

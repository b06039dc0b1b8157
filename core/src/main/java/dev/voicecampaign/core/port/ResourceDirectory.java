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

    /** This directory, then {@code other} for a name this one does not know. */
    default ResourceDirectory or(ResourceDirectory other) {
        return (stream, name) -> resolve(stream, name).or(() -> other.resolve(stream, name));
    }
}

package dev.voicecampaign.core.port;

import java.util.Objects;

/** The directories a campaign's names are checked and resolved against, bundled for passing around. */
public record Directories(ResourceDirectory contactLists, ResourceDirectory dncLists, ResourceDirectory queues,
                          ResourceDirectory experienceFlows, CallerIdRegistry callerIds) {
    public Directories {
        Objects.requireNonNull(contactLists, "contactLists");
        Objects.requireNonNull(dncLists, "dncLists");
        Objects.requireNonNull(queues, "queues");
        Objects.requireNonNull(experienceFlows, "experienceFlows");
        Objects.requireNonNull(callerIds, "callerIds");
    }
}

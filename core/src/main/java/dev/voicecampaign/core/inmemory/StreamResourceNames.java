package dev.voicecampaign.core.inmemory;

import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.port.Directories;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The names one stream's campaigns may refer to, as a configuration lists them: contact lists, DNC
 * lists, queues, experience flows and verified caller ids. {@link #directories} holds them in memory
 * with ids shaped like the hosted API's, stable per stream and name, so a restart gives the same ids.
 */
public record StreamResourceNames(StreamId stream, List<String> contactLists, List<String> dncLists, List<String> queues,
                                  List<String> experienceFlows, List<String> callerIds) {
    public StreamResourceNames {
        Objects.requireNonNull(stream, "stream");
        contactLists = List.copyOf(contactLists);
        dncLists = List.copyOf(dncLists);
        queues = List.copyOf(queues);
        experienceFlows = List.copyOf(experienceFlows);
        callerIds = List.copyOf(callerIds);
    }

    /** Directories holding every stream's names; a name no stream lists does not resolve. */
    public static Directories directories(Collection<StreamResourceNames> streams) {
        InMemoryResourceDirectory lists = new InMemoryResourceDirectory();
        InMemoryResourceDirectory dnc = new InMemoryResourceDirectory();
        InMemoryResourceDirectory queues = new InMemoryResourceDirectory();
        InMemoryResourceDirectory flows = new InMemoryResourceDirectory();
        InMemoryCallerIdRegistry callerIds = new InMemoryCallerIdRegistry();
        for (StreamResourceNames names : streams) {
            names.put(lists, names.contactLists, "cl-");
            names.put(dnc, names.dncLists, "cl-");
            names.put(queues, names.queues, "qu-");
            names.put(flows, names.experienceFlows, "cf-");
            names.callerIds.forEach(n -> callerIds.verify(names.stream, new CallerId(n)));
        }
        return new Directories(lists, dnc, queues, flows, callerIds);
    }

    private void put(InMemoryResourceDirectory directory, List<String> names, String prefix) {
        for (String name : names) {
            UUID id = UUID.nameUUIDFromBytes((stream + "/" + prefix + name).getBytes(StandardCharsets.UTF_8));
            directory.put(stream, name, new ResourceId(prefix + id));
        }
    }
}

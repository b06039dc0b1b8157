package dev.voicecampaign.core.campaign;

import java.util.Objects;
import java.util.Optional;

/** A campaign whose calls are handled by a voice flow, with optional answering-machine detection. */
public record AgentlessCampaign(CampaignName name, Description description, ContactLists contactLists,
                                Optional<DncListRef> dncList, Priority priority, DialingStrategy dialingStrategy,
                                ExperienceFlowRef experienceFlow, MachineDetection machineDetection)
        implements Campaign {
    public AgentlessCampaign {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(contactLists, "contactLists");
        Objects.requireNonNull(dncList, "dncList");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(dialingStrategy, "dialingStrategy");
        Objects.requireNonNull(experienceFlow, "experienceFlow");
        Objects.requireNonNull(machineDetection, "machineDetection");
    }
}

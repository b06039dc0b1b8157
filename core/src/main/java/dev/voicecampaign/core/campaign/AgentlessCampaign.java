package dev.voicecampaign.core.campaign;

import java.util.Objects;

/** A campaign whose calls are handled by a voice flow, with optional answering-machine detection. */
public record AgentlessCampaign(CommonSettings common, ExperienceFlowRef experienceFlow, MachineDetection machineDetection)
        implements Campaign {
    public AgentlessCampaign {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(experienceFlow, "experienceFlow");
        Objects.requireNonNull(machineDetection, "machineDetection");
    }

    @Override
    public AgentlessCampaign withCommon(CommonSettings v) {
        return new AgentlessCampaign(v, experienceFlow, machineDetection);
    }

    public AgentlessCampaign withMachineDetection(MachineDetection v) {
        return new AgentlessCampaign(common, experienceFlow, v);
    }
}

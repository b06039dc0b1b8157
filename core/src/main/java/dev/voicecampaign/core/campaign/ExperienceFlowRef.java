package dev.voicecampaign.core.campaign;

/** Reference to the voice flow (bot or IVR) that talks to the called party in Agentless mode, by name. The name must exist in the stream's directory. */
public record ExperienceFlowRef(String name) {
    public ExperienceFlowRef {
        ResourceName.LIMIT.require(name, "ExperienceFlowRef name");
    }

    @Override
    public String toString() {
        return name;
    }
}

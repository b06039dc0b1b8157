package dev.voicecampaign.core.campaign;

/** Reference to the agent queue that answered calls are routed to, by name. The name must exist in the stream's directory. */
public record QueueRef(String name) {
    public QueueRef {
        ResourceName.LIMIT.require(name, "QueueRef name");
    }

    @Override
    public String toString() {
        return name;
    }
}

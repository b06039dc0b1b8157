package dev.voicecampaign.core.campaign;

/** Reference to a Do Not Call list, by name; numbers on it are never dialed. The name must exist in the stream's directory. */
public record DncListRef(String name) {
    public DncListRef {
        ResourceName.LIMIT.require(name, "DncListRef name");
    }

    @Override
    public String toString() {
        return name;
    }
}

package dev.voicecampaign.core.campaign;

/** Reference to a contact list to dial, by name. The name must exist in the stream's directory. */
public record ContactListRef(String name) {
    public ContactListRef {
        ResourceName.LIMIT.require(name, "ContactListRef name");
    }

    @Override
    public String toString() {
        return name;
    }
}

package dev.voicecampaign.core.campaign;

import java.util.Objects;
import java.util.Optional;

/**
 * What every campaign has, whatever its dialing mode. One record, so a field all modes share is declared
 * once here instead of in each mode's record.
 *
 * @param dncList the DNC list; the v1 dialect has none
 */
public record CommonSettings(CampaignName name, Description description, ContactLists contactLists, Optional<DncListRef> dncList,
                             Priority priority, DialingStrategy dialingStrategy) {
    public CommonSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(contactLists, "contactLists");
        Objects.requireNonNull(dncList, "dncList");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(dialingStrategy, "dialingStrategy");
    }

    public CommonSettings withDncList(Optional<DncListRef> v) {
        return new CommonSettings(name, description, contactLists, v, priority, dialingStrategy);
    }
}

package dev.voicecampaign.core.campaign;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every campaign has, whatever its dialing mode. One record, so a field all modes share is declared
 * once here instead of in each mode's record.
 *
 * @param dncList the DNC list; the v1 dialect has none
 * @param communicationLimits how often one person may be called (none: no limit); at most {@link CommunicationLimit#COUNT}
 */
public record CommonSettings(CampaignName name, Description description, ContactLists contactLists, Optional<DncListRef> dncList,
                             Priority priority, DialingStrategy dialingStrategy, List<CommunicationLimit> communicationLimits) {
    public CommonSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(contactLists, "contactLists");
        Objects.requireNonNull(dncList, "dncList");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(dialingStrategy, "dialingStrategy");
        communicationLimits = List.copyOf(communicationLimits);
        CommunicationLimit.COUNT.require(communicationLimits.size(), "number of communication limits");
    }

    public CommonSettings withDncList(Optional<DncListRef> v) {
        return new CommonSettings(name, description, contactLists, v, priority, dialingStrategy, communicationLimits);
    }
}

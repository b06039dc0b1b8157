package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.IntRange;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every campaign has, whatever its dialing mode. One record, so a field all modes share is declared
 * once here instead of in each mode's record.
 *
 * @param dncList the DNC list; the v1 dialect has none
 * @param communicationLimits how often one person may be called (none: no limit); at most {@link CommunicationLimit#COUNT}
 * @param compliancePacks the ids of the compliance packs call decisions apply (the rules know which exist), no id twice
 */
public record CommonSettings(CampaignName name, Description description, ContactLists contactLists, Optional<DncListRef> dncList,
                             Priority priority, DialingStrategy dialingStrategy, List<CommunicationLimit> communicationLimits,
                             List<String> compliancePacks) {
    /** How many compliance packs a campaign may name. */
    public static final IntRange PACK_COUNT = IntRange.of(0, 10);

    public CommonSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(contactLists, "contactLists");
        Objects.requireNonNull(dncList, "dncList");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(dialingStrategy, "dialingStrategy");
        communicationLimits = List.copyOf(communicationLimits);
        CommunicationLimit.COUNT.require(communicationLimits.size(), "number of communication limits");
        compliancePacks = List.copyOf(compliancePacks);
        PACK_COUNT.require(compliancePacks.size(), "number of compliance packs");
        if (new HashSet<>(compliancePacks).size() != compliancePacks.size()) {
            throw new IllegalArgumentException("compliance packs repeat an id: " + compliancePacks);
        }
    }

    /** The same settings with another DNC list (or none). */
    public CommonSettings withDncList(Optional<DncListRef> v) {
        return new CommonSettings(name, description, contactLists, v, priority, dialingStrategy, communicationLimits, compliancePacks);
    }

    /** The same settings with other communication limits. */
    public CommonSettings withCommunicationLimits(List<CommunicationLimit> v) {
        return new CommonSettings(name, description, contactLists, dncList, priority, dialingStrategy, v, compliancePacks);
    }

    /** The same settings under other compliance packs (their ids). */
    public CommonSettings withCompliancePacks(List<String> v) {
        return new CommonSettings(name, description, contactLists, dncList, priority, dialingStrategy, communicationLimits, v);
    }
}

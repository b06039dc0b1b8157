package dev.voicecampaign.core.campaign;

import java.util.Optional;

/**
 * A valid outbound voice campaign. One record type per dialing mode, so fields that belong to one
 * mode exist only there; code that depends on the mode switches over this sealed type. Instances
 * are built by the rule sets from a {@code CampaignDraft}, or directly in code; either way every
 * value is checked, so a {@code Campaign} is always valid.
 */
public sealed interface Campaign permits AgentlessCampaign, ProgressiveCampaign, PreviewCampaign {
    CampaignName name();

    Description description();

    ContactLists contactLists();

    /** The DNC list; the v1 dialect has none. */
    Optional<DncListRef> dncList();

    Priority priority();

    DialingStrategy dialingStrategy();

    default DialingMode mode() {
        return switch (this) {
            case AgentlessCampaign a -> DialingMode.AGENTLESS;
            case ProgressiveCampaign p -> DialingMode.PROGRESSIVE;
            case PreviewCampaign p -> DialingMode.PREVIEW;
        };
    }
}

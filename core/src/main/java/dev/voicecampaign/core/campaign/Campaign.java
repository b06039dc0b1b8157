package dev.voicecampaign.core.campaign;

import java.util.List;
import java.util.Optional;

/**
 * A valid outbound voice campaign. One record type per dialing mode, so fields that belong to one
 * mode exist only there; what every mode has is one {@link CommonSettings}. Code that depends on the
 * mode switches over this sealed type. Instances are built by the rule sets from a {@code CampaignDraft},
 * or directly in code; either way every value is checked, so a {@code Campaign} is always valid.
 */
public sealed interface Campaign permits AgentlessCampaign, ProgressiveCampaign, PreviewCampaign {
    /** What every mode has. */
    CommonSettings common();

    /** The same campaign with {@code common} instead of its own common settings. */
    Campaign withCommon(CommonSettings common);

    default CampaignName name() {
        return common().name();
    }

    default Description description() {
        return common().description();
    }

    default ContactLists contactLists() {
        return common().contactLists();
    }

    /** The DNC list; the v1 dialect has none. */
    default Optional<DncListRef> dncList() {
        return common().dncList();
    }

    default Priority priority() {
        return common().priority();
    }

    default DialingStrategy dialingStrategy() {
        return common().dialingStrategy();
    }

    default List<CommunicationLimit> communicationLimits() {
        return common().communicationLimits();
    }

    default List<String> compliancePacks() {
        return common().compliancePacks();
    }

    default DialingMode mode() {
        return switch (this) {
            case AgentlessCampaign a -> DialingMode.AGENTLESS;
            case ProgressiveCampaign p -> DialingMode.PROGRESSIVE;
            case PreviewCampaign p -> DialingMode.PREVIEW;
        };
    }
}

package dev.voicecampaign.rules;

import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.hours.CallingHours;

/** Test access to package-private assembly helpers. */
public final class RulesAccess {
    private RulesAccess() {
    }

    public static CallingHours callingHours(CampaignDraft draft) {
        return CampaignAssembler.callingHours(draft.dialingStrategy().callingHours());
    }
}

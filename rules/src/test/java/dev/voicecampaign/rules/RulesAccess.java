package dev.voicecampaign.rules;

import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.hours.CallingHours;

/** Test access to what the standard rules build. */
public final class RulesAccess {
    private RulesAccess() {
    }

    /** The calling hours the standard rules make of a valid draft. */
    public static CallingHours callingHours(CampaignDraft draft) {
        return RulesFixture.validate(draft).result().get().dialingStrategy().callingHours();
    }
}

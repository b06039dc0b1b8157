package dev.voicecampaign.core.port;

import dev.voicecampaign.core.draft.CampaignDraft;

/**
 * Driving-side port the use cases call to turn a draft into a campaign. The rules module provides
 * the implementation; core only knows this contract. Must be pure apart from directory look-ups,
 * and must report every violation at once.
 */
public interface CampaignValidator {
    Verdict validate(CampaignDraft draft, ValidationContext context);
}

package dev.voicecampaign.core.campaign;

import dev.voicecampaign.core.constraint.TextLimit;

/**
 * The limit shared by every name that refers to a resource held elsewhere (contact list, DNC list,
 * queue, experience flow). The seeds give none; 1 to 256 non-blank characters is our decision.
 */
public final class ResourceName {
    public static final TextLimit LIMIT = TextLimit.required(256);

    private ResourceName() {
    }
}

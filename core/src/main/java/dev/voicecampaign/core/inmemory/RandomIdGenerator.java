package dev.voicecampaign.core.inmemory;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.InstanceId;
import dev.voicecampaign.core.port.IdGenerator;
import java.util.UUID;

/** Unguessable ids shaped like the hosted API's ({@code cd-<uuid>}, {@code ci-<uuid>}), from a secure random source. */
public final class RandomIdGenerator implements IdGenerator {
    @Override
    public CampaignId newCampaignId() {
        return new CampaignId("cd-" + UUID.randomUUID());
    }

    @Override
    public InstanceId newInstanceId() {
        return new InstanceId("ci-" + UUID.randomUUID());
    }
}

package dev.voicecampaign.core.inmemory;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.InstanceId;
import dev.voicecampaign.core.port.IdGenerator;
import java.util.concurrent.atomic.AtomicLong;

/** Predictable ids ({@code cd-1}, {@code cd-2}, ...; {@code ci-1}, ...) for tests and examples. Thread-safe. */
public final class SequentialIdGenerator implements IdGenerator {
    private final AtomicLong campaigns = new AtomicLong();
    private final AtomicLong instances = new AtomicLong();

    @Override
    public CampaignId newCampaignId() {
        return new CampaignId("cd-" + campaigns.incrementAndGet());
    }

    @Override
    public InstanceId newInstanceId() {
        return new InstanceId("ci-" + instances.incrementAndGet());
    }
}

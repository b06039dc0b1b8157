package dev.voicecampaign.core.inmemory;

import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.core.port.CampaignRepositoryContract;

class InMemoryCampaignRepositoryTest extends CampaignRepositoryContract {
    @Override
    protected CampaignRepository emptyRepository() {
        return new InMemoryCampaignRepository();
    }
}

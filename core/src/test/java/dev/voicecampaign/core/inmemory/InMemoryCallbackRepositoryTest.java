package dev.voicecampaign.core.inmemory;

import dev.voicecampaign.core.port.CallbackRepository;
import dev.voicecampaign.core.port.CallbackRepositoryContract;

/** The callback contract in memory. */
class InMemoryCallbackRepositoryTest extends CallbackRepositoryContract {
    @Override
    protected CallbackRepository emptyRepository() {
        return new InMemoryCallbackRepository();
    }
}

package dev.voicecampaign.core.inmemory;

import dev.voicecampaign.core.port.ContactListRepository;
import dev.voicecampaign.core.port.ContactListRepositoryContract;

class InMemoryContactListRepositoryTest extends ContactListRepositoryContract {
    @Override
    protected ContactListRepository emptyRepository() {
        return new InMemoryContactListRepository();
    }
}

package dev.voicecampaign.core.inmemory;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.port.CallerIdRegistry;
import dev.voicecampaign.core.port.CallerIdRegistryContract;
import dev.voicecampaign.core.port.ResourceDirectory;
import dev.voicecampaign.core.port.ResourceDirectoryContract;
import org.junit.jupiter.api.Nested;

class InMemoryDirectoriesTest {
    @Nested
    class ResourceDirectoryTest extends ResourceDirectoryContract {
        @Override
        protected ResourceDirectory directoryWithLeadsInStreamA() {
            return new InMemoryResourceDirectory().put(A, "Leads", new ResourceId("cl-1"));
        }
    }

    @Nested
    class CallerIdTest extends CallerIdRegistryContract {
        @Override
        protected CallerIdRegistry registryVerifyingOneNumberInStreamA() {
            return new InMemoryCallerIdRegistry().verify(A, VERIFIED);
        }
    }
}

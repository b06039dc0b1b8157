package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.inmemory.InMemoryCallerIdRegistry;
import dev.voicecampaign.core.inmemory.InMemoryCampaignRepository;
import dev.voicecampaign.core.inmemory.InMemoryResourceDirectory;
import dev.voicecampaign.core.inmemory.MutableClock;
import dev.voicecampaign.core.inmemory.SequentialIdGenerator;
import dev.voicecampaign.core.lifecycle.Lifecycle;
import dev.voicecampaign.core.port.Directories;
import dev.voicecampaign.core.port.RequestRules;
import dev.voicecampaign.core.support.Campaigns;

/** A service over in-memory ports whose directories know the names {@link Campaigns} uses. */
final class ServiceFixture {
    final StreamId stream = Campaigns.STREAM;
    final InMemoryResourceDirectory contactLists = new InMemoryResourceDirectory()
            .put(stream, "list-a", new ResourceId("cl-a")).put(stream, "list-b", new ResourceId("cl-b"));
    final InMemoryResourceDirectory dncLists = new InMemoryResourceDirectory().put(stream, "dnc-a", new ResourceId("cl-dnc"));
    final InMemoryResourceDirectory queues = new InMemoryResourceDirectory().put(stream, "queue-a", new ResourceId("qu-a"));
    final InMemoryResourceDirectory flows = new InMemoryResourceDirectory().put(stream, "flow-a", new ResourceId("cf-a"));
    final InMemoryCampaignRepository repository = new InMemoryCampaignRepository();
    final MutableClock clock = new MutableClock(Campaigns.T0);
    /** The preparations creates started, not yet run: tests run them, or call {@code prepare} themselves. */
    final java.util.List<Runnable> pendingPreparations = new java.util.ArrayList<>();
    final CampaignService service = new CampaignService(new RequestRules(new FixedValidator(), FixedValidator.SCHEDULES, FixedValidator.QUERIES),
            new Directories(contactLists, dncLists, queues, flows, new InMemoryCallerIdRegistry()),
            repository, new SequentialIdGenerator(), clock, Lifecycle.standard(), pendingPreparations::add);
}

package dev.voicecampaign.http.api;

import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.inmemory.InMemoryCallerIdRegistry;
import dev.voicecampaign.core.inmemory.InMemoryCampaignRepository;
import dev.voicecampaign.core.inmemory.InMemoryResourceDirectory;
import dev.voicecampaign.core.inmemory.RandomIdGenerator;
import dev.voicecampaign.core.lifecycle.Lifecycle;
import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.core.port.CampaignValidator;
import dev.voicecampaign.core.port.Directories;
import dev.voicecampaign.core.port.IdGenerator;
import dev.voicecampaign.core.port.RequestRules;
import dev.voicecampaign.core.usecase.CampaignService;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.ServerConfig;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.rules.ListRules;
import dev.voicecampaign.rules.ScheduleRules;
import dev.voicecampaign.rules.decision.CallDecisions;
import dev.voicecampaign.rules.decision.DecideCalls;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * The world a configuration describes: each app's directories (in memory, from the configuration),
 * one campaign repository (in memory, or durable behind the JDBC adapter), the use cases.
 */
public record ServerState(ServerConfig config, Directories directories, CampaignService service, Clock clock) {
    /** In memory, preparing each campaign inline: for checking drafts offline. */
    public static ServerState inMemory(ServerConfig config, Clock clock) {
        return over(config, clock, new InMemoryCampaignRepository(), Runnable::run);
    }

    /** The standard rules and random ids over the given repository; {@code preparation} runs each create's preparation. */
    public static ServerState over(ServerConfig config, Clock clock, CampaignRepository repository, Executor preparation) {
        return inMemory(config, clock, CampaignRules.standard(), repository, new RandomIdGenerator(), preparation);
    }

    public static ServerState inMemory(ServerConfig config, Clock clock, CampaignValidator rules, CampaignRepository repository,
                                       IdGenerator ids, Executor preparation) {
        Directories directories = directories(config);
        return new ServerState(config, directories, new CampaignService(new RequestRules(rules, new ScheduleRules(), new ListRules()), directories, repository, ids,
                clock, Lifecycle.standard(), preparation), clock);
    }

    /** The call-decisions use case over this state's campaigns. */
    public DecideCalls decisions() {
        return new CallDecisions(service);
    }

    /** Directories holding each app's names, with ids shaped like the hosted API's (stable per name). */
    static Directories directories(ServerConfig config) {
        InMemoryResourceDirectory lists = new InMemoryResourceDirectory();
        InMemoryResourceDirectory dnc = new InMemoryResourceDirectory();
        InMemoryResourceDirectory queues = new InMemoryResourceDirectory();
        InMemoryResourceDirectory flows = new InMemoryResourceDirectory();
        InMemoryCallerIdRegistry callerIds = new InMemoryCallerIdRegistry();
        for (AppConfig app : config.apps()) {
            put(lists, app, app.contactLists(), "cl-");
            put(dnc, app, app.dncLists(), "cl-");
            put(queues, app, app.queues(), "qu-");
            put(flows, app, app.experienceFlows(), "cf-");
            app.callerIds().forEach(n -> callerIds.verify(app.streamId(), new CallerId(n)));
        }
        return new Directories(lists, dnc, queues, flows, callerIds);
    }

    private static void put(InMemoryResourceDirectory directory, AppConfig app, List<String> names, String prefix) {
        for (String name : names) {
            UUID id = UUID.nameUUIDFromBytes((app.streamId() + "/" + prefix + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            directory.put(app.streamId(), name, new ResourceId(prefix + id));
        }
    }
}

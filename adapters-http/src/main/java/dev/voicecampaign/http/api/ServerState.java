package dev.voicecampaign.http.api;

import dev.voicecampaign.core.inmemory.InMemoryCampaignRepository;
import dev.voicecampaign.core.inmemory.InMemoryCallbackRepository;
import dev.voicecampaign.core.inmemory.InMemoryContactListRepository;
import dev.voicecampaign.core.inmemory.RandomIdGenerator;
import dev.voicecampaign.core.inmemory.StreamResourceNames;
import dev.voicecampaign.core.lifecycle.Lifecycle;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.core.port.CampaignValidator;
import dev.voicecampaign.core.port.CallbackRepository;
import dev.voicecampaign.core.port.ContactListRepository;
import dev.voicecampaign.core.port.Directories;
import dev.voicecampaign.core.port.IdGenerator;
import dev.voicecampaign.core.port.RequestRules;
import dev.voicecampaign.core.usecase.CampaignService;
import dev.voicecampaign.core.usecase.ContactListService;
import dev.voicecampaign.core.usecase.ManageContactLists;
import dev.voicecampaign.http.auth.ServerConfig;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.rules.ListRules;
import dev.voicecampaign.rules.ScheduleRules;
import dev.voicecampaign.rules.callback.CallbackService;
import dev.voicecampaign.rules.callback.ManageCallbacks;
import dev.voicecampaign.rules.decision.CallDecisions;
import dev.voicecampaign.rules.decision.ContactListRules;
import dev.voicecampaign.rules.decision.DecideCalls;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * The world a configuration describes: each app's directories (in memory, from the configuration),
 * one campaign repository and one contact list repository (in memory, or durable behind the JDBC adapter), the use cases.
 */
public record ServerState(ServerConfig config, Directories directories, CampaignService service, ManageContactLists contactLists,
                          ManageContactLists dncLists, ManageCallbacks callbacks, Clock clock) {
    /** In memory, preparing each campaign inline: for checking drafts offline. */
    public static ServerState inMemory(ServerConfig config, Clock clock) {
        return over(config, clock, new InMemoryCampaignRepository(), Runnable::run);
    }

    /** The standard rules and random ids over the given campaigns, contact lists in memory; {@code preparation} runs each create's preparation. */
    public static ServerState over(ServerConfig config, Clock clock, CampaignRepository repository, Executor preparation) {
        return over(config, clock, repository, new InMemoryContactListRepository(), new InMemoryCallbackRepository(), preparation);
    }

    /** The standard rules and random ids over the given repositories; {@code preparation} runs each create's preparation. */
    public static ServerState over(ServerConfig config, Clock clock, CampaignRepository repository, ContactListRepository contactLists,
                                   CallbackRepository callbacks, Executor preparation) {
        return of(config, clock, CampaignRules.standard(), repository, contactLists, callbacks, new RandomIdGenerator(), preparation);
    }

    public static ServerState inMemory(ServerConfig config, Clock clock, CampaignValidator rules, CampaignRepository repository,
                                       IdGenerator ids, Executor preparation) {
        return of(config, clock, rules, repository, new InMemoryContactListRepository(), new InMemoryCallbackRepository(), ids, preparation);
    }

    private static ServerState of(ServerConfig config, Clock clock, CampaignValidator rules, CampaignRepository repository,
                                  ContactListRepository contactLists, CallbackRepository callbacks, IdGenerator ids, Executor preparation) {
        // a campaign's contact and DNC lists are the app's stored lists of that kind, then the configuration's names
        // (stored first: a stored list named like a configured one is the one the app manages, and holds what is decided)
        Directories configured = directories(config);
        Directories directories = new Directories(contactLists.asDirectory(ListKind.CONTACTS).or(configured.contactLists()),
                contactLists.asDirectory(ListKind.DNC).or(configured.dncLists()), configured.queues(), configured.experienceFlows(), configured.callerIds());
        ContactListRules listRules = new ContactListRules();
        CampaignService campaigns = new CampaignService(new RequestRules(rules, new ScheduleRules(), new ListRules()), directories, repository, ids,
                clock, Lifecycle.standard(), preparation);
        ContactListService contacts = new ContactListService(ListKind.CONTACTS, listRules, contactLists, repository, ids, clock);
        ContactListService dnc = new ContactListService(ListKind.DNC, listRules, contactLists, repository, ids, clock);
        return new ServerState(config, directories, campaigns, contacts, dnc, new CallbackService(campaigns, contacts, dnc, callbacks, ids, clock), clock);
    }

    /** The call-decisions use case over this state's campaigns and stored lists. */
    public DecideCalls decisions() {
        return new CallDecisions(service, contactLists, dncLists);
    }

    /** Directories holding each app's names, with ids shaped like the hosted API's (stable per name). */
    static Directories directories(ServerConfig config) {
        return StreamResourceNames.directories(config.apps().stream().map(app -> new StreamResourceNames(app.streamId(),
                app.contactLists(), app.dncLists(), app.queues(), app.experienceFlows(), app.callerIds())).toList());
    }
}

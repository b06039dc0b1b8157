package dev.voicecampaign.core.draft;

import java.util.List;

/**
 * A campaign as a client sent it, before any check: every field nullable (absent), lists may hold
 * nulls, enumerations are still text. It mirrors the wire body field by field (Java names:
 * {@code queueName} for {@code queue_name}); machine detection is in v2 words ({@code no},
 * {@code detect}, {@code disconnect}) whichever dialect it came from. The rule sets turn a draft into
 * a {@code Campaign} or into every violation at once.
 */
public record CampaignDraft(Dialect dialect, String name, String description, List<String> contactLists,
                            DncListDraft dncLists, String priority, String dialingMode,
                            DialingStrategyDraft dialingStrategy, ScheduleDraft schedule, String queueName,
                            Long maxSkips, String experienceFlowName, String enableMachineDetect,
                            String campaignType, List<CommunicationLimitDraft> communicationLimits, List<String> compliancePacks) {
    /** A draft without a dialect is read as v2, the current API. */
    public CampaignDraft {
        dialect = dialect == null ? Dialect.V2 : dialect;
        contactLists = DraftList.copyOf(contactLists);
        communicationLimits = DraftList.copyOf(communicationLimits);
        compliancePacks = DraftList.copyOf(compliancePacks);
    }

    /** An empty v2 draft, a start for builders. */
    public static CampaignDraft empty(Dialect dialect) {
        return new CampaignDraft(dialect, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public CampaignDraft withDialect(Dialect v) {
        return new CampaignDraft(v, name, description, contactLists, dncLists, priority, dialingMode, dialingStrategy, schedule, queueName, maxSkips, experienceFlowName, enableMachineDetect, campaignType, communicationLimits, compliancePacks);
    }

    public CampaignDraft withName(String v) {
        return new CampaignDraft(dialect, v, description, contactLists, dncLists, priority, dialingMode, dialingStrategy, schedule, queueName, maxSkips, experienceFlowName, enableMachineDetect, campaignType, communicationLimits, compliancePacks);
    }

    public CampaignDraft withDescription(String v) {
        return new CampaignDraft(dialect, name, v, contactLists, dncLists, priority, dialingMode, dialingStrategy, schedule, queueName, maxSkips, experienceFlowName, enableMachineDetect, campaignType, communicationLimits, compliancePacks);
    }

    public CampaignDraft withContactLists(List<String> v) {
        return new CampaignDraft(dialect, name, description, v, dncLists, priority, dialingMode, dialingStrategy, schedule, queueName, maxSkips, experienceFlowName, enableMachineDetect, campaignType, communicationLimits, compliancePacks);
    }

    public CampaignDraft withDncLists(DncListDraft v) {
        return new CampaignDraft(dialect, name, description, contactLists, v, priority, dialingMode, dialingStrategy, schedule, queueName, maxSkips, experienceFlowName, enableMachineDetect, campaignType, communicationLimits, compliancePacks);
    }

    public CampaignDraft withPriority(String v) {
        return new CampaignDraft(dialect, name, description, contactLists, dncLists, v, dialingMode, dialingStrategy, schedule, queueName, maxSkips, experienceFlowName, enableMachineDetect, campaignType, communicationLimits, compliancePacks);
    }

    public CampaignDraft withDialingMode(String v) {
        return new CampaignDraft(dialect, name, description, contactLists, dncLists, priority, v, dialingStrategy, schedule, queueName, maxSkips, experienceFlowName, enableMachineDetect, campaignType, communicationLimits, compliancePacks);
    }

    public CampaignDraft withDialingStrategy(DialingStrategyDraft v) {
        return new CampaignDraft(dialect, name, description, contactLists, dncLists, priority, dialingMode, v, schedule, queueName, maxSkips, experienceFlowName, enableMachineDetect, campaignType, communicationLimits, compliancePacks);
    }

    public CampaignDraft withSchedule(ScheduleDraft v) {
        return new CampaignDraft(dialect, name, description, contactLists, dncLists, priority, dialingMode, dialingStrategy, v, queueName, maxSkips, experienceFlowName, enableMachineDetect, campaignType, communicationLimits, compliancePacks);
    }

    public CampaignDraft withQueueName(String v) {
        return new CampaignDraft(dialect, name, description, contactLists, dncLists, priority, dialingMode, dialingStrategy, schedule, v, maxSkips, experienceFlowName, enableMachineDetect, campaignType, communicationLimits, compliancePacks);
    }

    public CampaignDraft withMaxSkips(Long v) {
        return new CampaignDraft(dialect, name, description, contactLists, dncLists, priority, dialingMode, dialingStrategy, schedule, queueName, v, experienceFlowName, enableMachineDetect, campaignType, communicationLimits, compliancePacks);
    }

    public CampaignDraft withExperienceFlowName(String v) {
        return new CampaignDraft(dialect, name, description, contactLists, dncLists, priority, dialingMode, dialingStrategy, schedule, queueName, maxSkips, v, enableMachineDetect, campaignType, communicationLimits, compliancePacks);
    }

    public CampaignDraft withEnableMachineDetect(String v) {
        return new CampaignDraft(dialect, name, description, contactLists, dncLists, priority, dialingMode, dialingStrategy, schedule, queueName, maxSkips, experienceFlowName, v, campaignType, communicationLimits, compliancePacks);
    }

    public CampaignDraft withCampaignType(String v) {
        return new CampaignDraft(dialect, name, description, contactLists, dncLists, priority, dialingMode, dialingStrategy, schedule, queueName, maxSkips, experienceFlowName, enableMachineDetect, v, communicationLimits, compliancePacks);
    }

    public CampaignDraft withCommunicationLimits(List<CommunicationLimitDraft> v) {
        return new CampaignDraft(dialect, name, description, contactLists, dncLists, priority, dialingMode, dialingStrategy, schedule, queueName, maxSkips, experienceFlowName, enableMachineDetect, campaignType, v, compliancePacks);
    }

    public CampaignDraft withCompliancePacks(List<String> v) {
        return new CampaignDraft(dialect, name, description, contactLists, dncLists, priority, dialingMode, dialingStrategy, schedule, queueName, maxSkips, experienceFlowName, enableMachineDetect, campaignType, communicationLimits, v);
    }
}

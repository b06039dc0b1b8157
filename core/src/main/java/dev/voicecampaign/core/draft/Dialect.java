package dev.voicecampaign.core.draft;

/**
 * Which of the two documented API dialects a draft arrived in. Rules that differ between the
 * dialects read it: v2 has {@code dncLists} and a string {@code enableMachineDetect}; v1 has a
 * boolean {@code enableMachineDetect} and no {@code dncLists}.
 */
public enum Dialect {
    /** {@code /agentassist/api/v1/public/{iid}/campaign}. */
    V1,
    /** {@code /campaign/api/v2/public/{streamId}/campaign}. */
    V2
}

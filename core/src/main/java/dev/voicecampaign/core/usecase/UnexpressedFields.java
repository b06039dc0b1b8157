package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.DncListRef;
import dev.voicecampaign.core.campaign.MachineDetection;
import dev.voicecampaign.core.draft.Dialect;
import java.util.Optional;

/**
 * What an update body cannot say stays as stored. The v1 dialect has no {@code dncLists} and only a
 * boolean {@code enableMachineDetect}, so a v1 update keeps the stored DNC list, and {@code true} keeps a
 * stored {@code disconnect} (both mean "detection on"). Without this a v1 update would silently drop
 * what a v2 create stored. v2 can express every field, so a v2 update replaces the whole campaign.
 */
final class UnexpressedFields {
    private UnexpressedFields() {
    }

    /** The campaign an update in {@code dialect} asks for: {@code sent}, with what the dialect cannot say taken from {@code stored}. */
    static Campaign keep(Dialect dialect, Campaign stored, Campaign sent) {
        return switch (dialect) {
            case V2 -> sent;
            case V1 -> keepDisconnect(stored, withDncList(sent, stored.dncList()));
        };
    }

    /** v1's {@code true} says "detection on"; a stored {@code DISCONNECT} says that too, and how. */
    private static Campaign keepDisconnect(Campaign stored, Campaign sent) {
        if (stored instanceof AgentlessCampaign before && before.machineDetection() == MachineDetection.DISCONNECT
                && sent instanceof AgentlessCampaign a && a.machineDetection() == MachineDetection.DETECT) {
            return a.withMachineDetection(MachineDetection.DISCONNECT);
        }
        return sent;
    }

    private static Campaign withDncList(Campaign c, Optional<DncListRef> dnc) {
        return c.withCommon(c.common().withDncList(dnc));
    }
}

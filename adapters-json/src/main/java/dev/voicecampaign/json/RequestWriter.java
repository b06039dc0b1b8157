package dev.voicecampaign.json;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.DialingStrategy;
import dev.voicecampaign.core.campaign.PreviewCampaign;
import dev.voicecampaign.core.campaign.ProgressiveCampaign;
import dev.voicecampaign.core.draft.Dialect;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A campaign as a create or update request body of the given dialect: what a client sends to a
 * remote API of this shape. v1 has no DNC list and carries machine detection as a boolean, so a v1
 * body loses the DNC list and turns {@code disconnect} into {@code true}.
 */
public final class RequestWriter {
    private RequestWriter() {
    }

    public static ObjectNode body(Campaign c, Dialect dialect) {
        ObjectNode o = ResponseWriter.NODES.objectNode();
        o.put("name", c.name().value());
        o.put("description", c.description().value());
        ArrayNode lists = o.putArray("contactLists");
        c.contactLists().names().forEach(lists::add);
        if (dialect == Dialect.V2) c.dncList().ifPresent(d -> o.putObject("dncLists").put("name", d.name()));
        o.put("priority", c.priority().wireValue());
        o.put("dialingMode", c.mode().wireName());
        o.set("dialingStrategy", strategy(c.dialingStrategy()));
        o.putObject("schedule").put("isSchedulingEnabled", false);
        switch (c) {
            case AgentlessCampaign a -> {
                o.put("experienceFlowName", a.experienceFlow().name());
                if (dialect == Dialect.V2) o.put("enableMachineDetect", a.machineDetection().wireValue());
                else o.put("enableMachineDetect", a.machineDetection().enabled());
            }
            case ProgressiveCampaign p -> {
                o.put(WireFields.QUEUE_NAME, p.queue().name());
                if (dialect == Dialect.V1) o.put("enableMachineDetect", false);
            }
            case PreviewCampaign p -> {
                o.put(WireFields.QUEUE_NAME, p.queue().name());
                o.put("maxSkips", p.maxSkips().value());
                if (dialect == Dialect.V1) o.put("enableMachineDetect", false);
            }
        }
        o.put("campaignType", dev.voicecampaign.rules.CampaignRuleSets.VOICE);
        o.setAll(ResponseWriter.extensions(c));
        return o;
    }

    private static ObjectNode strategy(DialingStrategy s) {
        ObjectNode o = ResponseWriter.NODES.objectNode();
        o.putObject("callerId").put("phoneNumber", s.callerId().e164());
        o.set("callingHours", ResponseWriter.callingHours(s.callingHours(), false));
        o.put("dialingOrder", s.dialingOrder().name());
        o.put("maxAttemptsPerRecord", s.maxAttemptsPerRecord().value());
        o.put("defaultRetryPeriod", s.defaultRetryPeriod().minutes());
        o.put("maxRingTime", s.maxRingTime().seconds());
        return o;
    }
}

package dev.voicecampaign.http.server;

import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.usecase.CampaignOutcome;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.usecase.PrepareCampaign;
import dev.voicecampaign.core.usecase.ReadCampaigns;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.ServerConfig;
import java.util.Set;

/**
 * Finishes preparations that a stop interrupted. The server prepares each new campaign in the
 * background right after answering its create; a process that dies in between leaves the campaign
 * {@code Preparing} in durable storage, so every start prepares what is still {@code Preparing}.
 * Safe with several instances: a preparation another instance finished first is a version conflict.
 */
public final class PreparationRecovery {
    private PreparationRecovery() {
    }

    /** Prepares every campaign of the configured apps that is still {@code Preparing}; answers how many it moved on. */
    public static int finish(ServerConfig config, ReadCampaigns campaigns, PrepareCampaign preparation) {
        int finished = 0;
        CampaignQuery preparing = CampaignQuery.all().withStatuses(Set.of(CampaignStatus.PREPARING));
        for (AppConfig app : config.apps()) {
            for (StoredCampaign interrupted : campaigns.listAll(app.streamId(), preparing)) {
                if (preparation.prepare(app.streamId(), interrupted.id()) instanceof CampaignOutcome.Done) finished++;
            }
        }
        return finished;
    }
}

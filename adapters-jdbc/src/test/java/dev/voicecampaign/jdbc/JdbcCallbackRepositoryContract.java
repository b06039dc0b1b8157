package dev.voicecampaign.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.port.CallbackRepository;
import dev.voicecampaign.core.port.CallbackRepositoryContract;
import dev.voicecampaign.core.port.SaveOutcome;
import dev.voicecampaign.core.support.Campaigns;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The core's callback contract on a database, plus what only a database does: callbacks go with their campaign. */
abstract class JdbcCallbackRepositoryContract extends CallbackRepositoryContract {
    private CampaignDatabase database;

    /** A target holding nothing yet. */
    protected abstract DatabaseTarget emptyTarget();

    @Override
    protected final CallbackRepository emptyRepository() {
        database = CampaignDatabase.open(emptyTarget());
        return database.callbacks();
    }

    @Override
    protected void campaignExists(StreamId stream, CampaignId campaign) {
        database.repository().insert(Campaigns.stored(stream, campaign.value(), campaign.value()));
    }

    @Test
    void aDeletedCampaignTakesItsCallbacks() {
        CallbackRepository callbacks = database.callbacks();
        callbacks.insert(callback(A, SPRING, "cb-1", 0));
        callbacks.insert(callback(A, AUTUMN, "cb-2", 0));
        StoredCampaign spring = database.repository().find(A, SPRING).orElseThrow();
        assertThat(database.repository().delete(A, SPRING, spring.version())).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(callbacks.due(A, SPRING, Instant.MIN, Instant.MAX, 0, 10).items()).isEmpty();
        assertThat(callbacks.due(A, AUTUMN, Instant.MIN, Instant.MAX, 0, 10).items()).hasSize(1);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) database.close();
    }
}

package dev.voicecampaign.http.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.http.durability.ApiClient.Answer;
import dev.voicecampaign.jdbc.CampaignDatabase;
import dev.voicecampaign.jdbc.DatabaseTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * After a server stopped (killed or shut down) under load: restarts it on the same data and checks
 * that every acknowledged campaign is there with acknowledged content, then reads every stored row
 * back whole and checks each was written by the test with content it may have.
 */
final class RestartCheck {
    /** How many acknowledged campaigns the restarted server served, of how many, and how many rows are stored. */
    record Found(int served, int acknowledged, int stored) {
    }

    private RestartCheck() {
    }

    static Found verify(Path work, Path data, Duration startTimeout, Collection<AcknowledgedWrite> writes) throws Exception {
        List<AcknowledgedWrite> created = writes.stream().filter(w -> w.id != null).toList();
        int served = 0;
        try (ChildServer again = ChildServer.start(work, startTimeout, "--data", data.toString())) {
            ApiClient client = new ApiClient(again.port(), ServerInstance.APP, Instant::now);
            for (AcknowledgedWrite w : created) {
                Answer got = client.get(w.id);
                assertThat(got.status()).as("acknowledged campaign %s after restart", w.name).isEqualTo(200);
                assertThat(got.data().get("name").stringValue()).isEqualTo(w.name);
                assertThat(got.data().get("description").stringValue()).as("content of %s", w.name).isIn(w.allowedDescriptions());
                assertThat(got.data().get("status").stringValue()).as("preparation finished, after the restart at the latest")
                        .isEqualTo("Ready");
                served++;
            }
            again.stop();
        }

        List<StoredCampaign> stored;
        try (CampaignDatabase database = CampaignDatabase.open(new DatabaseTarget.FileDatabase(data))) {
            stored = database.repository().findAll(ServerInstance.APP.streamId()); // every row reads back whole, or this throws
        }
        Map<String, AcknowledgedWrite> byName = new HashMap<>();
        writes.forEach(w -> byName.put(w.name, w));
        for (StoredCampaign c : stored) {
            AcknowledgedWrite w = byName.get(c.campaign().name().value());
            assertThat(w).as("stored campaign %s was written by this test", c.campaign().name()).isNotNull();
            assertThat(w.id == null && w.unanswered == null).as("%s: its create was refused, yet it is stored", w.name).isFalse();
            if (w.id != null) assertThat(c.id().value()).isEqualTo(w.id);
            assertThat(c.campaign().description().value()).as("content of %s", w.name).isIn(w.allowedDescriptions());
            assertThat(c.status()).isEqualTo(CampaignStatus.READY);
        }
        return new Found(served, created.size(), stored.size());
    }
}

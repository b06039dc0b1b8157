package dev.voicecampaign.http.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.inmemory.MutableClock;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.http.durability.ApiClient.Answer;
import dev.voicecampaign.jdbc.DatabaseTarget;
import dev.voicecampaign.jdbc.TestPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Restart: campaigns in every lifecycle state reached through the API, with nanosecond timestamps,
 * instance ids and a schedule, read back unchanged by a new server instance on the same storage,
 * which then carries on from there (the schedule fires, a paused campaign resumes).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RestartTest {
    @TempDir
    Path data;

    private DatabaseTarget target(String storage) {
        return storage.equals("file") ? new DatabaseTarget.FileDatabase(data) : TestPostgres.shared().newDatabase();
    }

    @ParameterizedTest(name = "{0} database")
    @ValueSource(strings = {"file", "postgresql"})
    void lifecycleStatesTimestampsInstancesAndSchedulesSurviveARestart(String storage) throws IOException {
        DatabaseTarget target = target(storage);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00.123456789Z"));
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, StoredCampaign> before = new LinkedHashMap<>();
        Map<String, JsonNode> answeredBefore = new LinkedHashMap<>();
        try (ServerInstance server = new ServerInstance(target, clock)) {
            ApiClient api = server.client;
            for (String name : List.of("Ready one", "Scheduled one", "Active one", "Paused one", "Stopped one", "Rerun one")) {
                Answer created = api.create(name, "restart " + name);
                assertThat(created.status()).isEqualTo(200);
                ids.put(name, created.data().get("id").stringValue());
                clock.advance(Duration.ofNanos(1_000_001));
            }
            // the clock reads 14:30 in Kolkata, the sample's zone: this schedule starts in half an hour
            assertThat(api.schedule("Scheduled one", "{\"startDateTime\": \"2026-11-23 15:00:00\", \"endDateTime\": \"2026-11-30 15:00:00\","
                    + " \"recurrenceObject\": {\"recurType\": \"Weekly\", \"weeklyDetails\": {\"onceEveryNweeks\": 2,"
                    + " \"whichDays\": [\"Mon\", \"Thu\"]}}}").status()).isEqualTo(200);
            for (String step : List.of("Active one:play", "Paused one:play", "Paused one:pause", "Stopped one:play", "Stopped one:stop",
                    "Rerun one:play", "Rerun one:stop", "Rerun one:play")) {
                String[] parts = step.split(":");
                clock.advance(Duration.ofNanos(333_333_333));
                assertThat(api.trigger(ids.get(parts[0]), parts[1]).status()).as(step).isEqualTo(200);
            }
            for (Map.Entry<String, String> e : ids.entrySet()) {
                before.put(e.getKey(), server.state.service().get(ServerInstance.APP.streamId(), new CampaignId(e.getValue())).orElseThrow());
                answeredBefore.put(e.getKey(), api.get(e.getValue()).data());
            }
        }
        assertThat(before.values()).extracting(StoredCampaign::status).containsExactly(CampaignStatus.READY, CampaignStatus.SCHEDULED,
                CampaignStatus.ACTIVE, CampaignStatus.PAUSED, CampaignStatus.STOPPED, CampaignStatus.ACTIVE);
        assertThat(before.get("Active one").updatedAt().getNano() % 1000).as("sub-microsecond part to preserve").isNotZero();

        clock.advance(Duration.ofMinutes(31));
        try (ServerInstance restarted = new ServerInstance(target, clock)) {
            for (Map.Entry<String, String> e : ids.entrySet()) {
                StoredCampaign after = restarted.state.service().get(ServerInstance.APP.streamId(), new CampaignId(e.getValue())).orElseThrow();
                assertThat(after).as("%s, field by field, timestamps to the nanosecond", e.getKey()).isEqualTo(before.get(e.getKey()));
                assertThat(restarted.client.get(e.getValue()).data()).as("%s as the API shows it", e.getKey())
                        .isEqualTo(answeredBefore.get(e.getKey()));
            }
            assertThat(restarted.scheduler.tick()).as("the stored schedule is due and fires after the restart").isEqualTo(1);
            assertThat(restarted.client.get(ids.get("Scheduled one")).data().get("status").stringValue()).isEqualTo("Active");
            assertThat(restarted.client.trigger(ids.get("Paused one"), "resume").json().get("status").stringValue()).isEqualTo("Active");
            assertThat(restarted.client.trigger(ids.get("Rerun one"), "stop").json().get("campaignInstanceId").stringValue())
                    .as("the rerun's instance id survived").isEqualTo(before.get("Rerun one").instanceId().orElseThrow().value());
        }
    }
}

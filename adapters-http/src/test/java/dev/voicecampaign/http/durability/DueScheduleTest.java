package dev.voicecampaign.http.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.CommonSettings;
import dev.voicecampaign.core.campaign.ContactLists;
import dev.voicecampaign.core.campaign.Description;
import dev.voicecampaign.core.campaign.DncListRef;
import dev.voicecampaign.core.campaign.ExperienceFlowRef;
import dev.voicecampaign.core.campaign.MachineDetection;
import dev.voicecampaign.core.campaign.Priority;
import dev.voicecampaign.core.campaign.ResolvedReferences;
import dev.voicecampaign.core.campaign.Schedule;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.inmemory.MutableClock;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.support.Campaigns;
import dev.voicecampaign.jdbc.DatabaseTarget;
import dev.voicecampaign.jdbc.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The schedule ticker reads what is due across every app with one indexed query a page: thousands of due campaigns
 * start in one tick, and when two servers on one PostgreSQL tick at the same moment each campaign starts
 * exactly once (the other server's write is refused as stale).
 */
class DueScheduleTest {
    static final int DUE = 2_000;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T14:30:00Z"));   // 09:30 in New York

    /** An Agentless campaign naming what the demo app knows, so that it plays. */
    static Campaign campaign(String name) {
        return new AgentlessCampaign(new CommonSettings(new CampaignName(name), new Description("due"), ContactLists.of("CL Only 2020 Dec 4"),
                Optional.of(new DncListRef("DNC CL Dec 4")), new Priority(3), Campaigns.strategy(), List.of(), List.of()),
                new ExperienceFlowRef("Voice Survey Entry Flow"), MachineDetection.DETECT);
    }

    /** A Scheduled campaign of {@code stream} whose one run (New York time) started at 9:00 today and ends tomorrow. */
    static StoredCampaign dueCampaign(StreamId stream, int n) {
        StoredCampaign plain = Campaigns.stored(stream, "cd-due-" + n, "Due " + n);
        LocalDateTime nine = LocalDateTime.of(2026, 11, 25, 9, 0);
        return new StoredCampaign(plain.id(), stream, campaign("Due " + n), CampaignStatus.SCHEDULED,
                new ResolvedReferences(List.of(new dev.voicecampaign.core.campaign.ResourceId("cl-a")), Optional.empty(), Optional.empty(),
                        Optional.empty()), Optional.of(new Schedule(nine, nine.plusDays(1), Optional.empty())), Optional.empty(), Optional.empty(),
                plain.createdAt(), plain.updatedAt(), 0);
    }

    @Test
    void twoServersTickingAtOnceStartThousandsOfDueCampaignsExactlyOnce() throws Exception {
        DatabaseTarget target = TestPostgres.shared().newDatabase();
        try (ServerInstance one = new ServerInstance(target, clock); ServerInstance two = new ServerInstance(target, clock);
             ExecutorService tickers = Executors.newFixedThreadPool(2)) {
            StreamId demo = ServerInstance.APP.streamId();
            for (int n = 0; n < DUE; n++) {
                assertThat(one.database.repository().insert(dueCampaign(demo, n)))
                        .isInstanceOf(dev.voicecampaign.core.port.SaveOutcome.Saved.class);
            }
            one.database.repository().insert(notDueYet(demo));

            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Integer>> ticks = new ArrayList<>();
            for (ServerInstance server : List.of(one, two)) {
                ticks.add(tickers.submit(() -> {
                    together.await();
                    return server.scheduler.tick();
                }));
            }
            int started = 0;
            List<Integer> perServer = new ArrayList<>();
            for (Future<Integer> tick : ticks) {
                perServer.add(tick.get());
                started += perServer.getLast();
            }
            assertThat(started).as("each due campaign started by exactly one of the two servers").isEqualTo(DUE);

            List<StoredCampaign> stored = new ArrayList<>();
            stored.addAll(one.database.repository().findAll(demo));
            assertThat(stored.stream().filter(c -> c.status() == CampaignStatus.ACTIVE)).hasSize(DUE)
                    .allSatisfy(c -> {
                        assertThat(c.version()).as("one write per campaign: started once").isEqualTo(1);
                        assertThat(c.instanceId()).isPresent();
                        assertThat(c.runEnds()).contains(Instant.parse("2026-11-26T14:00:00Z"));
                    });
            assertThat(one.state.service().list(demo, CampaignQuery.all().withStatuses(java.util.Set.of(CampaignStatus.SCHEDULED))).total())
                    .as("the campaign not due yet waits").isEqualTo(1);
            assertThat(one.scheduler.tick() + two.scheduler.tick()).as("nothing is due twice").isZero();
            System.out.printf("DueScheduleTest: %d due campaigns started in one tick of 2 servers at once (%d and %d), each once%n",
                    DUE, perServer.get(0), perServer.get(1));

            clock.advance(Duration.ofDays(1));
            assertThat(one.scheduler.tick()).as("every run ends at its end, and the one that waited starts").isEqualTo(DUE + 1);
        }
    }

    private static StoredCampaign notDueYet(StreamId stream) {
        StoredCampaign due = dueCampaign(stream, DUE);
        LocalDateTime tomorrow = LocalDateTime.of(2026, 11, 26, 9, 0);
        return new StoredCampaign(new CampaignId("cd-later"), stream, campaign("Later"), CampaignStatus.SCHEDULED, due.references(),
                Optional.of(new Schedule(tomorrow, tomorrow.plusHours(8), Optional.empty())), Optional.empty(), Optional.empty(),
                due.createdAt(), due.updatedAt(), 0);
    }
}

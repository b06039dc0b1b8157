package dev.voicecampaign.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.Schedule;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.draft.ScheduleRequestDraft;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.lifecycle.EditableField;
import dev.voicecampaign.core.lifecycle.IllegalTransition;
import dev.voicecampaign.core.lifecycle.LifecycleEvent;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.port.Page;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignServiceTest {
    private final ServiceFixture f = new ServiceFixture();

    static CampaignDraft draft(String name) {
        return CampaignDraft.empty(Dialect.V2).withName(name);
    }

    private StoredCampaign created(String name) {
        return ((CampaignOutcome.Done) f.service.create(f.stream, draft(name))).campaign();
    }

    private StoredCampaign ready(String name) {
        StoredCampaign c = created(name);
        return ((CampaignOutcome.Done) f.service.prepare(f.stream, c.id())).campaign();
    }

    @Test
    void createStartsOnePreparationThatMakesTheCampaignReady() {
        StoredCampaign c = created("A");
        assertThat(f.pendingPreparations).hasSize(1);
        f.pendingPreparations.get(0).run();
        assertThat(f.service.get(f.stream, c.id()).orElseThrow().status()).isEqualTo(CampaignStatus.READY);
    }

    @Test
    void boundaryErrorsRefuseTheRequestWithTheRulesViolationsAndStoreNothing() {
        Violation wrongType = Violation.error(Path.of("priority"), "request.field.wrongType", Map.of("expected", "string"), "must be a JSON string");
        CampaignOutcome outcome = f.service.create(f.stream, CampaignDraft.empty(Dialect.V2), io.vavr.collection.List.of(wrongType));
        assertThat(outcome).isInstanceOf(CampaignOutcome.Invalid.class);
        assertThat(((CampaignOutcome.Invalid) outcome).violations()).containsExactly(wrongType, FixedValidator.NAME_REQUIRED);
        assertThat(f.service.list(f.stream, CampaignQuery.all()).total()).isZero();
        assertThat(f.pendingPreparations).isEmpty();
    }

    @Test
    void aCheckReportsWhatACreateWouldAndStoresNothing() {
        Violation unknown = Violation.warning(Path.of("colour"), "request.field.unknown", Map.of(), "is ignored");
        assertThat(f.service.check(f.stream, draft("A"), io.vavr.collection.List.of(unknown))).containsExactly(unknown);
        assertThat(f.service.check(f.stream, CampaignDraft.empty(Dialect.V2), io.vavr.collection.List.empty()))
                .containsExactly(FixedValidator.NAME_REQUIRED);
        assertThat(f.service.list(f.stream, CampaignQuery.all()).total()).isZero();
    }

    @Test
    void aScheduleRequestIsCheckedThenSet() {
        StoredCampaign c = ready("A");
        CampaignOutcome refused = f.service.schedule(f.stream, c.id(), new ScheduleRequestDraft(null, null, null), io.vavr.collection.List.empty());
        assertThat(refused).isInstanceOf(CampaignOutcome.Invalid.class);
        assertThat(f.service.get(f.stream, c.id()).orElseThrow().status()).isEqualTo(CampaignStatus.READY);
        CampaignOutcome set = f.service.schedule(f.stream, c.id(), new ScheduleRequestDraft("2026-12-01T09:00", null, null),
                io.vavr.collection.List.empty());
        assertThat(((CampaignOutcome.Done) set).campaign().status()).isEqualTo(CampaignStatus.SCHEDULED);
    }

    @Test
    void aDueCampaignStartsHoweverManyLaterOnesWait() {
        LocalDateTime past = LocalDateTime.ofInstant(f.clock.instant(), java.time.ZoneOffset.UTC).minusDays(1);
        StoredCampaign due = ready("due");
        f.service.schedule(f.stream, due.id(), new Schedule(past, past.plusDays(30), Optional.empty()));
        for (int i = 0; i < 2 * CampaignQuery.LIMIT.max(); i++) {
            StoredCampaign later = ready("later " + i);
            f.service.schedule(f.stream, later.id(), new Schedule(past.plusDays(10), past.plusDays(30), Optional.empty()));
        }
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isEqualTo(1);
        assertThat(f.service.get(f.stream, due.id()).orElseThrow().status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).as("nothing more is due").isZero();
    }

    private LocalDateTime localNow(StoredCampaign c) {
        return LocalDateTime.ofInstant(f.clock.instant(), c.campaign().dialingStrategy().callingHours().zone());
    }

    /** A Ready campaign with the schedule {@code schedule} makes from the campaigns' local now. */
    private StoredCampaign scheduled(String name, java.util.function.Function<LocalDateTime, Schedule> schedule) {
        StoredCampaign c = ready(name);
        f.service.schedule(f.stream, c.id(), schedule.apply(localNow(c)));
        return c;
    }

    private CampaignStatus status(StoredCampaign c) {
        return f.service.get(f.stream, c.id()).orElseThrow().status();
    }

    @Test
    void aScheduledRunEndsWithItsRunAndARecurringScheduleStartsTheNextUnderANewInstance() {
        StoredCampaign once = scheduled("once", now -> new Schedule(now.plusSeconds(20), now.plusSeconds(50), Optional.empty()));
        StoredCampaign daily = scheduled("daily", now -> new Schedule(now.plusSeconds(20), now.plusDays(1).plusSeconds(50),
                Optional.of(new Schedule.Recurrence.Daily(1))));
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isZero();

        f.clock.advance(Duration.ofSeconds(21));
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isEqualTo(2);
        var firstRun = f.service.get(f.stream, daily.id()).orElseThrow().instanceId();
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).as("within the run").isZero();

        f.clock.advance(Duration.ofSeconds(30));
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isEqualTo(2);
        assertThat(status(once)).as("its only run is over").isEqualTo(CampaignStatus.STOPPED);
        assertThat(status(daily)).as("tomorrow's run waits").isEqualTo(CampaignStatus.RESCHEDULED);
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isZero();

        f.clock.advance(Duration.ofDays(1).minusSeconds(30));
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isEqualTo(1);
        assertThat(status(daily)).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(f.service.get(f.stream, daily.id()).orElseThrow().instanceId()).isPresent().isNotEqualTo(firstRun);
        f.clock.advance(Duration.ofSeconds(30));
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isEqualTo(1);
        assertThat(status(daily)).as("the last run is over").isEqualTo(CampaignStatus.STOPPED);
    }

    @Test
    void aRunPlayedByHandIsNeverEndedByTheScheduleEvenWhenPausedInsideARun() {
        StoredCampaign c = scheduled("by hand", now -> new Schedule(now.plusHours(1), now.plusHours(2), Optional.of(new Schedule.Recurrence.Daily(1))));
        f.service.fire(f.stream, c.id(), LifecycleEvent.PLAY);
        f.clock.advance(Duration.ofMinutes(90));
        f.service.fire(f.stream, c.id(), LifecycleEvent.PAUSE);
        f.clock.advance(Duration.ofHours(3));
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isZero();
        assertThat(status(c)).isEqualTo(CampaignStatus.PAUSED);
    }

    @Test
    void aScheduledRunEndsEvenWhenTheCampaignChangedSinceTheTickReadIt() {
        StoredCampaign c = scheduled("edited", now -> new Schedule(now.minusMinutes(1), now.plusMinutes(10), Optional.empty()));
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isEqualTo(1);
        f.service.fire(f.stream, c.id(), LifecycleEvent.PAUSE);
        f.clock.advance(Duration.ofMinutes(30));
        // edited while paused after the run's end, before a tick: the run still ends at the next one
        assertThat(f.service.update(f.stream, c.id(), draft("edited, renamed"))).isInstanceOf(CampaignOutcome.Done.class);
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isEqualTo(1);
        assertThat(status(c)).isEqualTo(CampaignStatus.STOPPED);
    }

    @Test
    void theHourAClockChangeRepeatsDoesNotPlayARunTwice() {
        // New York falls back on 2026-11-01 at 2:00 to 1:00; a daily run 0:30-1:30 ends at the first 1:30 (05:30Z).
        f.clock.set(java.time.Instant.parse("2026-11-01T04:00:00Z"));
        StoredCampaign c = ready("fall back");
        LocalDateTime midnight = LocalDateTime.of(2026, 11, 1, 0, 30);
        f.service.schedule(f.stream, c.id(), new Schedule(midnight, midnight.plusDays(3).plusHours(1), Optional.of(new Schedule.Recurrence.Daily(1))));
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).as("00:00, before the run").isZero();
        f.clock.set(java.time.Instant.parse("2026-11-01T04:31:00Z"));
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isEqualTo(1);
        f.clock.set(java.time.Instant.parse("2026-11-01T05:30:00Z"));
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isEqualTo(1);
        assertThat(status(c)).isEqualTo(CampaignStatus.RESCHEDULED);
        for (String at : List.of("2026-11-01T06:05:00Z", "2026-11-01T06:29:59Z")) {
            f.clock.set(java.time.Instant.parse(at));
            assertThat(f.service.runDue(java.util.Set.of(f.stream))).as("local %s is inside the run again, but it ran", at).isZero();
        }
        f.clock.set(java.time.Instant.parse("2026-11-02T05:30:00Z"));
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).as("the next day's run").isEqualTo(1);
    }

    @Test
    void aScheduledCampaignThatFailedAtPlayWaitsForItsScheduleOnceItsNamesResolve() {
        StoredCampaign c = scheduled("fails", now -> new Schedule(now.minusMinutes(1), now.plusDays(3).plusHours(1),
                Optional.of(new Schedule.Recurrence.Daily(1))));
        f.flows.remove(f.stream, "flow-a");
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isZero();
        assertThat(status(c)).isEqualTo(CampaignStatus.FAILED);
        f.flows.put(f.stream, "flow-a", new ResourceId("cf-a"));
        assertThat(f.service.update(f.stream, c.id(), draft("fails").withDescription("lists back"))).isInstanceOf(CampaignOutcome.Done.class);
        assertThat(status(c)).isEqualTo(CampaignStatus.SCHEDULED);
    }

    @Test
    void aRunStartedByHandOutsideItsScheduleGoesOnUntilStoppedAndAPausedScheduledRunEndsWithItsRun() {
        StoredCampaign byHand = scheduled("by hand", now -> new Schedule(now.plusHours(1), now.plusHours(2), Optional.empty()));
        StoredCampaign paused = scheduled("paused", now -> new Schedule(now.minusMinutes(1), now.plusMinutes(10), Optional.empty()));
        assertThat(f.service.fire(f.stream, byHand.id(), LifecycleEvent.PLAY)).isInstanceOf(CampaignOutcome.Done.class);
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isEqualTo(1);
        f.service.fire(f.stream, paused.id(), LifecycleEvent.PAUSE);

        f.clock.advance(Duration.ofHours(3));
        assertThat(f.service.runDue(java.util.Set.of(f.stream))).isEqualTo(1);
        assertThat(status(byHand)).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(status(paused)).isEqualTo(CampaignStatus.STOPPED);
    }

    @Test
    void createStoresAPreparingCampaignWithResolvedIds() {
        StoredCampaign c = created("Reminders");
        assertThat(c.id()).isEqualTo(new CampaignId("cd-1"));
        assertThat(c.status()).isEqualTo(CampaignStatus.PREPARING);
        assertThat(c.references().contactLists()).containsExactly(new ResourceId("cl-a"));
        assertThat(c.references().dncList()).contains(new ResourceId("cl-dnc"));
        assertThat(c.references().experienceFlow()).contains(new ResourceId("cf-a"));
        assertThat(c.createdAt()).isEqualTo(f.clock.instant());
        assertThat(f.repository.findAll(f.stream)).containsExactly(c);
    }

    @Test
    void warningsRideAlongWithASuccess() {
        CampaignOutcome outcome = f.service.create(f.stream, draft("W").withMaxSkips(3L));
        assertThat(((CampaignOutcome.Done) outcome).warnings()).containsExactly(FixedValidator.A_WARNING);
    }

    @Test
    void anInvalidDraftStoresNothing() {
        assertThat(f.service.create(f.stream, draft(null)))
                .isEqualTo(new CampaignOutcome.Invalid(io.vavr.collection.List.of(FixedValidator.NAME_REQUIRED)));
        assertThat(f.repository.findAll(f.stream)).isEmpty();
    }

    @Test
    void aSecondCampaignWithTheSameNameInAnyCaseIsRefused() {
        created("Reminders");
        assertThat(f.service.create(f.stream, draft("REMINDERS"))).isEqualTo(new CampaignOutcome.NameTaken("reminders"));
        assertThat(f.repository.findAll(f.stream)).hasSize(1);
    }

    @Test
    void preparationEndsReadyOrFailed() {
        assertThat(ready("A").status()).isEqualTo(CampaignStatus.READY);
        StoredCampaign b = created("B");
        f.flows.remove(f.stream, "flow-a");
        StoredCampaign failed = ((CampaignOutcome.Done) f.service.prepare(f.stream, b.id())).campaign();
        assertThat(failed.status()).isEqualTo(CampaignStatus.FAILED);
        assertThat(failed.references().experienceFlow()).isEmpty();
    }

    @Test
    void aCampaignWhoseReferencesDisappearedFailsAtPlayAndAnUpdateMakesItReadyAgain() {
        StoredCampaign c = ready("A");
        f.flows.remove(f.stream, "flow-a");
        CampaignOutcome play = f.service.fire(f.stream, c.id(), LifecycleEvent.PLAY);
        assertThat(play).isInstanceOf(CampaignOutcome.Unresolvable.class);
        StoredCampaign failed = ((CampaignOutcome.Unresolvable) play).campaign();
        assertThat(failed.status()).isEqualTo(CampaignStatus.FAILED);
        assertThat(failed.instanceId()).as("no run started").isEqualTo(c.instanceId());
        assertThat(f.repository.find(f.stream, c.id())).contains(failed);
        assertThat(f.service.fire(f.stream, c.id(), LifecycleEvent.PLAY)).isInstanceOf(CampaignOutcome.Refused.class);

        f.flows.put(f.stream, "flow-a", new ResourceId("cf-a"));
        StoredCampaign corrected = ((CampaignOutcome.Done) f.service.update(f.stream, c.id(), draft("A").withDescription("lists back"))).campaign();
        assertThat(corrected.status()).isEqualTo(CampaignStatus.READY);
        assertThat(corrected.references().experienceFlow()).contains(new ResourceId("cf-a"));
        assertThat(((CampaignOutcome.Done) f.service.fire(f.stream, c.id(), LifecycleEvent.PLAY)).campaign().status()).isEqualTo(CampaignStatus.ACTIVE);
    }

    @Test
    void playStartsAnInstanceAndARerunStartsAnother() {
        StoredCampaign c = ready("A");
        StoredCampaign active = ((CampaignOutcome.Done) f.service.fire(f.stream, c.id(), LifecycleEvent.PLAY)).campaign();
        assertThat(active.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(active.instanceId().map(Object::toString)).contains("ci-1");
        f.service.fire(f.stream, c.id(), LifecycleEvent.PAUSE);
        StoredCampaign resumed = ((CampaignOutcome.Done) f.service.fire(f.stream, c.id(), LifecycleEvent.RESUME)).campaign();
        assertThat(resumed.instanceId().map(Object::toString)).as("resume continues the run").contains("ci-1");
        f.service.fire(f.stream, c.id(), LifecycleEvent.STOP);
        StoredCampaign rerun = ((CampaignOutcome.Done) f.service.fire(f.stream, c.id(), LifecycleEvent.PLAY)).campaign();
        assertThat(rerun.instanceId().map(Object::toString)).contains("ci-2");
    }

    @Test
    void anIllegalEventIsRefusedAndChangesNothing() {
        StoredCampaign c = created("A");
        assertThat(f.service.fire(f.stream, c.id(), LifecycleEvent.PLAY))
                .isEqualTo(new CampaignOutcome.Refused(new IllegalTransition(CampaignStatus.PREPARING, LifecycleEvent.PLAY)));
        assertThat(f.repository.find(f.stream, c.id())).contains(c);
    }

    @Test
    void updateReplacesTheConfigurationAndKeepsIdentity() {
        StoredCampaign c = ready("A");
        f.clock.advance(Duration.ofMinutes(5));
        StoredCampaign updated = ((CampaignOutcome.Done) f.service.update(f.stream, c.id(), draft("A2"))).campaign();
        assertThat(updated.id()).isEqualTo(c.id());
        assertThat(updated.campaign().name().value()).isEqualTo("A2");
        assertThat(updated.createdAt()).isEqualTo(c.createdAt());
        assertThat(updated.updatedAt()).isEqualTo(c.createdAt().plus(Duration.ofMinutes(5)));
        assertThat(updated.version()).isEqualTo(c.version() + 1);
    }

    @Test
    void aWriteExpectingAnOlderVersionIsStaleAndChangesNothing() {
        StoredCampaign c = ready("A");
        StoredCampaign moved = ((CampaignOutcome.Done) f.service.update(f.stream, c.id(), draft("A").withDescription("first"))).campaign();
        OptionalLong read = OptionalLong.of(c.version());
        CampaignOutcome.Stale stale = new CampaignOutcome.Stale(c.version(), moved.version());

        assertThat(f.service.update(f.stream, c.id(), draft("A").withDescription("second"), List.empty(), read)).isEqualTo(stale);
        assertThat(f.service.fire(f.stream, c.id(), LifecycleEvent.PLAY, read)).isEqualTo(stale);
        assertThat(f.service.delete(f.stream, c.id(), read)).isEqualTo(stale);
        assertThat(f.repository.find(f.stream, c.id())).contains(moved);
        assertThat(f.service.update(f.stream, c.id(), draft("A").withDescription("second"), List.empty(), OptionalLong.of(moved.version())))
                .isInstanceOf(CampaignOutcome.Done.class);
    }

    @Test
    void anActiveCampaignCannotBeEdited() {
        StoredCampaign c = ready("A");
        StoredCampaign active = ((CampaignOutcome.Done) f.service.fire(f.stream, c.id(), LifecycleEvent.PLAY)).campaign();
        CampaignOutcome outcome = f.service.update(f.stream, c.id(), draft("A").withDescription("new"));
        assertThat(outcome).isEqualTo(new CampaignOutcome.NotEditable(CampaignStatus.ACTIVE, Set.of(EditableField.DESCRIPTION)));
        assertThat(f.repository.find(f.stream, c.id())).contains(active);
    }

    @Test
    void aPausedCampaignTakesANewDescriptionButNotANewMode() {
        StoredCampaign c = ready("A");
        f.service.fire(f.stream, c.id(), LifecycleEvent.PLAY);
        f.service.fire(f.stream, c.id(), LifecycleEvent.PAUSE);
        assertThat(f.service.update(f.stream, c.id(), draft("A").withDescription("new"))).isInstanceOf(CampaignOutcome.Done.class);
        CampaignOutcome modeChange = f.service.update(f.stream, c.id(), draft("A").withDialingMode("Progressive"));
        assertThat(modeChange).isInstanceOf(CampaignOutcome.NotEditable.class);
        assertThat(((CampaignOutcome.NotEditable) modeChange).refused()).contains(EditableField.DIALING_MODE, EditableField.MODE_SETTINGS);
    }

    @Test
    void deleteRefusesADialingCampaign() {
        StoredCampaign c = ready("A");
        f.service.fire(f.stream, c.id(), LifecycleEvent.PLAY);
        assertThat(f.service.delete(f.stream, c.id())).isEqualTo(new CampaignOutcome.NotDeletable(CampaignStatus.ACTIVE));
        f.service.fire(f.stream, c.id(), LifecycleEvent.STOP);
        assertThat(f.service.delete(f.stream, c.id())).isInstanceOf(CampaignOutcome.Done.class);
        assertThat(f.service.get(f.stream, c.id())).isEmpty();
        assertThat(f.service.delete(f.stream, c.id())).isEqualTo(new CampaignOutcome.NotFound());
    }

    @Test
    void anotherStreamSeesNothing() {
        StoredCampaign c = ready("A");
        StreamId other = new StreamId("st-other");
        assertThat(f.service.get(other, c.id())).isEmpty();
        assertThat(f.service.fire(other, c.id(), LifecycleEvent.PLAY)).isEqualTo(new CampaignOutcome.NotFound());
        assertThat(f.service.update(other, c.id(), draft("X"))).isEqualTo(new CampaignOutcome.NotFound());
        assertThat(f.service.delete(other, c.id())).isEqualTo(new CampaignOutcome.NotFound());
    }

    @Test
    void schedulingSetsTheScheduleAndTheState() {
        StoredCampaign c = ready("A");
        Schedule s = new Schedule(LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 2, 9, 0), Optional.empty());
        StoredCampaign scheduled = ((CampaignOutcome.Done) f.service.schedule(f.stream, c.id(), s)).campaign();
        assertThat(scheduled.status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(scheduled.schedule()).contains(s);
        assertThat(((CampaignOutcome.Done) f.service.schedule(f.stream, c.id(), s)).campaign().status()).isEqualTo(CampaignStatus.RESCHEDULED);
    }

    @Test
    void listFiltersSortsAndPages() {
        for (String name : new String[] {"Charlie", "alpha", "Bravo"}) {
            created(name);
            f.clock.advance(Duration.ofSeconds(1));
        }
        f.service.create(f.stream, draft("Delta").withDialingMode("Preview"));
        Page<StoredCampaign> byName = f.service.list(f.stream, CampaignQuery.all().sortedBy(CampaignQuery.SortField.NAME, true).page(0, 2));
        assertThat(byName.items()).extracting(c -> c.campaign().name().value()).containsExactly("alpha", "Bravo");
        assertThat(byName.total()).isEqualTo(4);
        assertThat(byName.hasMore()).isTrue();
        assertThat(byName.totalPages()).isEqualTo(2);
        Page<StoredCampaign> newest = f.service.list(f.stream, CampaignQuery.all());
        assertThat(newest.items().get(0).campaign().name().value()).isEqualTo("Delta");
        assertThat(f.service.list(f.stream, CampaignQuery.all().withModes(Set.of(DialingMode.PREVIEW))).total()).isEqualTo(1);
        assertThat(f.service.list(f.stream, CampaignQuery.all().withNameContaining("RAV")).items())
                .extracting(c -> c.campaign().name().value()).containsExactly("Bravo");
        assertThat(f.service.list(f.stream, CampaignQuery.all().page(10, 5)).items()).isEmpty();
    }
}

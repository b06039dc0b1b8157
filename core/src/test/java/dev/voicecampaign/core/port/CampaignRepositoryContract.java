package dev.voicecampaign.core.port;

import static dev.voicecampaign.core.support.Campaigns.stored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.DialingMode;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.support.Campaigns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link CampaignRepository} must do. An implementation's test extends this class and
 * supplies a fresh, empty repository; core's test jar publishes it for adapters outside core.
 */
public abstract class CampaignRepositoryContract {
    protected static final StreamId A = new StreamId("st-a");
    protected static final StreamId B = new StreamId("st-b");
    private CampaignRepository repository;

    /** A new, empty repository. */
    protected abstract CampaignRepository emptyRepository();

    @BeforeEach
    void freshRepository() {
        repository = emptyRepository();
    }

    @Test
    void anInsertedCampaignIsFoundByIdAndLowerCaseName() {
        StoredCampaign c = stored(A, "cd-1", "Spring Sale");
        assertThat(repository.insert(c)).isEqualTo(new SaveOutcome.Saved(c));
        assertThat(repository.find(A, c.id())).contains(c);
        assertThat(repository.findByLname(A, "spring sale")).contains(c);
        assertThat(repository.findAll(A)).containsExactly(c);
    }

    @Test
    void namesAreUniquePerStreamIgnoringCase() {
        repository.insert(stored(A, "cd-1", "Spring Sale"));
        assertThat(repository.insert(stored(A, "cd-2", "SPRING sale"))).isEqualTo(new SaveOutcome.NameTaken("spring sale"));
        assertThat(repository.find(A, new CampaignId("cd-2"))).isEmpty();
        assertThat(repository.insert(stored(B, "cd-2", "Spring Sale"))).isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void namesDifferingOnlyInSpacesOrUnicodeNormalisationAreOneName() {
        StoredCampaign cafe = stored(A, "cd-1", "Caf\u00e9 Bar");
        repository.insert(cafe);
        for (String same : List.of("Cafe\u0301 Bar", "  CAF\u00c9 Bar ", "Caf\u00e9   Bar", "Caf\u00e9\u00a0Bar")) {
            assertThat(repository.insert(stored(A, "cd-2", same))).as(same).isEqualTo(new SaveOutcome.NameTaken("caf\u00e9 bar"));
        }
        assertThat(repository.find(A, new CampaignId("cd-2"))).isEmpty();
        assertThat(repository.findByLname(A, "caf\u00e9 bar")).contains(cafe);
        assertThat(repository.insert(stored(A, "cd-2", "CafeBar"))).isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void streamsNeverSeeEachOthersCampaigns() {
        repository.insert(stored(A, "cd-1", "Mine"));
        assertThat(repository.find(B, new CampaignId("cd-1"))).isEmpty();
        assertThat(repository.findAll(B)).isEmpty();
        assertThat(repository.findByLname(B, "mine")).isEmpty();
        StoredCampaign intruder = stored(B, "cd-1", "Mine");
        assertThat(repository.update(intruder, 0)).isEqualTo(new SaveOutcome.NotFound());
        assertThat(repository.delete(B, new CampaignId("cd-1"), 0)).isEqualTo(new SaveOutcome.NotFound());
        assertThat(repository.find(A, new CampaignId("cd-1"))).isPresent();
    }

    @Test
    void anUpdateAtTheExpectedVersionIsStoredWithTheNextVersion() {
        StoredCampaign c = stored(A, "cd-1", "One");
        repository.insert(c);
        StoredCampaign renamed = withName(c, "Two");
        SaveOutcome outcome = repository.update(renamed, 0);
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        StoredCampaign now = repository.find(A, c.id()).orElseThrow();
        assertThat(now.version()).isEqualTo(1);
        assertThat(now.campaign().name().value()).isEqualTo("Two");
        assertThat(((SaveOutcome.Saved) outcome).campaign()).isEqualTo(now);
        assertThat(repository.findByLname(A, "one")).isEmpty();
        assertThat(repository.findByLname(A, "two")).contains(now);
        assertThat(repository.insert(stored(A, "cd-2", "One"))).as("the old name is free again").isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void aStaleUpdateIsRefusedAndChangesNothing() {
        StoredCampaign c = stored(A, "cd-1", "One");
        repository.insert(c);
        repository.update(withName(c, "Two"), 0);
        assertThat(repository.update(withName(c, "Three"), 0)).isEqualTo(new SaveOutcome.VersionConflict(0, 1));
        assertThat(repository.find(A, c.id()).orElseThrow().campaign().name().value()).isEqualTo("Two");
    }

    @Test
    void anUpdateToAnotherCampaignsNameIsRefusedAndChangesNothing() {
        repository.insert(stored(A, "cd-1", "One"));
        StoredCampaign two = stored(A, "cd-2", "Two");
        repository.insert(two);
        assertThat(repository.update(withName(two, "ONE"), 0)).isEqualTo(new SaveOutcome.NameTaken("one"));
        assertThat(repository.find(A, two.id())).contains(two);
    }

    @Test
    void anUpdateMayKeepItsOwnNameInAnotherCase() {
        StoredCampaign c = stored(A, "cd-1", "One");
        repository.insert(c);
        assertThat(repository.update(withName(c, "ONE"), 0)).isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void deleteHonoursTheVersion() {
        StoredCampaign c = stored(A, "cd-1", "One");
        repository.insert(c);
        assertThat(repository.delete(A, c.id(), 7)).isEqualTo(new SaveOutcome.VersionConflict(7, 0));
        assertThat(repository.find(A, c.id())).isPresent();
        assertThat(repository.delete(A, c.id(), 0)).isEqualTo(new SaveOutcome.Saved(c));
        assertThat(repository.find(A, c.id())).isEmpty();
        assertThat(repository.delete(A, c.id(), 0)).isEqualTo(new SaveOutcome.NotFound());
        assertThat(repository.insert(stored(A, "cd-2", "One"))).as("the name is free again").isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void statusAndTimesRoundTrip() {
        StoredCampaign c = stored(A, "cd-1", "One");
        repository.insert(c);
        StoredCampaign active = new StoredCampaign(c.id(), A, c.campaign(), CampaignStatus.ACTIVE, c.references(),
                c.schedule(), java.util.Optional.of(new dev.voicecampaign.core.campaign.InstanceId("ci-1")), Optional.empty(),
                c.createdAt(), Campaigns.T0.plusSeconds(5), 0);
        repository.update(active, 0);
        StoredCampaign now = repository.find(A, c.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(now.instanceId()).isEqualTo(active.instanceId());
        assertThat(now.updatedAt()).isEqualTo(Campaigns.T0.plusSeconds(5));
    }

    @Test
    void findByStatusAnswersTheStreamsCampaignsInThoseStatusesOnly() {
        StoredCampaign one = stored(A, "cd-1", "One");
        StoredCampaign two = stored(A, "cd-2", "Two");
        repository.insert(one);
        repository.insert(two);
        repository.insert(stored(B, "cd-3", "Three"));
        StoredCampaign active = new StoredCampaign(two.id(), A, two.campaign(), CampaignStatus.ACTIVE, two.references(),
                two.schedule(), two.instanceId(), two.runEnds(), two.createdAt(), two.updatedAt(), 0);
        repository.update(active, 0);
        StoredCampaign activeNow = repository.find(A, two.id()).orElseThrow();

        assertThat(repository.findByStatus(A, java.util.Set.of(CampaignStatus.ACTIVE))).containsExactly(activeNow);
        assertThat(repository.findByStatus(A, java.util.Set.of(one.status(), CampaignStatus.ACTIVE)))
                .containsExactlyInAnyOrder(one, activeNow);
        assertThat(repository.findByStatus(A, java.util.Set.of(CampaignStatus.COMPLETED))).isEmpty();
        assertThat(repository.findByStatus(B, java.util.Set.of(CampaignStatus.ACTIVE))).isEmpty();
        assertThat(repository.findByStatus(A, java.util.Set.of())).isEmpty();
    }

    @Test
    void findByStatusFollowsEveryStatusChangeAndDelete() {
        StoredCampaign c = stored(A, "cd-1", "One");
        CampaignStatus initial = c.status();
        repository.insert(c);
        for (CampaignStatus next : new CampaignStatus[] {CampaignStatus.ACTIVE, CampaignStatus.PAUSED, initial}) {
            StoredCampaign current = repository.find(A, c.id()).orElseThrow();
            StoredCampaign moved = new StoredCampaign(c.id(), A, c.campaign(), next, c.references(), c.schedule(),
                    c.instanceId(), c.runEnds(), c.createdAt(), c.updatedAt(), current.version());
            repository.update(moved, current.version());
            StoredCampaign now = repository.find(A, c.id()).orElseThrow();
            assertThat(repository.findByStatus(A, java.util.Set.of(next))).as(next.name()).containsExactly(now);
            assertThat(repository.findByStatus(A, java.util.EnumSet.complementOf(java.util.EnumSet.of(next)))).as(next.name()).isEmpty();
        }
        repository.delete(A, c.id(), repository.find(A, c.id()).orElseThrow().version());
        assertThat(repository.findByStatus(A, java.util.EnumSet.allOf(CampaignStatus.class))).isEmpty();
    }

    /**
     * Campaigns of stream A varied in every listed field, with ties on creation time and on name-like
     * prefixes, and one of stream B that no page of A may show.
     */
    private List<StoredCampaign> listFixture() {
        List<StoredCampaign> all = new ArrayList<>();
        CampaignStatus[] statuses = {CampaignStatus.PREPARING, CampaignStatus.READY, CampaignStatus.SCHEDULED, CampaignStatus.STOPPED};
        for (int n = 0; n < 23; n++) {
            String name = List.of("alpha", "Beta", "gamma", "Alpha 2", "delta").get(n % 5) + " " + (n * 7 % 23);
            Campaign campaign = switch (n % 3) {
                case 0 -> Campaigns.agentless(name);
                case 1 -> Campaigns.progressive(name);
                default -> Campaigns.preview(name);
            };
            // creation times collide in threes, so ties are broken by id
            Instant created = Campaigns.T0.plusSeconds(n / 3).plusNanos(n % 2);
            StoredCampaign c = new StoredCampaign(new CampaignId("cd-" + (char) ('a' + n % 26) + n), A, campaign, statuses[n % 4],
                    Campaigns.stored(A, "cd-x", name).references(), Optional.empty(), Optional.empty(), Optional.empty(), created,
                    created.plusSeconds(100 - n), 0);
            assertThat(repository.insert(c)).isInstanceOf(SaveOutcome.Saved.class);
            all.add(c);
        }
        repository.insert(stored(B, "cd-b1", "alpha 1"));
        return all;
    }

    /** The order a query names, written out: the sort value, then the id, both in the query's direction. */
    private static Comparator<StoredCampaign> expectedOrder(CampaignQuery.SortField field, boolean ascending) {
        Comparator<StoredCampaign> order = switch (field) {
            case NAME -> Comparator.comparing(c -> c.campaign().name().lname());
            case CREATED_AT -> Comparator.comparing(StoredCampaign::createdAt);
            case UPDATED_AT -> Comparator.comparing(StoredCampaign::updatedAt);
        };
        order = order.thenComparing(c -> c.id().value());
        return ascending ? order : order.reversed();
    }

    static Stream<CampaignQuery> listQueries() {
        List<CampaignQuery> queries = new ArrayList<>();
        for (CampaignQuery.SortField field : CampaignQuery.SortField.values()) {
            for (boolean ascending : List.of(true, false)) {
                CampaignQuery sorted = CampaignQuery.all().sortedBy(field, ascending);
                queries.add(sorted);
                queries.add(sorted.withStatuses(Set.of(CampaignStatus.READY, CampaignStatus.STOPPED)));
                queries.add(sorted.withModes(Set.of(DialingMode.PREVIEW)).withPriorities(Set.of(5)));
                queries.add(sorted.withNameContaining("ALPHA"));
                queries.add(sorted.createdBetween(Optional.of(Campaigns.T0.plusSeconds(2)), Optional.of(Campaigns.T0.plusSeconds(5).plusNanos(1))));
            }
        }
        return queries.stream();
    }

    @ParameterizedTest
    @MethodSource("listQueries")
    void aPageIsTheMatchesInTheQuerysOrderAndWindow(CampaignQuery query) {
        List<StoredCampaign> all = listFixture();
        List<StoredCampaign> expected = all.stream()
                .filter(c -> query.statuses().isEmpty() || query.statuses().contains(c.status()))
                .filter(c -> query.modes().isEmpty() || query.modes().contains(c.campaign().mode()))
                .filter(c -> query.priorities().isEmpty() || query.priorities().contains(c.campaign().priority().value()))
                .filter(c -> query.nameContains().map(n -> c.campaign().name().value().toLowerCase(Locale.ROOT).contains(n.toLowerCase(Locale.ROOT))).orElse(true))
                .filter(c -> query.createdFrom().map(f -> !c.createdAt().isBefore(f)).orElse(true))
                .filter(c -> query.createdTo().map(t -> c.createdAt().isBefore(t)).orElse(true))
                .sorted(expectedOrder(query.sortBy(), query.ascending())).toList();
        for (int limit : List.of(1, 4, 100)) {
            for (int offset : List.of(0, 3, 22, 40)) {
                Page<StoredCampaign> page = repository.page(A, query.page(offset, limit));
                List<StoredCampaign> window = expected.subList(Math.min(offset, expected.size()), Math.min(offset + limit, expected.size()));
                assertThat(page.items()).as("offset %d, limit %d", offset, limit).isEqualTo(window);
                assertThat(page.total()).isEqualTo(expected.size());
                assertThat(page.hasMore()).isEqualTo(offset + limit < expected.size());
                assertThat(page.next().isPresent()).isEqualTo(page.hasMore());
            }
            // Walking from position to position gives every match once, in order.
            List<StoredCampaign> walked = new ArrayList<>();
            Page<StoredCampaign> page = repository.page(A, query.page(0, limit));
            walked.addAll(page.items());
            while (page.next().isPresent()) {
                page = repository.page(A, query.after(page.next().get(), limit));
                assertThat(page.total()).isEqualTo(expected.size());
                walked.addAll(page.items());
            }
            assertThat(walked).as("walked with limit %d", limit).isEqualTo(expected);
        }
    }

    @Test
    void aPositionStaysPutWhenCampaignsBeforeItAreDeleted() {
        List<StoredCampaign> all = listFixture();
        CampaignQuery oldestFirst = CampaignQuery.all().sortedBy(CampaignQuery.SortField.CREATED_AT, true);
        Page<StoredCampaign> first = repository.page(A, oldestFirst.page(0, 5));
        for (StoredCampaign c : first.items()) repository.delete(A, c.id(), c.version());
        List<StoredCampaign> rest = all.stream().sorted(expectedOrder(CampaignQuery.SortField.CREATED_AT, true)).skip(5).limit(5).toList();
        assertThat(repository.page(A, oldestFirst.after(first.next().orElseThrow(), 5)).items()).isEqualTo(rest);
    }

    private static StoredCampaign withName(StoredCampaign c, String name) {
        return new StoredCampaign(c.id(), c.streamId(), Campaigns.agentless(name), c.status(), c.references(),
                c.schedule(), c.instanceId(), c.runEnds(), c.createdAt(), c.updatedAt(), c.version());
    }

    /** A stored campaign in {@code status} with a one-off schedule from {@code start} (New York time) for a day, last changed at T0. */
    private static StoredCampaign waiting(StreamId stream, String id, CampaignStatus status, java.time.LocalDateTime start) {
        StoredCampaign c = stored(stream, id, "due " + id);
        return new StoredCampaign(c.id(), c.streamId(), c.campaign(), status, c.references(),
                Optional.of(new dev.voicecampaign.core.campaign.Schedule(start, start.plusDays(1), Optional.empty())), c.instanceId(),
                Optional.empty(), c.createdAt(), Campaigns.T0, 0);
    }

    private static StoredCampaign running(StreamId stream, String id, CampaignStatus status, Optional<Instant> runEnds) {
        StoredCampaign c = waiting(stream, id, status, java.time.LocalDateTime.of(2026, 11, 23, 0, 0));
        return new StoredCampaign(c.id(), c.streamId(), c.campaign(), status, c.references(), c.schedule(), c.instanceId(), runEnds,
                c.createdAt(), c.updatedAt(), 0);
    }

    @Test
    void theDueCampaignsOfEveryStreamComeSoonestFirstAPageAfterTheLast() {
        Instant now = Campaigns.T0.plus(java.time.Duration.ofDays(10));
        repository.insert(waiting(A, "cd-w1", CampaignStatus.SCHEDULED, java.time.LocalDateTime.of(2026, 11, 25, 9, 0)));   // 14:00Z
        repository.insert(running(B, "cd-r1", CampaignStatus.ACTIVE, Optional.of(Instant.parse("2026-11-24T10:00:00Z"))));
        repository.insert(running(A, "cd-r2", CampaignStatus.PAUSED, Optional.of(Instant.parse("2026-11-25T14:00:00Z"))));   // ties cd-w1
        repository.insert(waiting(B, "cd-w2", CampaignStatus.RESCHEDULED, java.time.LocalDateTime.of(2026, 11, 26, 9, 0)));
        repository.insert(waiting(A, "cd-later", CampaignStatus.SCHEDULED, java.time.LocalDateTime.of(2026, 12, 24, 9, 0)));
        repository.insert(running(A, "cd-by-hand", CampaignStatus.ACTIVE, Optional.empty()));
        repository.insert(waiting(A, "cd-ready", CampaignStatus.READY, java.time.LocalDateTime.of(2026, 11, 25, 9, 0)));

        List<StoredCampaign> due = repository.due(Set.of(A, B), now, Optional.empty(), 10);
        assertThat(due).extracting(c -> c.id().value()).containsExactly("cd-r1", "cd-r2", "cd-w1", "cd-w2");
        assertThat(due.get(2)).isEqualTo(waiting(A, "cd-w1", CampaignStatus.SCHEDULED, java.time.LocalDateTime.of(2026, 11, 25, 9, 0)));

        List<String> walked = new ArrayList<>();
        Optional<DueCursor> after = Optional.empty();
        for (List<StoredCampaign> page = repository.due(Set.of(A, B), now, after, 1); !page.isEmpty(); page = repository.due(Set.of(A, B), now, after, 1)) {
            StoredCampaign c = page.getFirst();
            walked.add(c.id().value());
            after = Optional.of(DueCursor.of(c, dev.voicecampaign.core.campaign.ScheduleDue.of(c).orElseThrow()));
        }
        assertThat(walked).containsExactly("cd-r1", "cd-r2", "cd-w1", "cd-w2");
        assertThat(repository.due(Set.of(B), now, Optional.empty(), 10)).extracting(c -> c.id().value())
                .as("only the streams asked for").containsExactly("cd-r1", "cd-w2");
        assertThat(repository.due(Set.of(A, B), Instant.parse("2026-11-25T14:00:00Z"), Optional.empty(), 10)).extracting(c -> c.id().value())
                .as("due at or before now").containsExactly("cd-r1", "cd-r2", "cd-w1");
    }

    @Test
    void aCampaignIsDueAsItsStoredStateSays() {
        Instant now = Campaigns.T0.plus(java.time.Duration.ofDays(10));
        StoredCampaign c = running(A, "cd-1", CampaignStatus.ACTIVE, Optional.of(Instant.parse("2026-11-24T10:00:00Z")));
        repository.insert(c);
        assertThat(repository.due(Set.of(A, B), now, Optional.empty(), 10)).hasSize(1);
        StoredCampaign stopped = new StoredCampaign(c.id(), c.streamId(), c.campaign(), CampaignStatus.STOPPED, c.references(), c.schedule(),
                c.instanceId(), Optional.empty(), c.createdAt(), now, 0);
        assertThat(repository.update(stopped, 0)).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(repository.due(Set.of(A, B), now, Optional.empty(), 10)).as("a stopped run is due no more").isEmpty();
    }
}

package dev.voicecampaign.core.usecase;

import dev.voicecampaign.core.campaign.AgentlessCampaign;
import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.CampaignName;
import dev.voicecampaign.core.campaign.ContactListRef;
import dev.voicecampaign.core.campaign.DncListRef;
import dev.voicecampaign.core.campaign.PreviewCampaign;
import dev.voicecampaign.core.campaign.ProgressiveCampaign;
import dev.voicecampaign.core.campaign.ResolvedReferences;
import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.Schedule;
import dev.voicecampaign.core.campaign.ScheduleDue;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.ListRequestDraft;
import dev.voicecampaign.core.draft.ScheduleRequestDraft;
import dev.voicecampaign.core.lifecycle.CampaignStatus;
import dev.voicecampaign.core.lifecycle.EditableField;
import dev.voicecampaign.core.lifecycle.IllegalTransition;
import dev.voicecampaign.core.lifecycle.Lifecycle;
import dev.voicecampaign.core.lifecycle.LifecycleEvent;
import dev.voicecampaign.core.lifecycle.Transition;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.core.port.CampaignValidator;
import dev.voicecampaign.core.port.Directories;
import dev.voicecampaign.core.port.DueCursor;
import dev.voicecampaign.core.port.IdGenerator;
import dev.voicecampaign.core.port.ListQueryValidator;
import dev.voicecampaign.core.port.Page;
import dev.voicecampaign.core.port.RequestRules;
import dev.voicecampaign.core.port.SaveOutcome;
import dev.voicecampaign.core.port.ScheduleValidator;
import dev.voicecampaign.core.port.ValidationContext;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The use cases, one driving port each ({@link CreateCampaign}, {@link UpdateCampaign}, {@link CheckCampaign},
 * {@link ReadCampaigns}, {@link DeleteCampaign}, {@link ChangeCampaignStatus}, {@link ScheduleCampaign},
 * {@link PrepareCampaign}), over the driven ports. Each call runs draft, then rules, then directories, then
 * lifecycle, then repository, and answers a {@link CampaignOutcome}. A refused call writes nothing. Thread-safe
 * when its ports are; concurrent writers to one campaign are told apart by the repository's version check
 * ({@code Conflict}).
 */
public final class CampaignService implements CreateCampaign, UpdateCampaign, CheckCampaign, ReadCampaigns, DeleteCampaign,
        ChangeCampaignStatus, ScheduleCampaign, PrepareCampaign {
    private static final Logger LOG = Logger.getLogger(CampaignService.class.getName());
    private final CampaignValidator validator;
    private final ScheduleValidator schedules;
    private final ListQueryValidator queries;
    private final Directories directories;
    private final CampaignRepository repository;
    private final IdGenerator ids;
    private final Clock clock;
    /** How many due campaigns {@link #runDue} reads at once. */
    static final int DUE_PAGE = 200;
    private final Lifecycle lifecycle;
    private final Executor preparation;

    /**
     * @param preparation runs the preparation that follows every create (resolving names, then Ready or
     *                    Failed); the reference server uses virtual threads, tests may run it inline
     */
    public CampaignService(RequestRules rules, Directories directories, CampaignRepository repository, IdGenerator ids,
                           Clock clock, Lifecycle lifecycle, Executor preparation) {
        this.validator = rules.campaigns();
        this.schedules = rules.schedules();
        this.queries = rules.queries();
        this.directories = Objects.requireNonNull(directories, "directories");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.preparation = Objects.requireNonNull(preparation, "preparation");
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    @Override
    public Verdict check(StreamId stream, CampaignDraft draft) {
        return validator.validate(draft, new ValidationContext(stream, directories));
    }

    @Override
    public Seq<Violation> check(StreamId stream, CampaignDraft draft, Seq<Violation> boundary) {
        return RequestViolations.merge(boundary, violations(check(stream, draft)));
    }

    @Override
    public CampaignOutcome create(StreamId stream, CampaignDraft draft, Seq<Violation> boundary) {
        Verdict verdict = validator.validate(draft, new ValidationContext(stream, directories));
        if (refused(boundary, verdict)) return new CampaignOutcome.Invalid(RequestViolations.merge(boundary, violations(verdict)));
        Campaign campaign = verdict.result().get();
        var now = clock.instant();
        StoredCampaign fresh = new StoredCampaign(ids.newCampaignId(), stream, campaign, Lifecycle.INITIAL,
                resolve(stream, campaign).fold(partial -> partial, complete -> complete), Optional.empty(),
                Optional.empty(), Optional.empty(), now, now, 0);
        CampaignOutcome outcome = saved(repository.insert(fresh), boundary.appendAll(verdict.warnings()));
        if (outcome instanceof CampaignOutcome.Done done) {
            CampaignId id = done.campaign().id();
            preparation.execute(() -> prepareInBackground(stream, id));
        }
        return outcome;
    }

    private static boolean refused(Seq<Violation> boundary, Verdict verdict) {
        return !verdict.isValid() || boundary.exists(Violation::isError);
    }

    private static Seq<Violation> violations(Verdict verdict) {
        return verdict.isValid() ? verdict.warnings() : verdict.result().getError();
    }

    /** A failure is logged; the campaign stays {@code Preparing} until preparation is run again (the server does at start). */
    private void prepareInBackground(StreamId stream, CampaignId id) {
        try {
            prepare(stream, id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "preparation of " + id + " failed; it stays Preparing until retried", e);
        }
    }

    @Override
    public CampaignOutcome prepare(StreamId stream, CampaignId id) {
        Optional<StoredCampaign> found = repository.find(stream, id);
        if (found.isEmpty()) return new CampaignOutcome.NotFound();
        StoredCampaign stored = found.get();
        Either<ResolvedReferences, ResolvedReferences> refs = resolve(stream, stored.campaign());
        LifecycleEvent event = refs.isRight() ? LifecycleEvent.PREPARED : LifecycleEvent.PREPARATION_FAILED;
        ResolvedReferences references = refs.fold(partial -> partial, complete -> complete);
        return transition(stored, event, s -> s.withReferences(references));
    }

    @Override
    public CampaignOutcome update(StreamId stream, CampaignId id, CampaignDraft draft, Seq<Violation> boundary,
                                  OptionalLong expectedVersion) {
        Optional<StoredCampaign> found = repository.find(stream, id);
        if (found.isEmpty()) return new CampaignOutcome.NotFound();
        StoredCampaign stored = found.get();
        if (isStale(stored, expectedVersion)) return new CampaignOutcome.Stale(expectedVersion.getAsLong(), stored.version());
        Verdict verdict = validator.validate(draft, new ValidationContext(stream, directories));
        if (refused(boundary, verdict)) return new CampaignOutcome.Invalid(RequestViolations.merge(boundary, violations(verdict)));
        Campaign campaign = UnexpressedFields.keep(draft.dialect(), stored.campaign(), verdict.result().get());
        Set<EditableField> refused = EnumSet.noneOf(EditableField.class);
        refused.addAll(EditableField.changedBetween(stored.campaign(), campaign));
        refused.removeAll(lifecycle.editableIn(stored.status()));
        if (!refused.isEmpty() || lifecycle.editableIn(stored.status()).isEmpty()) {
            return new CampaignOutcome.NotEditable(stored.status(), refused.isEmpty() ? EnumSet.allOf(EditableField.class) : refused);
        }
        Either<ResolvedReferences, ResolvedReferences> refs = resolve(stream, campaign);
        // A Failed campaign whose references now all resolve is prepared again by its update, and waits for its
        // schedule again if it has one (it failed when the schedule played it).
        CampaignStatus status = stored.status();
        if (status == CampaignStatus.FAILED && refs.isRight()) {
            status = lifecycle.fire(status, LifecycleEvent.PREPARED).get().to();
            if (stored.schedule().isPresent()) status = lifecycle.fire(status, LifecycleEvent.SCHEDULE).get().to();
        }
        StoredCampaign updated = new StoredCampaign(stored.id(), stream, campaign, status,
                refs.fold(partial -> partial, complete -> complete), stored.schedule(),
                stored.instanceId(), stored.runEnds(), stored.createdAt(), clock.instant(), stored.version());
        return saved(repository.update(updated, stored.version()), boundary.appendAll(verdict.warnings()));
    }

    @Override
    public Optional<StoredCampaign> get(StreamId stream, CampaignId id) {
        return repository.find(stream, id);
    }

    @Override
    public Optional<StoredCampaign> findByName(StreamId stream, String name) {
        return repository.findByLname(stream, CampaignName.lnameOf(name));
    }

    @Override
    public Validation<Seq<Violation>, Page<StoredCampaign>> list(StreamId stream, ListRequestDraft request, Seq<Violation> boundary) {
        Validation<Seq<Violation>, CampaignQuery> query = queries.validate(request);
        if (query.isInvalid() || boundary.exists(Violation::isError)) {
            return Validation.invalid(RequestViolations.merge(boundary, query));
        }
        return Validation.valid(list(stream, query.get()));
    }

    @Override
    public Page<StoredCampaign> list(StreamId stream, CampaignQuery query) {
        return repository.page(stream, query);
    }

    /**
     * Walks the campaigns of {@code streams} whose schedule is due ({@link ScheduleDue}), soonest first, a page at a
     * time until none is left, and moves each once: a run whose end has come ends (to Rescheduled when the schedule has
     * a later run, else Stopped); a waiting campaign with a run holding now plays, recording when that run ends. One
     * whose run passed unplayed (no server ran through it) is left as it is and plays when a later run holds. Runs are
     * compared as instants, so the hour a clock change repeats does not hold a run a second time. Each move is a
     * versioned write, so when several servers walk at once each campaign moves once: the others' writes are refused
     * as stale.
     */
    @Override
    public int runDue(Set<StreamId> streams) {
        Instant now = clock.instant();
        int moved = 0;
        Optional<DueCursor> after = Optional.empty();
        while (true) {
            java.util.List<StoredCampaign> page = repository.due(streams, now, after, DUE_PAGE);
            for (StoredCampaign c : page) {
                if (move(c, now)) moved++;
            }
            if (page.size() < DUE_PAGE) return moved;
            StoredCampaign last = page.get(page.size() - 1);
            after = Optional.of(DueCursor.of(last, ScheduleDue.of(last).orElseThrow()));
        }
    }

    /** Moves one due campaign as {@link #runDue} says; whether it moved (a stale read or a refused move does not). */
    private boolean move(StoredCampaign c, Instant now) {
        if (ScheduleDue.of(c).filter(due -> !due.isAfter(now)).isEmpty()) return false;   // as read, it is not due: nothing to do
        Schedule schedule = c.schedule().orElseThrow();
        ZoneId zone = ScheduleDue.zone(c);
        Optional<Instant> runEnds = ScheduleDue.runHolding(schedule, zone, now).map(run -> ScheduleDue.instant(run.end(), zone));
        return switch (c.status()) {
            case ACTIVE, PAUSED -> {
                boolean later = runEnds.isPresent() || schedule.nextAfter(LocalDateTime.ofInstant(now, zone)).isPresent();
                yield transition(c, later ? LifecycleEvent.RUN_ENDED : LifecycleEvent.SCHEDULE_ENDED, Function.identity())
                        instanceof CampaignOutcome.Done;
            }
            // with no run holding now, its run passed unplayed (no server ran through it): it waits for a later one
            case SCHEDULED, RESCHEDULED -> runEnds.isPresent()
                    && fire(c.streamId(), c, LifecycleEvent.PLAY, s -> s.withRunEnds(runEnds)) instanceof CampaignOutcome.Done;
            case PREPARING, READY, STOPPED, COMPLETED, FAILED -> throw new IllegalStateException(c.status() + " is never due");
        };
    }


    @Override
    public CampaignOutcome delete(StreamId stream, CampaignId id, OptionalLong expectedVersion) {
        Optional<StoredCampaign> found = repository.find(stream, id);
        if (found.isEmpty()) return new CampaignOutcome.NotFound();
        StoredCampaign stored = found.get();
        if (isStale(stored, expectedVersion)) return new CampaignOutcome.Stale(expectedVersion.getAsLong(), stored.version());
        if (!lifecycle.canDelete(stored.status())) {
            return new CampaignOutcome.NotDeletable(stored.status());
        }
        return switch (repository.delete(stream, id, stored.version())) {
            case SaveOutcome.Saved s -> new CampaignOutcome.Done(stored, List.empty());
            case SaveOutcome.NotFound n -> new CampaignOutcome.NotFound();
            case SaveOutcome.VersionConflict c -> new CampaignOutcome.Conflict(c.expected(), c.actual());
            case SaveOutcome.NameTaken t -> new CampaignOutcome.NameTaken(t.lname());
        };
    }

    @Override
    public CampaignOutcome fire(StreamId stream, CampaignId id, LifecycleEvent event, OptionalLong expectedVersion) {
        Optional<StoredCampaign> found = repository.find(stream, id);
        if (found.isEmpty()) return new CampaignOutcome.NotFound();
        if (isStale(found.get(), expectedVersion)) return new CampaignOutcome.Stale(expectedVersion.getAsLong(), found.get().version());
        return fire(stream, found.get(), event, Function.identity());
    }

    /** Fires {@code event} on {@code stored}; {@code play} first resolves the names again. */
    private CampaignOutcome fire(StreamId stream, StoredCampaign stored, LifecycleEvent event, Function<StoredCampaign, StoredCampaign> change) {
        if (event == LifecycleEvent.PLAY && lifecycle.fire(stored.status(), event).isRight()) {
            Either<ResolvedReferences, ResolvedReferences> refs = resolve(stream, stored.campaign());
            if (refs.isLeft()) {
                CampaignOutcome failed = transition(stored, LifecycleEvent.PREPARATION_FAILED, s -> s.withReferences(refs.getLeft()));
                return failed instanceof CampaignOutcome.Done done ? new CampaignOutcome.Unresolvable(done.campaign()) : failed;
            }
        }
        return transition(stored, event, change);
    }


    /** Whether the caller expected another version than the stored one. */
    private static boolean isStale(StoredCampaign stored, OptionalLong expectedVersion) {
        return expectedVersion.isPresent() && expectedVersion.getAsLong() != stored.version();
    }

    @Override
    public CampaignOutcome schedule(StreamId stream, CampaignId id, ScheduleRequestDraft request, Seq<Violation> boundary) {
        Optional<StoredCampaign> found = repository.find(stream, id);
        if (found.isEmpty()) return new CampaignOutcome.NotFound();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), found.get().campaign().dialingStrategy().callingHours().zone());
        Validation<Seq<Violation>, Schedule> checked = schedules.validate(request, now);
        if (checked.isInvalid() || boundary.exists(Violation::isError)) {
            return new CampaignOutcome.Invalid(RequestViolations.merge(boundary, checked));
        }
        return schedule(found.get(), checked.get(), boundary);
    }

    /** Sets a schedule already checked, moving the campaign to {@code Scheduled} (or {@code Rescheduled}). For tests. */
    CampaignOutcome schedule(StreamId stream, CampaignId id, Schedule schedule) {
        Optional<StoredCampaign> found = repository.find(stream, id);
        return found.isEmpty() ? new CampaignOutcome.NotFound() : schedule(found.get(), schedule, List.empty());
    }

    private CampaignOutcome schedule(StoredCampaign campaign, Schedule schedule, Seq<Violation> warnings) {
        return transition(campaign, LifecycleEvent.SCHEDULE, s -> s.withSchedule(Optional.of(schedule)), warnings);
    }

    @Override
    public CampaignOutcome unschedule(StreamId stream, CampaignId id) {
        Optional<StoredCampaign> found = repository.find(stream, id);
        if (found.isEmpty()) return new CampaignOutcome.NotFound();
        return transition(found.get(), LifecycleEvent.UNSCHEDULE, s -> s.withSchedule(Optional.empty()));
    }

    private CampaignOutcome transition(StoredCampaign stored, LifecycleEvent event,
                                       Function<StoredCampaign, StoredCampaign> change) {
        return transition(stored, event, change, List.empty());
    }

    private CampaignOutcome transition(StoredCampaign stored, LifecycleEvent event,
                                       Function<StoredCampaign, StoredCampaign> change, Seq<Violation> warnings) {
        Either<IllegalTransition, Transition> fired = lifecycle.fire(stored.status(), event);
        if (fired.isLeft()) return new CampaignOutcome.Refused(fired.getLeft());
        Transition t = fired.get();
        StoredCampaign changed = change.apply(stored);
        // A run's scheduled end lasts while it runs (paused or not); any other state has none.
        boolean running = t.to() == CampaignStatus.ACTIVE || t.to() == CampaignStatus.PAUSED;
        StoredCampaign moved = new StoredCampaign(changed.id(), changed.streamId(), changed.campaign(), t.to(),
                changed.references(), changed.schedule(),
                t.startsNewInstance() ? Optional.of(ids.newInstanceId()) : changed.instanceId(),
                running ? changed.runEnds() : Optional.empty(), changed.createdAt(), clock.instant(), stored.version());
        return saved(repository.update(moved, stored.version()), warnings);
    }

    private static CampaignOutcome saved(SaveOutcome outcome, Seq<Violation> warnings) {
        return switch (outcome) {
            case SaveOutcome.Saved s -> new CampaignOutcome.Done(s.campaign(), warnings);
            case SaveOutcome.NameTaken t -> new CampaignOutcome.NameTaken(t.lname());
            case SaveOutcome.VersionConflict c -> new CampaignOutcome.Conflict(c.expected(), c.actual());
            case SaveOutcome.NotFound n -> new CampaignOutcome.NotFound();
        };
    }

    /** Right when every name resolved; Left with what did resolve otherwise. */
    private Either<ResolvedReferences, ResolvedReferences> resolve(StreamId stream, Campaign campaign) {
        boolean complete = true;
        java.util.List<ResourceId> lists = new ArrayList<>();
        for (ContactListRef ref : campaign.contactLists().refs()) {
            Optional<ResourceId> id = directories.contactLists().resolve(stream, ref.name());
            id.ifPresent(lists::add);
            complete &= id.isPresent();
        }
        Optional<ResourceId> dnc = campaign.dncList().map(DncListRef::name).flatMap(n -> directories.dncLists().resolve(stream, n));
        complete &= campaign.dncList().isEmpty() || dnc.isPresent();
        Optional<ResourceId> queue = switch (campaign) {
            case ProgressiveCampaign p -> directories.queues().resolve(stream, p.queue().name());
            case PreviewCampaign p -> directories.queues().resolve(stream, p.queue().name());
            case AgentlessCampaign a -> Optional.empty();
        };
        Optional<ResourceId> flow = campaign instanceof AgentlessCampaign a
                ? directories.experienceFlows().resolve(stream, a.experienceFlow().name()) : Optional.empty();
        complete &= campaign instanceof AgentlessCampaign ? flow.isPresent() : queue.isPresent();
        ResolvedReferences refs = new ResolvedReferences(lists, dnc, queue, flow);
        return complete ? Either.right(refs) : Either.left(refs);
    }
}

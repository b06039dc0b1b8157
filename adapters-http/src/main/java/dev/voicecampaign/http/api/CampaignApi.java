package dev.voicecampaign.http.api;

import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StoredCampaign;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.DecisionsRequestDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.draft.ListRequestDraft;
import dev.voicecampaign.core.draft.ScheduleRequestDraft;
import dev.voicecampaign.core.lifecycle.EditableField;
import dev.voicecampaign.core.lifecycle.LifecycleEvent;
import dev.voicecampaign.core.port.Page;
import dev.voicecampaign.core.port.StorageFailure;
import dev.voicecampaign.core.usecase.CampaignOutcome;
import dev.voicecampaign.core.usecase.ChangeCampaignStatus;
import dev.voicecampaign.core.usecase.CreateCampaign;
import dev.voicecampaign.core.usecase.DeleteCampaign;
import dev.voicecampaign.core.usecase.ReadCampaigns;
import dev.voicecampaign.core.usecase.ScheduleCampaign;
import dev.voicecampaign.core.usecase.UpdateCampaign;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.Authentication;
import dev.voicecampaign.http.auth.AccountRateLimit;
import dev.voicecampaign.http.auth.TokenVerifier;
import dev.voicecampaign.http.exchange.Headers;
import dev.voicecampaign.http.exchange.HttpHandler;
import dev.voicecampaign.http.exchange.HttpRequest;
import dev.voicecampaign.http.exchange.HttpResponse;
import dev.voicecampaign.http.exchange.MediaTypes;
import dev.voicecampaign.http.routing.RouteId;
import dev.voicecampaign.http.routing.RouteMatch;
import dev.voicecampaign.http.routing.Router;
import dev.voicecampaign.rules.decision.ContactListRules;
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.json.DecisionsRequestReader;
import dev.voicecampaign.json.DraftReader;
import dev.voicecampaign.json.EmptyBodyReader;
import dev.voicecampaign.json.ListRequestReader;
import dev.voicecampaign.json.ProblemWriter;
import dev.voicecampaign.json.ReadResult;
import dev.voicecampaign.json.ResponseWriter;
import dev.voicecampaign.json.ScheduleReader;
import dev.voicecampaign.rules.decision.DecideCalls;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import tools.jackson.databind.node.ObjectNode;

/**
 * The campaign API as a framework-neutral handler: routes, auth and tenancy, then the use cases,
 * then the documented response shapes. It maps and holds no rule. Status codes (our design):
 * 400 invalid input (problem+json listing every violation), 401 no valid token, 403 the token's app
 * does not own the stream, 404 unknown route or campaign (other tenants' included), 405, 409 illegal
 * lifecycle move or forbidden edit (naming the current state) or a name clash, 415 a body that is not
 * JSON, 429 over 60 requests a minute per account, 503 when the campaign storage fails (a problem
 * document without internals). Never a 500 for client input.
 */
public final class CampaignApi implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(CampaignApi.class.getName());
    private final ServerState state;
    private final CreateCampaign creating;
    private final UpdateCampaign updating;
    private final ReadCampaigns reading;
    private final DeleteCampaign deleting;
    private final ChangeCampaignStatus statuses;
    private final ScheduleCampaign scheduling;
    private final DecideCalls deciding;
    private final TokenVerifier verifier;
    private final AccountRateLimit limiter;
    private final ServerMetrics metrics;
    private final ContactListApi contactLists;
    private final ContactListApi dncLists;
    private final CallbackApi callbacks;
    private final AccessLog accessLog;
    private final Router router = new Router();
    /** Where the Prometheus text format is scraped: no token, outside the rate limit, like the health probes. */
    static final String METRICS = "/metrics";
    /** What readiness reads: a campaign of a stream no configuration names, so the answer is always empty. */
    private static final StreamId HEALTH_PROBE = new StreamId("st-readiness-probe");
    private static final CampaignId HEALTH_PROBE_ID = new CampaignId("cd-readiness-probe");

    /** The API with metrics of its own (none of the JVM's): for servers made in tests. */
    public CampaignApi(ServerState state, AccountRateLimit limiter) {
        this(state, limiter, ServerMetrics.serverOnly(), AccessLog.none());
    }

    /** The API recording into {@code metrics}, which {@code GET /metrics} answers with, and a line per request into {@code accessLog}. */
    public CampaignApi(ServerState state, AccountRateLimit limiter, ServerMetrics metrics, AccessLog accessLog) {
        this.state = Objects.requireNonNull(state, "state");
        this.creating = state.service();
        this.updating = state.service();
        this.reading = state.service();
        this.deleting = state.service();
        this.statuses = state.service();
        this.scheduling = state.service();
        this.deciding = state.decisions();
        this.verifier = new TokenVerifier(state.config(), state.clock());
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.accessLog = Objects.requireNonNull(accessLog, "accessLog");
        this.contactLists = new ContactListApi(ListKind.CONTACTS, state.contactLists(), this::invalid);
        this.dncLists = new ContactListApi(ListKind.DNC, state.dncLists(), this::invalid);
        this.callbacks = new CallbackApi(state.callbacks(), this::invalid);
    }

    /**
     * Uploads to a stored list may be larger than other bodies ({@link ContactListRules#MAX_UPLOAD_BYTES}), when they
     * carry a token that verifies for the stream in the path: any other client is held to the standard limit before its
     * 401 or 403.
     */
    @Override
    public int maxBodyBytes(String method, String path, Headers headers, int standard) {
        return router.match(method, path) instanceof RouteMatch.Matched m && m.id().isUpload()
                && verifier.verify(headers.first("auth")) instanceof Authentication.Authenticated a
                && a.app().streamId().value().equals(m.parameters().get("streamId"))
                ? Math.max(standard, ContactListRules.MAX_UPLOAD_BYTES) : standard;
    }

    @Override
    public HttpResponse handle(HttpRequest request) {
        long start = System.nanoTime();
        String requestId = RequestIds.of(request.headers().first(RequestIds.HEADER));
        RouteMatch match = router.match(request.method(), request.path());
        HttpResponse response = identified(answer(request, match, requestId), requestId);
        long elapsed = System.nanoTime() - start;
        String route = match instanceof RouteMatch.Matched m ? m.id().name().toLowerCase(Locale.ROOT)
                : request.path().equals(METRICS) ? "metrics" : ApiDocs.serves(request.path()) ? "docs" : "unrouted";
        metrics.request(route, request.method(), response.status(), elapsed);
        String template = match instanceof RouteMatch.Matched m ? Router.template(m.id()) : request.path().equals(METRICS) ? METRICS
                : ApiDocs.serves(request.path()) ? ApiDocs.template(request.path()) : "(none)";
        String app = match instanceof RouteMatch.Matched m ? m.parameters().get("streamId") : null;
        accessLog.record(new AccessLog.Access(Echo.of(request.method()), template, response.status(), response.body().length,
                elapsed / 1e6, app == null ? null : Echo.of(app), requestId));
        return response;
    }

    /** The response with {@code X-Request-Id}, and a problem document with the id as its {@code instance}. */
    private static HttpResponse identified(HttpResponse response, String requestId) {
        byte[] body = response.body();
        if (response.headers().first("Content-Type").filter(ProblemWriter.MEDIA_TYPE::equals).isPresent()) {
            ObjectNode problem = (ObjectNode) CampaignJson.parse(body);
            problem.put("instance", "urn:request:" + requestId);
            body = CampaignJson.bytes(problem);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(response.headers().values());
        headers.put(RequestIds.HEADER, List.of(requestId));
        return new HttpResponse(response.status(), new Headers(headers), body);
    }

    private HttpResponse answer(HttpRequest request, RouteMatch match, String requestId) {
        try {
            return route(request, match, requestId);
        } catch (StorageFailure e) {
            LOG.log(Level.SEVERE, "request " + requestId + ": storage failed on " + Echo.of(request.method()) + " " + Echo.of(request.path()), e);
            return Responses.problem(503, "storage-unavailable", "Storage unavailable",
                    "the campaign storage could not be used; the request may not have been applied, read before retrying",
                    "Retry-After", "5");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "request " + requestId + ": unexpected failure on " + Echo.of(request.method()) + " " + Echo.of(request.path()), e);
            return Responses.problem(500, "internal", "Internal error", "the server failed; the request may not have been applied");
        }
    }

    private HttpResponse route(HttpRequest request, RouteMatch match, String requestId) {
        if (ApiDocs.serves(request.path())) return ApiDocs.answer(request);
        if (request.path().equals(METRICS) && (request.method().equals("GET") || request.method().equals("HEAD"))) {
            return new HttpResponse(200, Headers.of("Content-Type", "text/plain; version=0.0.4; charset=utf-8"),
                    metrics.scrape().getBytes(StandardCharsets.UTF_8));
        }
        return switch (match) {
            case RouteMatch.NoRoute n -> Responses.problem(404, "not-found", "Not found", "no route " + Echo.of(request.method()) + " " + Echo.of(request.path()));
            case RouteMatch.MethodNotAllowed m -> Responses.problem(405, "method-not-allowed", "Method not allowed",
                    "use " + String.join(", ", m.allowed()), "Allow", String.join(", ", m.allowed()));
            case RouteMatch.Matched m when m.id().isOpen() -> health(m.id(), requestId);
            case RouteMatch.Matched m -> authorized(request, m);
        };
    }

    /**
     * Liveness answers while the process serves; readiness also reads the storage once (a campaign no stream has), so a
     * storage that does not answer is 503 and a supervisor stops sending traffic.
     */
    private HttpResponse health(RouteId id, String requestId) {
        if (id == RouteId.HEALTH_READY) {
            try {
                reading.get(HEALTH_PROBE, HEALTH_PROBE_ID);
            } catch (StorageFailure e) {
                LOG.log(Level.WARNING, "request " + requestId + ": readiness: the storage does not answer", e);
                return Responses.problem(503, "not-ready", "Not ready", "the campaign storage does not answer", "Retry-After", "5");
            }
        }
        return Responses.json(200, ResponseWriter.health());
    }

    private HttpResponse authorized(HttpRequest request, RouteMatch.Matched match) {
        Optional<String> contentType = request.headers().first("Content-Type");
        if (request.body().length > 0 && !MediaTypes.isJson(contentType)
                && !(match.id().isUpload() && MediaTypes.isCsv(contentType))) {
            return Responses.problem(415, "unsupported-media-type", "Unsupported media type",
                    match.id().isUpload() ? "send the entries as application/json or text/csv" : "send the body as application/json");
        }
        Authentication auth = verifier.verify(request.headers().first("auth"));
        if (auth instanceof Authentication.Unauthenticated u) {
            return Responses.problem(401, "unauthorized", "Unauthorized", u.reason());
        }
        AppConfig app = ((Authentication.Authenticated) auth).app();
        String streamParam = match.parameters().get("streamId");
        Optional<String> iid = request.headers().first("iid");
        if (!app.streamId().value().equals(streamParam) || iid.filter(i -> !i.equals(streamParam)).isPresent()) {
            return Responses.problem(403, "forbidden", "Forbidden", "the token's app does not own stream " + Echo.of(streamParam));
        }
        Optional<java.time.Duration> wait = limiter.acquire(app.accountId());
        if (wait.isPresent()) {
            metrics.rateLimited();
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return Responses.problem(429, "rate-limited", "Too many requests", AccountRateLimit.MESSAGE, "Retry-After", Long.toString(seconds));
        }
        StreamId stream = app.streamId();
        RouteId id = match.id();
        Optional<CampaignId> campaignId = Optional.ofNullable(match.parameters().get("campaignId")).flatMap(CampaignId::parse);
        boolean needsId = match.parameters().containsKey("campaignId");
        if (needsId && campaignId.isEmpty()) return notFound(match.parameters().get("campaignId"));
        Optional<String> campaignType = request.queryParameter("campaignType");
        if (campaignType.isPresent() && !campaignType.get().equals(dev.voicecampaign.rules.CampaignRuleSets.VOICE)) {
            return Responses.problem(400, "invalid-query", "Invalid query", "campaignType must be voice: this API places voice campaigns");
        }
        if (id == RouteId.STATUS && request.queryParameter("view").filter(view -> !view.equals("status")).isPresent()) {
            return Responses.problem(400, "invalid-query", "Invalid query", "view must be status (the one view of this route) or absent");
        }
        if (id == RouteId.STATUS || id == RouteId.TRIGGER_V1 || id == RouteId.TRIGGER_V2) {
            Seq<Violation> refused = EmptyBodyReader.read(request.body());
            if (!refused.isEmpty()) return invalid(refused);
        }
        // The writes to one campaign (PUT, DELETE, trigger) honour it; other routes only refuse a malformed one.
        Either<String, OptionalLong> expected = VersionTags.expected(request.headers());
        if (expected.isLeft()) return Responses.problem(400, "invalid-precondition", "Invalid precondition", expected.getLeft());
        return switch (id) {
            case CREATE_V1, CREATE_V2 -> create(stream, request, id.dialect());
            case UPDATE_V1, UPDATE_V2 -> update(stream, campaignId.get(), request, id.dialect(), expected.get());
            case DELETE_V1, DELETE_V2 -> delete(stream, campaignId.get(), id.dialect(), expected.get());
            case TRIGGER_V1, TRIGGER_V2 -> trigger(stream, campaignId.get(), request, expected.get());
            case GET_V1, GET_V2 -> reading.get(stream, campaignId.get())
                    .map(c -> Responses.json(200, ResponseWriter.fetched(c, id.dialect()), "ETag", VersionTags.of(c.version())))
                    .orElseGet(() -> notFound(campaignId.get().value()));
            case STATUS -> reading.get(stream, campaignId.get()).map(c -> Responses.json(200, ResponseWriter.status(c))).orElseGet(() -> notFound(campaignId.get().value()));
            case LIST -> list(stream, request);
            case SCHEDULE -> schedule(stream, request);
            case DECISIONS -> decisions(stream, campaignId.get(), request);
            case CONTACT_LIST_CREATE, CONTACT_LISTS, CONTACT_LIST_GET, CONTACT_LIST_DELETE, CONTACTS_UPLOAD, CONTACTS, CONTACT_DELETE ->
                    contactLists.handle(id, stream, request, match.parameters());
            case DNC_LIST_CREATE, DNC_LISTS, DNC_LIST_GET, DNC_LIST_DELETE, DNC_NUMBERS_UPLOAD, DNC_NUMBERS, DNC_NUMBER_DELETE ->
                    dncLists.handle(id, stream, request, match.parameters());
            case CALLBACK_CREATE, CALLBACKS, CALLBACK_DELETE -> callbacks.handle(id, stream, campaignId.get(), request, match.parameters());
            case HEALTH_LIVE, HEALTH_READY -> throw new IllegalStateException("answered before authentication");
        };
    }

    private HttpResponse create(StreamId stream, HttpRequest request, Dialect dialect) {
        ReadResult<CampaignDraft> read = DraftReader.read(request.body(), dialect);
        if (read.draft().isEmpty()) return invalid(read.violations());
        return switch (creating.create(stream, read.draft().get(), read.violations())) {
            case CampaignOutcome.Done done -> Responses.json(200, ResponseWriter.created(done.campaign(), dialect, done.warnings()),
                    "ETag", VersionTags.of(done.campaign().version()));
            case CampaignOutcome other -> refusal(other, null);
        };
    }

    private HttpResponse update(StreamId stream, CampaignId id, HttpRequest request, Dialect dialect, OptionalLong expected) {
        ReadResult<CampaignDraft> read = DraftReader.read(request.body(), dialect);
        if (read.draft().isEmpty()) return invalid(read.violations());
        return switch (updating.update(stream, id, read.draft().get(), read.violations(), expected)) {
            case CampaignOutcome.Done done -> Responses.json(200, ResponseWriter.updated(done.campaign(), dialect, done.warnings()),
                    "ETag", VersionTags.of(done.campaign().version()));
            case CampaignOutcome other -> refusal(other, id.value());
        };
    }

    private HttpResponse list(StreamId stream, HttpRequest request) {
        ReadResult<ListRequestDraft> read = ListRequestReader.read(request.body());
        if (read.draft().isEmpty()) return invalid(read.violations());
        Validation<Seq<Violation>, Page<StoredCampaign>> page = reading.list(stream, read.draft().get(), read.violations());
        return page.isInvalid() ? invalid(page.getError()) : Responses.json(200, ResponseWriter.page(page.get(), read.violations()));
    }

    private HttpResponse delete(StreamId stream, CampaignId id, Dialect dialect, OptionalLong expected) {
        return switch (deleting.delete(stream, id, expected)) {
            case CampaignOutcome.Done done -> Responses.json(200, ResponseWriter.deleted(done.campaign(), dialect));
            case CampaignOutcome other -> refusal(other, id.value());
        };
    }

    private HttpResponse trigger(StreamId stream, CampaignId id, HttpRequest request, OptionalLong expected) {
        Optional<String> trigger = request.queryParameter("trigger");
        Optional<LifecycleEvent> event = trigger.flatMap(LifecycleEvent::fromTrigger);
        if (event.isEmpty()) {
            ObjectNode body = ProblemWriter.problem("invalid-trigger", "Invalid trigger", 400,
                    "trigger must be play, stop, pause or resume (pause and resume are our extension)");
            body.put("trigger", trigger.map(Echo::of).orElse(null));
            return Responses.problem(body);
        }
        return switch (statuses.fire(stream, id, event.get(), expected)) {
            case CampaignOutcome.Done done -> Responses.json(200, ResponseWriter.triggered(done.campaign(), event.get()),
                    "ETag", VersionTags.of(done.campaign().version()));
            case CampaignOutcome other -> refusal(other, id.value());
        };
    }

    private HttpResponse schedule(StreamId stream, HttpRequest request) {
        Optional<String> name = request.queryParameter("campaignName");
        Optional<StoredCampaign> campaign = name.flatMap(n -> reading.findByName(stream, n));
        if (campaign.isEmpty()) return notFound(name.orElse("(no campaignName)"));
        StoredCampaign c = campaign.get();
        String switchValue = request.queryParameter("enableSchedule").orElse("true").toLowerCase(Locale.ROOT);
        if (!switchValue.equals("true") && !switchValue.equals("false")) {
            return Responses.problem(400, "invalid-schedule", "Invalid schedule", "enableSchedule must be true or false");
        }
        boolean enable = switchValue.equals("true");
        CampaignOutcome outcome;
        if (enable) {
            ReadResult<ScheduleRequestDraft> read = ScheduleReader.read(request.body());
            if (read.draft().isEmpty()) return invalid(read.violations());
            outcome = scheduling.schedule(stream, c.id(), read.draft().get(), read.violations());
        } else {
            outcome = scheduling.unschedule(stream, c.id());
        }
        return switch (outcome) {
            case CampaignOutcome.Done done -> Responses.json(200, ResponseWriter.scheduled(done.campaign(), enable, done.warnings()));
            case CampaignOutcome other -> refusal(other, c.id().value());
        };
    }

    private HttpResponse decisions(StreamId stream, CampaignId id, HttpRequest request) {
        ReadResult<DecisionsRequestDraft> read = DecisionsRequestReader.read(request.body());
        if (read.draft().isEmpty()) return invalid(read.violations());
        return switch (deciding.decide(stream, id, read.draft().get(), read.violations())) {
            case DecideCalls.Outcome.Decided decided -> Responses.json(200, ResponseWriter.decisions(decided.results(), decided.warnings(),
                    decided.page()));
            case DecideCalls.Outcome.NotFound n -> notFound(id.value());
            case DecideCalls.Outcome.ListNotFound l -> Responses.problem(404, "contact-list-not-found", "Contact list not found",
                    "no contact list " + Echo.of(l.contactListId()) + " in this app");
            case DecideCalls.Outcome.Invalid i -> invalid(i.violations());
        };
    }

    private HttpResponse invalid(Seq<Violation> violations) {
        metrics.rejected(violations);
        return Responses.problem(ProblemWriter.invalid(violations));
    }

    static HttpResponse notFound(String id) {
        return Responses.problem(404, "campaign-not-found", "Campaign not found", "no campaign " + Echo.of(id) + " in this app");
    }

    private HttpResponse refusal(CampaignOutcome outcome, String id) {
        return switch (outcome) {
            case CampaignOutcome.NotFound n -> notFound(id);
            case CampaignOutcome.NameTaken t -> Responses.problem(409, "name-taken", "Name taken",
                    "another campaign of this app is already named " + t.lname() + " (names are compared ignoring case, outer and doubled spaces and Unicode normalisation)");
            case CampaignOutcome.NotEditable e -> conflict("not-editable", "Not editable", "a campaign that is " + e.status().wireName()
                    + (e.refused().size() == EditableField.values().length ? " cannot be edited"
                    : " cannot change " + e.refused().stream().map(f -> f.name().toLowerCase(Locale.ROOT)).sorted().toList()), e.status().wireName());
            case CampaignOutcome.Refused r -> conflict("illegal-transition", "Illegal transition", r.transition().message(),
                    r.transition().status().wireName());
            case CampaignOutcome.NotDeletable d -> conflict("not-deletable", "Not deletable",
                    "a campaign that is " + d.status().wireName() + " cannot be deleted; stop it first", d.status().wireName());
            case CampaignOutcome.Conflict c -> Responses.problem(409, "concurrent-update", "Concurrent update",
                    "the campaign changed while this request ran; read it again and retry");
            case CampaignOutcome.Stale st -> Responses.problem(412, "precondition-failed", "Precondition failed",
                    "the campaign is no longer at version " + st.expectedVersion() + " (If-Match); read it again and reapply the change",
                    "ETag", VersionTags.of(st.currentVersion()));
            case CampaignOutcome.Invalid i -> invalid(i.violations());
            case CampaignOutcome.Unresolvable u -> {
                ObjectNode body = ProblemWriter.problem("references-unresolved", "References unresolved", 409,
                        "a contact list, the DNC list, the queue or the flow the campaign names can no longer be found, so it was not "
                                + "started and is now Failed; update it with names that exist to make it Ready");
                body.put("campaignStatus", u.campaign().status().wireName());
                yield Responses.problem(body, "ETag", VersionTags.of(u.campaign().version()));
            }
            case CampaignOutcome.Done d -> throw new IllegalStateException("not a refusal");
        };
    }

    private static HttpResponse conflict(String type, String title, String detail, String currentStatus) {
        ObjectNode body = ProblemWriter.problem(type, title, 409, detail);
        body.put("campaignStatus", currentStatus);
        return Responses.problem(body);
    }

}

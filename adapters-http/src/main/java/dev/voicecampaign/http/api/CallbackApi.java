package dev.voicecampaign.http.api;

import dev.voicecampaign.core.callback.CallbackDraft;
import dev.voicecampaign.core.campaign.CampaignId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.http.exchange.HttpRequest;
import dev.voicecampaign.http.exchange.HttpResponse;
import dev.voicecampaign.http.routing.RouteId;
import dev.voicecampaign.json.CallbackReader;
import dev.voicecampaign.json.CallbackWriter;
import dev.voicecampaign.json.ReadResult;
import dev.voicecampaign.rules.callback.CallbackOutcome;
import dev.voicecampaign.rules.callback.ManageCallbacks;
import dev.voicecampaign.rules.decision.DecisionRules;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The callback routes ({@code .../campaign/{campaignId}/callbacks...}), after {@link CampaignApi} has checked the token,
 * the app, the rate limit and the campaign id's shape: it maps requests to {@link ManageCallbacks} and its answers to
 * responses.
 */
final class CallbackApi {
    private final ManageCallbacks callbacks;
    private final Function<Seq<Violation>, HttpResponse> invalid;

    /** {@code invalid} answers a request that broke the rules (and counts it in the metrics). */
    CallbackApi(ManageCallbacks callbacks, Function<Seq<Violation>, HttpResponse> invalid) {
        this.callbacks = callbacks;
        this.invalid = invalid;
    }

    HttpResponse handle(RouteId id, StreamId stream, CampaignId campaign, HttpRequest request, Map<String, String> parameters) {
        return switch (id) {
            case CALLBACK_CREATE -> schedule(stream, campaign, request);
            case CALLBACKS -> due(stream, campaign, request);
            case CALLBACK_DELETE -> answer(callbacks.cancel(stream, campaign, parameters.get("callbackId")), campaign);
            default -> throw new IllegalArgumentException("not a callback route: " + id);
        };
    }

    private HttpResponse schedule(StreamId stream, CampaignId campaign, HttpRequest request) {
        ReadResult<CallbackDraft> read = CallbackReader.read(request.body());
        if (read.draft().isEmpty()) return invalid.apply(read.violations());
        return answer(callbacks.schedule(stream, campaign, read.draft().get(), read.violations()), campaign);
    }

    /** {@code from} and {@code to} (ISO-8601 instants, either left out for no bound), then the page. */
    private HttpResponse due(StreamId stream, CampaignId campaign, HttpRequest request) {
        Optional<Instant> from = request.queryParameter("from").flatMap(DecisionRules::parseInstant);
        Optional<Instant> to = request.queryParameter("to").flatMap(DecisionRules::parseInstant);
        if (from.isEmpty() && request.queryParameter("from").isPresent() || to.isEmpty() && request.queryParameter("to").isPresent()
                || from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            return Responses.problem(400, "invalid-query", "Invalid query",
                    "from and to must be ISO-8601 instants such as 2026-12-08T14:30:00Z, to not before from");
        }
        return PageQuery.paged(request, (offset, limit) -> callbacks.due(stream, campaign, from.orElse(Instant.MIN), to.orElse(Instant.MAX), offset, limit)
                .map(page -> Responses.json(200, CallbackWriter.callbacks(page))).orElseGet(() -> CampaignApi.notFound(campaign.value())));
    }

    private HttpResponse answer(CallbackOutcome outcome, CampaignId campaign) {
        return switch (outcome) {
            case CallbackOutcome.Done done -> Responses.json(200, CallbackWriter.callback(done.callback(), "callback scheduled"));
            case CallbackOutcome.Cancelled c -> Responses.json(200, CallbackWriter.cancelled(c.id()));
            case CallbackOutcome.Invalid i -> invalid.apply(i.violations());
            case CallbackOutcome.NotAllowed n -> Responses.problem(CallbackWriter.notAllowed(n.reasons(), n.nextAllowedAt()));
            case CallbackOutcome.NotFound n -> CampaignApi.notFound(campaign.value());
            case CallbackOutcome.CallbackNotFound n -> Responses.problem(404, "callback-not-found", "Callback not found",
                    "no callback " + Echo.of(n.id()) + " of campaign " + campaign.value());
            case CallbackOutcome.Closed c -> Responses.problem(409, "campaign-closed", "Campaign closed",
                    "a campaign that is " + c.status().wireName() + " places no more calls, so it takes no callbacks");
        };
    }
}

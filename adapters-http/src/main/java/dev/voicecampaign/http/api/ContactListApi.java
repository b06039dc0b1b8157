package dev.voicecampaign.http.api;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.constraint.IntRange;
import dev.voicecampaign.core.contactlist.ContactDraft;
import dev.voicecampaign.core.contactlist.ContactListDraft;
import dev.voicecampaign.core.port.CampaignQuery;
import dev.voicecampaign.core.port.ContactChecks;
import dev.voicecampaign.core.usecase.ContactListOutcome;
import dev.voicecampaign.core.usecase.ManageContactLists;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.http.exchange.HttpRequest;
import dev.voicecampaign.http.exchange.HttpResponse;
import dev.voicecampaign.http.exchange.MediaTypes;
import dev.voicecampaign.http.routing.RouteId;
import dev.voicecampaign.json.ContactCsvReader;
import dev.voicecampaign.json.ContactListReader;
import dev.voicecampaign.json.ContactListWriter;
import dev.voicecampaign.json.ReadResult;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The contact list routes ({@code .../contactlists...}), after {@link CampaignApi} has checked the token, the app and
 * the rate limit: it maps requests to {@link ManageContactLists} and its answers to responses. Another app's list is
 * answered as a missing one.
 */
final class ContactListApi {
    private final ManageContactLists lists;
    private final Function<Seq<Violation>, HttpResponse> invalid;

    /** {@code invalid} answers a request that broke the rules (and counts it in the metrics). */
    ContactListApi(ManageContactLists lists, Function<Seq<Violation>, HttpResponse> invalid) {
        this.lists = lists;
        this.invalid = invalid;
    }

    HttpResponse handle(RouteId id, StreamId stream, HttpRequest request, Map<String, String> parameters) {
        ResourceId list = new ResourceId(parameters.getOrDefault("listId", "-"));
        return switch (id) {
            case CONTACT_LIST_CREATE -> create(stream, request);
            case CONTACT_LISTS -> paged(request, (offset, limit) -> Responses.json(200, ContactListWriter.lists(lists.lists(stream, offset, limit))));
            case CONTACT_LIST_GET -> lists.get(stream, list).map(l -> Responses.json(200, ContactListWriter.list(l, "contact list fetched")))
                    .orElseGet(() -> notFound(list));
            case CONTACT_LIST_DELETE -> delete(stream, list);
            case CONTACTS_UPLOAD -> upload(stream, list, request);
            case CONTACTS -> paged(request, (offset, limit) -> lists.contacts(stream, list, offset, limit)
                    .map(page -> Responses.json(200, ContactListWriter.contacts(page))).orElseGet(() -> notFound(list)));
            case CONTACT_DELETE -> lists.deleteContact(stream, list, parameters.get("contactId"))
                    ? lists.get(stream, list).map(l -> Responses.json(200, ContactListWriter.list(l, "contact deleted"))).orElseGet(() -> notFound(list))
                    : Responses.problem(404, "contact-not-found", "Contact not found",
                    "no contact " + Echo.of(parameters.get("contactId")) + " in contact list " + Echo.of(list.value()) + " of this app");
            default -> throw new IllegalArgumentException("not a contact list route: " + id);
        };
    }

    /** Whether {@code id} takes a body of this media type besides JSON: an upload also takes {@code text/csv}. */
    static boolean takesCsv(RouteId id) {
        return id == RouteId.CONTACTS_UPLOAD;
    }

    private HttpResponse create(StreamId stream, HttpRequest request) {
        ReadResult<ContactListDraft> read = ContactListReader.list(request.body());
        if (read.draft().isEmpty() || read.hasErrors()) return invalid.apply(read.violations());
        return switch (lists.create(stream, read.draft().get())) {
            case ContactListOutcome.Done done -> Responses.json(200, ContactListWriter.list(done.list(), "contact list " + done.list().name() + " created"));
            case ContactListOutcome.Invalid i -> invalid.apply(read.violations().appendAll(i.violations()));
            case ContactListOutcome.NameTaken t -> Responses.problem(409, "name-taken", "Name taken",
                    "another contact list of this app is already named " + t.lname() + " (names are compared ignoring case, outer and doubled spaces and Unicode normalisation)");
            case ContactListOutcome.NotFound n -> throw new IllegalStateException("a create finds no list");
            case ContactListOutcome.InUse u -> throw new IllegalStateException("a create is never in use");
        };
    }

    private HttpResponse delete(StreamId stream, ResourceId list) {
        return switch (lists.delete(stream, list)) {
            case ContactListOutcome.Done done -> Responses.json(200, ContactListWriter.list(done.list(), "contact list " + done.list().name() + " deleted"));
            case ContactListOutcome.NotFound n -> notFound(list);
            case ContactListOutcome.InUse u -> Responses.problem(409, "list-in-use", "List in use",
                    "campaigns that are not Stopped or Completed use this list: " + String.join(", ", u.campaigns().stream().map(c -> c.value()).toList())
                            + "; stop them or name another list in them first");
            case ContactListOutcome.Invalid i -> invalid.apply(i.violations());
            case ContactListOutcome.NameTaken t -> throw new IllegalStateException("a delete takes no name");
        };
    }

    private HttpResponse upload(StreamId stream, ResourceId list, HttpRequest request) {
        boolean csv = MediaTypes.isCsv(request.headers().first("Content-Type"));
        ReadResult<List<ContactDraft>> read = csv ? ContactCsvReader.read(request.body()) : ContactListReader.contacts(request.body());
        // a problem of the body itself (contacts not an array, say) refuses it; one of a contact is reported with that contact
        boolean bodyBroken = read.violations().exists(v -> v.isError()
                && !(v.path().startsWith(ContactChecks.CONTACTS) && !v.path().equals(ContactChecks.CONTACTS)));
        if (read.draft().isEmpty() || bodyBroken) return invalid.apply(read.violations());
        return lists.upload(stream, list, read.draft().get(), read.violations())
                .map(upload -> Responses.json(200, ContactListWriter.upload(upload))).orElseGet(() -> notFound(list));
    }

    @FunctionalInterface
    private interface PagedAnswer {
        HttpResponse answer(int offset, int limit);
    }

    /** Reads {@code skip} (from 0) and {@code limit} (1 to 100, default 10) from the query, as the campaign list does. */
    private static HttpResponse paged(HttpRequest request, PagedAnswer answer) {
        OptionalInt skip = whole(request.queryParameter("skip"), CampaignQuery.OFFSET, 0);
        OptionalInt limit = whole(request.queryParameter("limit"), CampaignQuery.LIMIT, CampaignQuery.DEFAULT_LIMIT);
        if (skip.isEmpty() || limit.isEmpty()) {
            return Responses.problem(400, "invalid-query", "Invalid query", "skip must be a whole number from " + CampaignQuery.OFFSET.min()
                    + " and limit one from " + CampaignQuery.LIMIT.min() + " to " + CampaignQuery.LIMIT.max());
        }
        return answer.answer(skip.getAsInt(), limit.getAsInt());
    }

    private static OptionalInt whole(Optional<String> text, IntRange range, int absent) {
        if (text.isEmpty()) return OptionalInt.of(absent);
        if (!text.get().matches("[0-9]{1,10}")) return OptionalInt.empty();
        long value = Long.parseLong(text.get());
        return range.contains(value) ? OptionalInt.of((int) value) : OptionalInt.empty();
    }

    private static HttpResponse notFound(ResourceId list) {
        return Responses.problem(404, "contact-list-not-found", "Contact list not found", "no contact list " + Echo.of(list.value()) + " in this app");
    }
}

package dev.voicecampaign.http.api;

import dev.voicecampaign.core.campaign.ResourceId;
import dev.voicecampaign.core.campaign.StreamId;
import dev.voicecampaign.core.constraint.IntRange;
import dev.voicecampaign.core.contactlist.ContactDraft;
import dev.voicecampaign.core.contactlist.ContactListDraft;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.core.port.CampaignQuery;
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
 * The routes of one kind of stored list ({@code .../contactlists...} or {@code .../dnclists...}), after
 * {@link CampaignApi} has checked the token, the app and the rate limit: it maps requests to {@link ManageContactLists}
 * and its answers to responses. Another app's list, or a list of the other kind, is answered as a missing one.
 */
final class ContactListApi {
    /** What a route does to the lists of its kind. */
    private enum Operation { CREATE, LISTS, GET, DELETE, UPLOAD, ENTRIES, ENTRY_DELETE }

    private final ListKind kind;
    private final ManageContactLists lists;
    private final Function<Seq<Violation>, HttpResponse> invalid;

    /** {@code invalid} answers a request that broke the rules (and counts it in the metrics). */
    ContactListApi(ListKind kind, ManageContactLists lists, Function<Seq<Violation>, HttpResponse> invalid) {
        this.kind = kind;
        this.lists = lists;
        this.invalid = invalid;
    }

    private static Operation operation(RouteId id) {
        return switch (id) {
            case CONTACT_LIST_CREATE, DNC_LIST_CREATE -> Operation.CREATE;
            case CONTACT_LISTS, DNC_LISTS -> Operation.LISTS;
            case CONTACT_LIST_GET, DNC_LIST_GET -> Operation.GET;
            case CONTACT_LIST_DELETE, DNC_LIST_DELETE -> Operation.DELETE;
            case CONTACTS_UPLOAD, DNC_NUMBERS_UPLOAD -> Operation.UPLOAD;
            case CONTACTS, DNC_NUMBERS -> Operation.ENTRIES;
            case CONTACT_DELETE, DNC_NUMBER_DELETE -> Operation.ENTRY_DELETE;
            default -> throw new IllegalArgumentException("not a stored list route: " + id);
        };
    }

    HttpResponse handle(RouteId id, StreamId stream, HttpRequest request, Map<String, String> parameters) {
        String listId = parameters.getOrDefault("listId", "");
        ResourceId list = new ResourceId(listId.isBlank() ? "-" : listId);   // a blank id names no list: answered 404
        return switch (operation(id)) {
            case CREATE -> create(stream, request);
            case LISTS -> PageQuery.paged(request, (offset, limit) -> Responses.json(200, ContactListWriter.lists(lists.lists(stream, offset, limit))));
            case GET -> lists.get(stream, list).map(l -> Responses.json(200, ContactListWriter.list(l, kind.label() + " fetched")))
                    .orElseGet(() -> notFound(list));
            case DELETE -> delete(stream, list);
            case UPLOAD -> upload(stream, list, request);
            case ENTRIES -> PageQuery.paged(request, (offset, limit) -> lists.contacts(stream, list, offset, limit)
                    .map(page -> Responses.json(200, ContactListWriter.entries(kind, page))).orElseGet(() -> notFound(list)));
            case ENTRY_DELETE -> deleteEntry(stream, list, kind == ListKind.DNC ? parameters.get("number") : parameters.get("contactId"));
        };
    }

    private HttpResponse create(StreamId stream, HttpRequest request) {
        ReadResult<ContactListDraft> read = ContactListReader.list(request.body(), kind);
        if (read.draft().isEmpty() || read.hasErrors()) return invalid.apply(read.violations());
        return switch (lists.create(stream, read.draft().get())) {
            case ContactListOutcome.Done done -> Responses.json(200, ContactListWriter.list(done.list(), kind.label() + " " + done.list().name() + " created"));
            case ContactListOutcome.Invalid i -> invalid.apply(read.violations().appendAll(i.violations()));
            case ContactListOutcome.NameTaken t -> Responses.problem(409, "name-taken", "Name taken",
                    "another " + kind.label() + " of this app is already named " + t.lname()
                            + " (names are compared ignoring case, outer and doubled spaces and Unicode normalisation)");
            case ContactListOutcome.NotFound n -> throw new IllegalStateException("a create finds no list");
            case ContactListOutcome.InUse u -> throw new IllegalStateException("a create is never in use");
        };
    }

    private HttpResponse delete(StreamId stream, ResourceId list) {
        return switch (lists.delete(stream, list)) {
            case ContactListOutcome.Done done -> Responses.json(200, ContactListWriter.list(done.list(), kind.label() + " " + done.list().name() + " deleted"));
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
        ReadResult<List<ContactDraft>> read = csv ? ContactCsvReader.read(request.body(), kind) : ContactListReader.entries(request.body(), kind);
        // a problem of the body itself (contacts not an array, say) refuses it; one of an entry is reported with that entry
        boolean bodyBroken = read.violations().exists(v -> v.isError()
                && !(v.path().startsWith(kind.entries()) && !v.path().equals(kind.entries())));
        if (read.draft().isEmpty() || bodyBroken) return invalid.apply(read.violations());
        return lists.upload(stream, list, read.draft().get(), read.violations())
                .map(upload -> Responses.json(200, ContactListWriter.upload(upload))).orElseGet(() -> notFound(list));
    }

    /** A contact by its id, or a DNC entry by its number (with or without its {@code +}). */
    private HttpResponse deleteEntry(StreamId stream, ResourceId list, String entry) {
        String id = kind == ListKind.DNC ? ListedContact.dncEntryId(entry) : entry;
        if (lists.deleteContact(stream, list, id)) {
            return lists.get(stream, list).map(l -> Responses.json(200, ContactListWriter.list(l, kind == ListKind.DNC ? "number deleted" : "contact deleted")))
                    .orElseGet(() -> notFound(list));
        }
        return lists.get(stream, list).isEmpty() ? notFound(list) : Responses.problem(404, kind == ListKind.DNC ? "number-not-found" : "contact-not-found",
                kind == ListKind.DNC ? "Number not found" : "Contact not found",
                "no " + (kind == ListKind.DNC ? "number " : "contact ") + Echo.of(entry) + " in " + kind.label() + " " + Echo.of(list.value()) + " of this app");
    }

    private HttpResponse notFound(ResourceId list) {
        return kind == ListKind.DNC
                ? Responses.problem(404, "dnc-list-not-found", "DNC list not found", "no DNC list " + Echo.of(list.value()) + " in this app")
                : Responses.problem(404, "contact-list-not-found", "Contact list not found", "no contact list " + Echo.of(list.value()) + " in this app");
    }
}

package dev.voicecampaign.json;

import dev.voicecampaign.core.contactlist.ContactList;
import dev.voicecampaign.core.contactlist.ListKind;
import dev.voicecampaign.core.contactlist.ListedContact;
import dev.voicecampaign.core.port.Page;
import dev.voicecampaign.core.usecase.ContactUpload;
import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored list routes' answers, in the shape of the campaign routes' ({@code {status: "success", message?, data}}):
 * a list ({@code id, name, description, contacts} (a DNC list: {@code numbers}), {@code createdAt, updatedAt, version}),
 * a page of lists, of contacts or of DNC numbers ({@code results, skip, limit, hasMore, totalResults}), and an upload's
 * outcome.
 */
public final class ContactListWriter {
    private ContactListWriter() {
    }

    /** One list's answer, with {@code message}. */
    public static byte[] list(ContactList list, String message) {
        ObjectNode answer = success();
        answer.put("message", message);
        answer.set("data", list(list));
        return CampaignJson.bytes(answer);
    }

    public static byte[] lists(Page<ContactList> page) {
        return CampaignJson.bytes(page(page, ContactListWriter::list));
    }

    /** A page of a list's entries: contacts, or a DNC list's numbers ({@code {phone}} each). */
    public static byte[] entries(ListKind kind, Page<ListedContact> page) {
        return CampaignJson.bytes(page(page, kind == ListKind.DNC ? ContactListWriter::dncNumber : ContactListWriter::contact));
    }

    /**
     * An upload's answer: the list as it now is, how many entries were {@code accepted}, the numbers of the
     * {@code duplicates}, every error of the refused entries in {@code rejected} and the warnings, each entry with the
     * upload's {@code row} (counting from 1: the CSV data row, or the position in {@code contacts} or {@code numbers})
     * and the {@code field}.
     */
    public static byte[] upload(ContactUpload upload) {
        ObjectNode answer = success();
        String noun = upload.list().kind() == ListKind.DNC ? " number" : " contact";
        answer.put("message", upload.accepted() + noun + (upload.accepted() == 1 ? "" : "s") + " added to " + upload.list().name());
        String entries = upload.list().kind().entriesField();
        ObjectNode data = answer.putObject("data");
        data.set("list", list(upload.list()));
        data.put("accepted", upload.accepted());
        ArrayNode duplicates = data.putArray("duplicates");
        upload.duplicates().forEach(duplicates::add);
        ArrayNode rejected = data.putArray("rejected");
        upload.rejected().filter(Violation::isError).forEach(v -> rejected.add(rowEntry(v, entries)));
        if (upload.rejected().exists(v -> !v.isError())) {
            ArrayNode warnings = answer.putArray("warnings");
            upload.rejected().reject(Violation::isError).forEach(v -> warnings.add(rowEntry(v, entries)));
        }
        return CampaignJson.bytes(answer);
    }

    /** A violation's entry with, when it is about one entry of the upload, its row (from 1) and field. */
    private static ObjectNode rowEntry(Violation v, String entries) {
        ObjectNode entry = ProblemWriter.entry(v);
        List<Path.Segment> segments = v.path().segments();
        if (segments.size() >= 2 && segments.get(0).equals(new Path.Segment.Field(entries)) && segments.get(1) instanceof Path.Segment.Index i) {
            entry.put("row", i.index() + 1);
            if (segments.size() >= 3 && segments.get(2) instanceof Path.Segment.Field f) entry.put("field", f.name());
        }
        return entry;
    }

    private static ObjectNode list(ContactList list) {
        ObjectNode node = ResponseWriter.NODES.objectNode();
        node.put("id", list.id().value());
        node.put("name", list.name());
        list.description().ifPresent(d -> node.put("description", d));
        node.put(list.kind().entriesField(), list.contacts());
        node.put("createdAt", WireTimestamp.format(list.createdAt()));
        node.put("updatedAt", WireTimestamp.format(list.updatedAt()));
        node.put("version", list.version());
        return node;
    }

    private static ObjectNode contact(ListedContact contact) {
        ObjectNode node = ResponseWriter.NODES.objectNode();
        node.put("id", contact.id());
        node.put("phone", contact.phone());
        contact.zone().map(ZoneId::getId).ifPresent(z -> node.put("zone", z));
        contact.postalCode().ifPresent(p -> node.put("postalCode", p));
        contact.region().ifPresent(r -> node.put("region", r));
        ObjectNode attributes = node.putObject("attributes");
        for (Map.Entry<String, String> a : new java.util.TreeMap<>(contact.attributes()).entrySet()) attributes.put(a.getKey(), a.getValue());
        return node;
    }

    private static ObjectNode dncNumber(ListedContact entry) {
        return ResponseWriter.NODES.objectNode().put("phone", entry.phone());
    }

    /** A page in the answers' shape: {@code {status, data: {results, skip, limit, hasMore, totalResults}}}. */
    static <T> ObjectNode page(Page<T> page, Function<T, ObjectNode> write) {
        ObjectNode answer = success();
        ObjectNode data = answer.putObject("data");
        ArrayNode results = data.putArray("results");
        page.items().forEach(item -> results.add(write.apply(item)));
        data.put("skip", page.offset());
        data.put("limit", page.limit());
        data.put("hasMore", page.hasMore());
        data.put("totalResults", page.total());
        return answer;
    }

    private static ObjectNode success() {
        return ResponseWriter.NODES.objectNode().put("status", "success");
    }
}

package dev.voicecampaign.json;

import dev.voicecampaign.core.callback.Callback;
import dev.voicecampaign.core.port.Page;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The callback routes' answers: a callback ({@code {id, campaignId, phone, contactId?, callContactAt, note?, createdAt}})
 * in the campaign routes' shape, a page of them, and the 400 of a call the campaign may not place then.
 */
public final class CallbackWriter {
    private CallbackWriter() {
    }

    /** One callback's answer, with {@code message}. */
    public static byte[] callback(Callback callback, String message) {
        ObjectNode answer = ResponseWriter.NODES.objectNode().put("status", "success");
        answer.put("message", message);
        answer.set("data", node(callback));
        return CampaignJson.bytes(answer);
    }

    /** A cancelled callback's answer: its id. */
    public static byte[] cancelled(String id) {
        ObjectNode answer = ResponseWriter.NODES.objectNode().put("status", "success");
        answer.put("message", "callback cancelled");
        answer.putObject("data").put("id", id);
        return CampaignJson.bytes(answer);
    }

    public static byte[] callbacks(Page<Callback> page) {
        return CampaignJson.bytes(ContactListWriter.page(page, CallbackWriter::node));
    }

    /**
     * 400 {@code call-not-allowed}: every reason as an entry of {@code errors} and, when a later instant is allowed,
     * {@code nextAllowedAt}.
     */
    public static ObjectNode notAllowed(Seq<Violation> reasons, Optional<Instant> nextAllowedAt) {
        ObjectNode body = ProblemWriter.problem("call-not-allowed", "Call not allowed", 400, nextAllowedAt
                .map(at -> "the campaign may not call then; the next instant it may is nextAllowedAt")
                .orElse("the campaign may not call this number; see errors"));
        body.set("errors", ProblemWriter.entries(reasons));
        nextAllowedAt.ifPresent(at -> body.put("nextAllowedAt", WireTimestamp.format(at)));
        return body;
    }

    private static ObjectNode node(Callback callback) {
        ObjectNode node = ResponseWriter.NODES.objectNode();
        node.put("id", callback.id());
        node.put("campaignId", callback.campaign().value());
        node.put("phone", callback.phone());
        callback.contactId().ifPresent(c -> node.put("contactId", c));
        node.put("callContactAt", WireTimestamp.format(callback.callContactAt()));
        callback.note().ifPresent(n -> node.put("note", n));
        node.put("createdAt", WireTimestamp.format(callback.createdAt()));
        return node;
    }
}

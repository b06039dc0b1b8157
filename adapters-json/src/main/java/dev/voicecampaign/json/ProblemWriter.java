package dev.voicecampaign.json;

import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Problem documents (RFC 9457, {@code application/problem+json}): {@code type}, {@code title},
 * {@code status}, {@code detail}, and for invalid input {@code errors}, one entry per violation with
 * its JSON {@code pointer}, {@code code}, {@code message}, {@code severity} and {@code arguments}.
 * The hosted API documents no error body; this one is ours.
 */
public final class ProblemWriter {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://voicecampaign.dev/problems/";

    private ProblemWriter() {
    }

    /** 400: the request broke rules; lists every violation (errors first, then warnings). */
    public static ObjectNode invalid(Seq<Violation> violations) {
        long errors = violations.count(Violation::isError);
        ObjectNode body = problem("invalid-campaign", "Invalid campaign", 400,
                errors + (errors == 1 ? " problem" : " problems") + " in the request; see errors");
        body.set("errors", entries(violations.filter(Violation::isError).appendAll(violations.reject(Violation::isError))));
        return body;
    }

    public static ObjectNode problem(String type, String title, int status, String detail) {
        ObjectNode body = ResponseWriter.NODES.objectNode();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }

    static ArrayNode entries(Seq<Violation> violations) {
        ArrayNode list = ResponseWriter.NODES.arrayNode();
        for (Violation v : violations) list.add(entry(v));
        return list;
    }

    /** One violation as an entry of {@code errors}: pointer, code, message, severity and, when it has any, arguments. */
    public static ObjectNode entry(Violation v) {
        ObjectNode e = ResponseWriter.NODES.objectNode();
        e.put("pointer", JsonPointers.of(v));
        e.put("code", v.code());
        e.put("message", v.message());
        e.put("severity", v.severity().name());
        if (!v.arguments().isEmpty()) {
            ObjectNode args = e.putObject("arguments");
            for (Map.Entry<String, Object> a : v.arguments().entrySet()) args.set(a.getKey(), value(a.getValue()));
        }
        return e;
    }

    private static tools.jackson.databind.JsonNode value(Object v) {
        return switch (v) {
            case Integer i -> ResponseWriter.NODES.numberNode(i);
            case Long l -> ResponseWriter.NODES.numberNode(l);
            case Boolean b -> ResponseWriter.NODES.booleanNode(b);
            case Collection<?> c -> {
                ArrayNode a = ResponseWriter.NODES.arrayNode();
                c.forEach(x -> a.add(value(x)));
                yield a;
            }
            default -> ResponseWriter.NODES.stringNode(String.valueOf(v));
        };
    }
}

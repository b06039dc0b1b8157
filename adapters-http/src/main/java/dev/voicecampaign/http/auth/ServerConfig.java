package dev.voicecampaign.http.auth;

import dev.voicecampaign.core.campaign.CallerId;
import dev.voicecampaign.core.campaign.StreamId;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The server's tenants, as read from the {@code --config} file:
 * {@code {"apps": [{"streamId", "accountId", "clientId", "clientSecret", "contactLists": [...], "dncLists",
 * "queues", "experienceFlows", "callerIds"}]}}. A bad file is refused with every reason found.
 */
public record ServerConfig(List<AppConfig> apps) {
    /** HS256 keys shorter than 256 bits are refused (RFC 7518, section 3.2). */
    public static final int MIN_SECRET_BYTES = 32;

    public ServerConfig {
        apps = List.copyOf(apps);
        if (apps.isEmpty()) throw new IllegalArgumentException("no apps");
    }

    public Optional<AppConfig> byClientId(String clientId) {
        return apps.stream().filter(a -> a.clientId().equals(clientId)).findFirst();
    }

    /** Reads and checks a configuration; Left holds every problem, one per line. */
    public static Either<String, ServerConfig> parse(byte[] json) {
        JsonNode root = dev.voicecampaign.json.CampaignJson.parse(json);
        if (root == null || !root.isObject()) return Either.left("the configuration is not a JSON object");
        JsonNode apps = root.get("apps");
        if (apps == null || !apps.isArray() || apps.isEmpty()) return Either.left("\"apps\" must be a non-empty array");
        List<String> problems = new ArrayList<>();
        List<AppConfig> parsed = new ArrayList<>();
        Set<String> streams = new HashSet<>();
        Set<String> clients = new HashSet<>();
        for (int i = 0; i < apps.size(); i++) {
            JsonNode a = apps.get(i);
            String at = "apps[" + i + "]";
            if (!a.isObject()) {
                problems.add(at + " must be an object");
                continue;
            }
            String stream = text(a, "streamId", at, problems);
            String account = text(a, "accountId", at, problems);
            String client = text(a, "clientId", at, problems);
            String secret = text(a, "clientSecret", at, problems);
            if (stream != null && StreamId.parse(stream).isEmpty()) problems.add(at + ".streamId is not a valid stream id: " + stream);
            if (stream != null && !streams.add(stream)) problems.add(at + ".streamId repeats " + stream);
            if (client != null && !clients.add(client)) problems.add(at + ".clientId repeats " + client);
            if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
                problems.add(at + ".clientSecret must be at least " + MIN_SECRET_BYTES + " bytes (HS256 needs a 256-bit key)");
            }
            List<String> callerIds = names(a, "callerIds", at, problems);
            callerIds.stream().filter(n -> !CallerId.isE164(n)).forEach(n -> problems.add(at + ".callerIds: not E.164: " + n));
            List<String> lists = names(a, "contactLists", at, problems);
            List<String> dnc = names(a, "dncLists", at, problems);
            List<String> queues = names(a, "queues", at, problems);
            List<String> flows = names(a, "experienceFlows", at, problems);
            if (problems.isEmpty()) {
                parsed.add(new AppConfig(new StreamId(stream), account, client, secret, lists, dnc, queues, flows, callerIds));
            }
        }
        return problems.isEmpty() ? Either.right(new ServerConfig(parsed)) : Either.left(String.join("\n", problems));
    }

    private static String text(JsonNode o, String name, String at, List<String> problems) {
        JsonNode v = o.get(name);
        if (v == null || !v.isString() || v.stringValue().isBlank()) {
            problems.add(at + "." + name + " is required (a non-blank string)");
            return null;
        }
        return v.stringValue();
    }

    private static List<String> names(JsonNode o, String name, String at, List<String> problems) {
        JsonNode v = o.get(name);
        if (v == null) return List.of();
        if (!v.isArray()) {
            problems.add(at + "." + name + " must be an array of strings");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : v) {
            if (n.isString()) out.add(n.stringValue());
            else problems.add(at + "." + name + " must hold strings only");
        }
        return out;
    }
}

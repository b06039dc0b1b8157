package dev.voicecampaign.http.server;

import dev.voicecampaign.http.api.AccessLog;
import java.io.PrintStream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code --access-log json}: one JSON object per answered request, one per line, on the server's output. */
final class JsonAccessLog implements AccessLog {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final PrintStream out;

    JsonAccessLog(PrintStream out) {
        this.out = out;
    }

    @Override
    public void record(Access access) {
        ObjectNode line = JSON.createObjectNode();
        line.put("method", access.method()).put("route", access.route()).put("status", access.status()).put("bytes", access.bytes())
                .put("ms", Math.round(access.millis() * 1000) / 1000.0).put("app", access.app()).put("requestId", access.requestId());
        String text = JSON.writeValueAsString(line);
        synchronized (out) {
            out.println(text);
        }
    }
}

package dev.voicecampaign.http.load;

import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.TokenSigner;
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.json.GoldenSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bounded load on one or several servers over loopback: {@code connections} virtual users, each on its
 * own kept-alive connection and virtual thread (user {@code u} on server {@code u mod n}), run the same
 * {@link Mix} for a fixed duration. The campaign life: create, get until preparation has finished (Ready),
 * update, play, get, stop, list a page, delete; deleting keeps the store's size bounded, so a long run
 * measures the server, not a growing table. Every request expects 200; anything else (another status, no
 * answer) is an error. Latencies are recorded per operation in fixed memory.
 */
final class LoadGenerator {
    /** The operations of the mix, in the order a virtual user runs them. */
    enum Operation {
        CREATE, GET, UPDATE, PLAY, STOP, LIST, DELETE;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What each virtual user repeats until the deadline. */
    enum Mix {
        /** The campaign life, create to delete. */
        LIFE,
        /** Durable creates only, each with a new name: the store grows by one campaign a request. */
        CREATES
    }

    /** Polls of a Preparing campaign before the wait counts as an error. */
    private static final int MAX_PREPARATION_POLLS = 10_000;
    private static final byte[] SAMPLE = GoldenSamples.request("agentless-v2");
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LIST_PAGE = "{\"limit\": 10}".getBytes(StandardCharsets.UTF_8);

    private final List<Integer> ports;
    private final AppConfig app;
    private final int connections;
    private final Duration duration;
    private final Mix mix;
    private final LongAdder completed = new LongAdder();

    LoadGenerator(int port, AppConfig app, int connections, Duration duration) {
        this(List.of(port), app, connections, duration, Mix.LIFE);
    }

    LoadGenerator(List<Integer> ports, AppConfig app, int connections, Duration duration, Mix mix) {
        this.ports = List.copyOf(ports);
        this.app = app;
        this.connections = connections;
        this.duration = duration;
        this.mix = mix;
    }

    /**
     * What one run measured: the duration asked for and the time the run took, per operation the
     * requests, the errors and the latencies; and the first few errors, for diagnosis.
     */
    record Result(int connections, Duration duration, Duration elapsed, Map<Operation, LatencyHistogram> latencies,
                  Map<Operation, Long> errors, List<String> firstErrors) {
        long requests() {
            return latencies.values().stream().mapToLong(LatencyHistogram::count).sum();
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }

        LatencyHistogram all() {
            LatencyHistogram all = new LatencyHistogram();
            latencies.values().forEach(all::add);
            return all;
        }
    }

    /** Requests answered so far (any status), readable while the load runs. */
    long requestsSoFar() {
        return completed.sum();
    }

    /**
     * Runs the load and answers what it measured. The deadline stops users from starting a new
     * campaign life; the life under way finishes, so every user completes at least one and the run
     * overshoots the duration by at most one life.
     */
    Result run() throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        AtomicInteger errorsKept = new AtomicInteger();
        List<Future<VirtualUser>> users = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < connections; u++) {
                VirtualUser user = new VirtualUser(u, deadline, firstErrors, errorsKept);
                users.add(threads.submit(() -> {
                    user.run();
                    return user;
                }));
            }
        }
        Map<Operation, LatencyHistogram> latencies = new EnumMap<>(Operation.class);
        Map<Operation, Long> errors = new EnumMap<>(Operation.class);
        for (Operation op : Operation.values()) {
            latencies.put(op, new LatencyHistogram());
            errors.put(op, 0L);
        }
        for (Future<VirtualUser> future : users) {
            VirtualUser user;
            try {
                user = future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a virtual user failed", e.getCause());
            }
            for (Operation op : Operation.values()) {
                latencies.get(op).add(user.latencies.get(op));
                errors.merge(op, user.errors.get(op), Long::sum);
            }
        }
        return new Result(connections, duration, Duration.ofNanos(System.nanoTime() - start), latencies, errors, List.copyOf(firstErrors));
    }

    /** One user: its connection, its token, its own histograms (no sharing, no contention). */
    private final class VirtualUser {
        private final int number;
        private final long deadline;
        private final ConcurrentLinkedQueue<String> firstErrors;
        private final AtomicInteger errorsKept;
        private final Map<Operation, LatencyHistogram> latencies = new EnumMap<>(Operation.class);
        private final Map<Operation, Long> errors = new EnumMap<>(Operation.class);
        private final LoadConnection connection;
        private final String v2 = "/campaign/api/v2/public/" + app.streamId().value();
        private final String trigger = "/api/v2/public/" + app.streamId().value() + "/campaign/trigger/";

        VirtualUser(int number, long deadline, ConcurrentLinkedQueue<String> firstErrors, AtomicInteger errorsKept) {
            this.number = number;
            this.deadline = deadline;
            this.firstErrors = firstErrors;
            this.errorsKept = errorsKept;
            for (Operation op : Operation.values()) {
                latencies.put(op, new LatencyHistogram());
                errors.put(op, 0L);
            }
            Duration validity = duration.plus(Duration.ofHours(1));
            String token = TokenSigner.sign(app.clientId(), app.clientSecret(), Instant.now(), validity);
            connection = new LoadConnection(ports.get(number % ports.size()), "auth: " + token + "\r\niid: " + app.streamId().value() + "\r\naccountId: "
                    + app.accountId() + "\r\n");
        }

        void run() {
            try (connection) {
                for (long cycle = 0; cycle == 0 || System.nanoTime() < deadline; cycle++) {
                    String name = mix.name().toLowerCase(java.util.Locale.ROOT) + " u" + number + "-" + cycle;
                    switch (mix) {
                        case LIFE -> campaignLife(name);
                        case CREATES -> call(Operation.CREATE, "POST", v2 + "/campaign", body(name, "created by the load generator"));
                    }
                }
            }
        }

        /** One campaign from create to delete (finished even past the deadline, so none is left behind); stops at the first error. */
        private void campaignLife(String name) {
            JsonNode created = call(Operation.CREATE, "POST", v2 + "/campaign", body(name, "created by the load generator"));
            if (created == null) return;
            String id = created.path("data").path("id").stringValue();
            String path = v2 + "/campaign/" + id;
            for (int poll = 0; ; poll++) {
                JsonNode got = call(Operation.GET, "GET", path, null);
                if (got == null) return;
                String status = got.path("data").path("status").stringValue();
                if ("Ready".equals(status)) break;
                if (!"Preparing".equals(status) || poll >= MAX_PREPARATION_POLLS) {
                    error(Operation.GET, "campaign " + id + " is " + status + " after " + poll + " polls");
                    return;
                }
            }
            if (call(Operation.UPDATE, "PUT", path, body(name, "updated by the load generator")) == null) return;
            if (call(Operation.PLAY, "POST", trigger + id + "?campaignType=voice&trigger=play", EMPTY_OBJECT) == null) return;
            if (call(Operation.GET, "GET", path, null) == null) return;
            if (call(Operation.STOP, "POST", trigger + id + "?campaignType=voice&trigger=stop", EMPTY_OBJECT) == null) return;
            if (call(Operation.LIST, "POST", v2 + "/campaign/getAllCampaignDetails", LIST_PAGE) == null) return;
            call(Operation.DELETE, "DELETE", path, null);
        }

        /** One request; its parsed body when answered 200, else null after counting the error. */
        private JsonNode call(Operation op, String method, String pathAndQuery, byte[] body) {
            long start = System.nanoTime();
            LoadConnection.Response response;
            try {
                response = connection.exchange(method, pathAndQuery, body);
            } catch (IOException e) {
                latencies.get(op).recordNanos(System.nanoTime() - start);
                error(op, method + " " + pathAndQuery + ": no answer (" + e + ")");
                return null;
            }
            latencies.get(op).recordNanos(System.nanoTime() - start);
            completed.increment();
            if (response.status() != 200) {
                error(op, method + " " + pathAndQuery + ": " + response.status() + " " + response.text());
                return null;
            }
            return CampaignJson.parse(response.body());
        }

        private void error(Operation op, String description) {
            errors.merge(op, 1L, Long::sum);
            if (errorsKept.incrementAndGet() <= 10) firstErrors.add(op.label() + ": " + description);
        }

        /** The Agentless v2 sample with another name and description. */
        private static byte[] body(String name, String description) {
            ObjectNode body = (ObjectNode) CampaignJson.parse(SAMPLE);
            body.put("name", name);
            body.put("description", description);
            return CampaignJson.bytes(body);
        }
    }
}

package dev.voicecampaign.http.server;

import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.http.api.CampaignApi;
import dev.voicecampaign.http.api.ServerState;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.http.auth.RateLimiter;
import dev.voicecampaign.http.auth.ServerConfig;
import dev.voicecampaign.http.auth.TokenSigner;
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.json.DraftReader;
import dev.voicecampaign.json.ProblemWriter;
import dev.voicecampaign.json.ReadResult;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The runnable jar: {@code serve [--port N] [--config FILE] [--rate-limit N]} starts the reference server
 * ({@code --rate-limit}: requests a minute per account, default the hosted API's 60; load tests raise it);
 * {@code validate [--dialect v1|v2] [--config FILE] FILE...} checks request bodies offline and prints
 * the problem document the server would answer (exit 0 valid, 1 invalid, 2 usage or I/O error).
 */
public final class Main {
    static final String USAGE = """
            usage: campaign-server serve [--port N] [--config FILE] [--rate-limit N]
                   campaign-server validate [--dialect v1|v2] [--config FILE] FILE...""";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int code = run(args, System.out, System.err);
        if (code >= 0) System.exit(code);
    }

    /** Runs a command; answers the exit code, or -1 when the server keeps running. */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length == 0) return usage(err, "no command");
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        String configFile = option(rest, "--config");
        Either<String, ServerConfig> config = configFile == null ? Either.right(DemoConfig.standard()) : loadConfig(configFile);
        if (config.isLeft()) {
            err.println("configuration refused: " + config.getLeft());
            return 2;
        }
        return switch (args[0]) {
            case "serve" -> {
                String port = option(rest, "--port");
                String rateLimit = option(rest, "--rate-limit");
                if (!rest.isEmpty()) yield usage(err, "unexpected " + rest);
                int p;
                int perMinute;
                try {
                    p = port == null ? 8080 : Integer.parseInt(port);
                } catch (NumberFormatException e) {
                    yield usage(err, "--port needs a number");
                }
                try {
                    perMinute = rateLimit == null ? RateLimiter.DEFAULT_PER_MINUTE : Integer.parseInt(rateLimit);
                } catch (NumberFormatException e) {
                    yield usage(err, "--rate-limit needs a number");
                }
                if (perMinute < 1) yield usage(err, "--rate-limit must be at least 1");
                serve(config.get(), p, configFile == null, perMinute, out);
                yield -1;
            }
            case "validate" -> validate(config.get(), rest, out, err);
            default -> usage(err, "unknown command " + args[0]);
        };
    }

    private static Either<String, ServerConfig> loadConfig(String file) {
        try {
            return ServerConfig.parse(Files.readAllBytes(Path.of(file)));
        } catch (IOException e) {
            return Either.left("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0) return null;
        if (i + 1 >= args.size()) throw new IllegalArgumentException(name + " needs a value");
        String value = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return value;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE);
        return 2;
    }

    /** Starts the server and the schedule ticker, with the documented rate limit; returns once listening. */
    public static EmbeddedServer serve(ServerConfig config, int port, boolean demo, PrintStream out) throws IOException {
        return serve(config, port, demo, RateLimiter.DEFAULT_PER_MINUTE, out);
    }

    /** As {@link #serve(ServerConfig, int, boolean, PrintStream)}, allowing {@code perMinute} requests a minute per account. */
    public static EmbeddedServer serve(ServerConfig config, int port, boolean demo, int perMinute, PrintStream out) throws IOException {
        Clock clock = Clock.systemUTC();
        ServerState state = ServerState.inMemory(config, clock);
        CampaignApi api = new CampaignApi(state, new RateLimiter(perMinute, clock),
                command -> Thread.ofVirtual().start(command));
        EmbeddedServer server = EmbeddedServer.start(new InetSocketAddress(port), api, dev.voicecampaign.json.ReadLimits.MAX_DOCUMENT_BYTES);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());
        ScheduleRunner runner = new ScheduleRunner(config, state.service(), clock);
        ticker.scheduleAtFixedRate(runner::tick, 1, 1, TimeUnit.SECONDS);
        out.println("campaign server listening on http://localhost:" + server.port());
        AppConfig app = config.apps().get(0);
        if (demo) {
            out.println("demo app: streamId " + app.streamId() + ", accountId " + app.accountId() + ", clientId " + app.clientId()
                    + ", clientSecret " + app.clientSecret());
        }
        String token = TokenSigner.sign(app.clientId(), app.clientSecret(), clock.instant(), Duration.ofHours(24));
        out.println("try it (token valid 24 hours):");
        out.println(curl(server.port(), app, token));
        return server;
    }

    static String curl(int port, AppConfig app, String token) {
        return "curl -s -X POST 'http://localhost:" + port + "/campaign/api/v2/public/" + app.streamId() + "/campaign?accountId="
                + app.accountId() + "&campaignType=voice' -H 'Content-Type: application/json' -H 'auth: " + token + "' -H 'iid: "
                + app.streamId() + "' -H 'accountId: " + app.accountId() + "' --data '" + SampleBody.AGENTLESS + "'";
    }

    private static int validate(ServerConfig config, List<String> rest, PrintStream out, PrintStream err) throws IOException {
        String dialectName = option(rest, "--dialect");
        Dialect dialect = dialectName == null || dialectName.equals("v2") ? Dialect.V2 : dialectName.equals("v1") ? Dialect.V1 : null;
        if (dialect == null) return usage(err, "--dialect must be v1 or v2");
        if (rest.isEmpty()) return usage(err, "no file to validate");
        ServerState state = ServerState.inMemory(config, Clock.systemUTC());
        AppConfig app = config.apps().get(0);
        boolean allValid = true;
        for (String file : rest) {
            byte[] body;
            try {
                body = Files.readAllBytes(Path.of(file));
            } catch (IOException e) {
                err.println("cannot read " + file + ": " + e.getMessage());
                return 2;
            }
            ReadResult read = DraftReader.read(body, dialect);
            Seq<Violation> all = read.violations();
            if (read.draft().isPresent()) {
                Verdict verdict = state.service().check(app.streamId(), read.draft().get());
                all = CampaignJson.merge(read.violations(), verdict.isValid() ? verdict.warnings() : verdict.result().getError());
            }
            boolean valid = !all.exists(Violation::isError);
            allValid &= valid;
            out.println(file + ": " + (valid ? "valid" : "invalid"));
            if (!all.isEmpty()) out.println(CampaignJson.text(ProblemWriter.invalid(all)));
        }
        return allValid ? 0 : 1;
    }
}

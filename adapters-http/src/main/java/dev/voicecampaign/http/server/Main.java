package dev.voicecampaign.http.server;

import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.port.StorageFailure;
import dev.voicecampaign.core.usecase.CheckCampaign;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.core.port.CampaignRepository;
import dev.voicecampaign.http.api.AccessLog;
import dev.voicecampaign.http.api.CampaignApi;
import dev.voicecampaign.http.api.MeteredRepository;
import dev.voicecampaign.http.api.ServerMetrics;
import dev.voicecampaign.http.api.ServerState;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.DemoConfig;
import dev.voicecampaign.http.auth.RateLimiter;
import dev.voicecampaign.http.auth.ServerConfig;
import dev.voicecampaign.http.auth.TokenSigner;
import dev.voicecampaign.http.auth.TokenVerifier;
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.json.DraftReader;
import dev.voicecampaign.json.ProblemWriter;
import dev.voicecampaign.json.ReadResult;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The runnable jar: {@code serve [--port N] [--config FILE] [--data DIR | --in-memory | --jdbc-url URL]
 * [--rate-limit N]} starts the reference server; {@code validate [--dialect v1|v2] [--config FILE] FILE...}
 * checks request bodies offline and prints the problem document the server would answer (exit 0 valid,
 * 1 invalid, 2 usage or I/O error); {@code callable} decides a contact file's calls at an instant ({@link CallableCommand}). Campaigns are kept in a file database under {@code ./campaign-data}
 * unless the options say otherwise (see {@link StorageOption}). SIGTERM stops the server gracefully:
 * new requests are refused, requests in flight finish within the shutdown grace (10 s by default),
 * the storage is closed, and the process exits within the grace plus {@link RunningServer#STOP_MARGIN}.
 */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());
    /** The pool's and the migrations' start-up chatter: the server prints one storage line instead. Kept referenced so the level holds. */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("com.zaxxer.hikari"), Logger.getLogger("org.flywaydb"),
            Logger.getLogger("org.eclipse.jetty"));
    static final String USAGE = """
            usage: campaign-server serve [--port N] [--config FILE] [--data DIR | --in-memory | --jdbc-url URL] [--rate-limit N] [--access-log json]
                   campaign-server validate [--dialect v1|v2] [--config FILE] FILE...
            """ + "       " + CallableCommand.USAGE + """

            storage: --data DIR     file database in DIR (default ./campaign-data): survives restarts
                     --in-memory    nothing kept: for throwaway sandboxes
                     --jdbc-url URL a database server such as PostgreSQL, shared by several instances;
                                    user and password from CAMPAIGN_DB_USER and CAMPAIGN_DB_PASSWORD""";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
        int code = run(args, System.out, System.err, System.getenv());
        if (code >= 0) System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        return run(args, out, err, System.getenv());
    }

    /** Runs a command; answers the exit code, or -1 when the server keeps running. */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) throws IOException {
        if (args.length == 0) return usage(err, "no command");
        if (List.of("--help", "-h", "help").contains(args[0])) {
            out.println(USAGE);
            return 0;
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        try {
            String configFile = option(rest, "--config");
            Either<String, ServerConfig> config = configFile == null ? Either.right(DemoConfig.standard()) : loadConfig(configFile);
            if (config.isLeft()) {
                err.println("configuration refused: " + config.getLeft());
                return 2;
            }
            return switch (args[0]) {
                case "serve" -> serveCommand(config.get(), configFile == null, rest, out, err, environment);
                case "validate" -> validate(config.get(), rest, out, err);
                case "callable" -> CallableCommand.run(config.get(), rest, out, err, stderrIsTerminal());
                default -> usage(err, "unknown command " + args[0]);
            };
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
    }

    private static int serveCommand(ServerConfig config, boolean demo, List<String> rest, PrintStream out, PrintStream err,
                                    Map<String, String> environment) throws IOException {
        int port = number(option(rest, "--port"), "--port", 8080);
        int perMinute = number(option(rest, "--rate-limit"), "--rate-limit", RateLimiter.DEFAULT_PER_MINUTE);
        String accessLogFormat = option(rest, "--access-log");
        if (accessLogFormat != null && !accessLogFormat.equals("json")) return usage(err, "--access-log must be json");
        AccessLog accessLog = accessLogFormat == null ? AccessLog.none() : new JsonAccessLog(out);
        Either<String, StorageOption> storage = StorageOption.fromOptions(Optional.ofNullable(option(rest, "--data")),
                flag(rest, "--in-memory"), Optional.ofNullable(option(rest, "--jdbc-url")), environment);
        if (!rest.isEmpty()) return usage(err, "unexpected " + rest);
        if (storage.isLeft()) return usage(err, storage.getLeft());
        RunningServer server;
        try {
            server = serve(config, new ServeOptions(port, storage.get(), perMinute), demo, out, accessLog);
        } catch (StorageFailure e) {
            err.println("storage unavailable: " + e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopOnSignal(server, out), "campaign-server-stop"));
        return -1;
    }

    /**
     * SIGTERM (or any normal JVM exit): the graceful stop, bounded by the shutdown grace plus
     * {@link RunningServer#STOP_MARGIN}. Should the stop overrun that bound (a storage that hangs on
     * close, say), a watchdog halts the process, so it always exits within the bound.
     */
    private static void stopOnSignal(RunningServer server, PrintStream out) {
        CountDownLatch stopped = new CountDownLatch(1);
        Duration bound = server.stopBound();
        Thread.ofPlatform().daemon().name("campaign-server-stop-watchdog").start(() -> {
            try {
                if (!stopped.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                    out.println("stop overran its bound of " + bound.toSeconds() + " s: halting");
                    Runtime.getRuntime().halt(1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            server.stop(out);
        } finally {
            stopped.countDown();
        }
    }

    private static Either<String, ServerConfig> loadConfig(String file) {
        try {
            return ServerConfig.parse(InputFiles.read(file));
        } catch (BadInput e) {
            return Either.left(e.getMessage());
        }
    }

    /** Takes option {@code name} and its value out of {@code args}; null when absent. */
    static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0) return null;
        if (i + 1 >= args.size()) throw new IllegalArgumentException(name + " needs a value");
        String value = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return value;
    }

    private static boolean flag(List<String> args, String name) {
        return args.remove(name);
    }

    private static int number(String value, String name, int otherwise) {
        if (value == null) return otherwise;
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number");
        }
    }

    /** The dialect an option names (v2 when absent); empty for any other value. */
    static Optional<Dialect> dialect(String name) {
        if (name == null || name.equals("v2")) return Optional.of(Dialect.V2);
        return name.equals("v1") ? Optional.of(Dialect.V1) : Optional.empty();
    }

    /** Whether stderr is a terminal (Linux: its descriptor links to a tty), where a progress bar may be drawn. */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE);
        return 2;
    }

    /**
     * Opens the storage, finishes preparations a previous stop interrupted, starts the server and the
     * schedule ticker; returns once listening. A {@link StorageFailure} if the storage cannot be opened.
     */
    public static RunningServer serve(ServerConfig config, ServeOptions options, boolean demo, PrintStream out) throws IOException {
        return serve(config, options, demo, out, AccessLog.none());
    }

    /** As {@link #serve(ServerConfig, ServeOptions, boolean, PrintStream)}, writing a line per request to {@code accessLog}. */
    public static RunningServer serve(ServerConfig config, ServeOptions options, boolean demo, PrintStream out, AccessLog accessLog)
            throws IOException {
        Clock clock = Clock.systemUTC();
        StorageOption.OpenStorage storage = options.storage().open();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());
        EmbeddedServer server = null;
        try {
            ServerMetrics metrics = ServerMetrics.withJvm();
            CampaignRepository repository = new MeteredRepository(storage.repository(), metrics.registry());
            metrics.watchCampaigns(repository, config.apps().stream().map(AppConfig::streamId).toList());
            ServerState state = ServerState.over(config, clock, repository, storage.contactLists(), storage.callbacks(), command -> Thread.ofVirtual().start(command));
            int finished = PreparationRecovery.finish(config, state.service(), state.service());
            CampaignApi api = new CampaignApi(state, storage.rateLimit(options.requestsPerMinute(), clock), metrics, accessLog);
            server = EmbeddedServer.start(options.socketAddress(), api, dev.voicecampaign.json.ReadLimits.MAX_DOCUMENT_BYTES);
            ScheduleRunner runner = new ScheduleRunner(config, state.service());
            ticker.scheduleAtFixedRate(() -> tick(runner), 1, 1, TimeUnit.SECONDS);
            out.println("campaign server listening on http://localhost:" + server.port());
            out.println("storage: " + storage.description());
            out.println("rate limit: " + options.requestsPerMinute() + " requests a minute per account, "
                    + (storage.sharedDatabase().isPresent() ? "counted in the database every instance on it shares" : "counted in this process"));
            out.println("health: http://localhost:" + server.port() + "/health/ready, metrics: http://localhost:" + server.port() + "/metrics");
            out.println("docs: http://localhost:" + server.port() + "/docs (try the API in a browser: Authorize with a token, then Try it out)");
            if (finished > 0) out.println("finished " + finished + " preparation(s) interrupted by the previous stop");
            AppConfig app = config.apps().get(0);
            if (demo) {
                // The demo's secret is public; a real configuration's token would be a live credential in the log.
                out.println("demo app: streamId " + app.streamId() + ", accountId " + app.accountId() + ", clientId " + app.clientId()
                        + ", clientSecret " + app.clientSecret());
                String token = TokenSigner.sign(app.clientId(), app.clientSecret(), clock.instant(), TokenVerifier.MAX_LIFETIME);
                out.println("try it (token valid " + TokenVerifier.MAX_LIFETIME.toHours() + " hours):");
                // a name of this start's own, so the line works after a restart on the kept data too
                String name = "Try it " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                        .withZone(java.time.ZoneOffset.UTC).format(clock.instant());
                out.println(curl(server.port(), app, token, name));
                out.println("export TOKEN=" + token + "   # the token alone, for the README's walk");
                out.println("(names are unique per app: the same request twice answers 409 name-taken; change the name to create another)");
            } else {
                out.println("auth: send a JWT signed HS256 with an app's client secret, claim appId = its client id, exp within "
                        + TokenVerifier.MAX_LIFETIME.toHours() + " hours");
            }
            return new RunningServer(server, ticker, storage);
        } catch (IOException | RuntimeException e) {
            ticker.shutdownNow();
            if (server != null) server.close();
            storage.close();
            throw e;
        }
    }

    /** One schedule tick; a failure (storage down) is logged and the next tick tries again. */
    private static void tick(ScheduleRunner runner) {
        try {
            runner.tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "schedule tick failed; retrying in a second", e);
        }
    }

    static String curl(int port, AppConfig app, String token, String name) {
        return "curl -s -X POST 'http://localhost:" + port + "/campaign/api/v2/public/" + app.streamId() + "/campaign?accountId="
                + app.accountId() + "&campaignType=voice' -H 'Content-Type: application/json' -H 'auth: " + token + "' -H 'iid: "
                + app.streamId() + "' -H 'accountId: " + app.accountId() + "' --data '" + SampleBody.agentless(name) + "'";
    }

    private static int validate(ServerConfig config, List<String> rest, PrintStream out, PrintStream err) throws IOException {
        Optional<Dialect> dialect = dialect(option(rest, "--dialect"));
        if (dialect.isEmpty()) return usage(err, "--dialect must be v1 or v2");
        if (rest.isEmpty()) return usage(err, "no file to validate");
        CheckCampaign checking = ServerState.inMemory(config, Clock.systemUTC()).service();
        AppConfig app = config.apps().get(0);
        boolean allValid = true;
        for (String file : rest) {
            byte[] body;
            try {
                body = InputFiles.read(file);
            } catch (BadInput e) {
                err.println(e.getMessage());
                return 2;
            }
            ReadResult<CampaignDraft> read = DraftReader.read(body, dialect.get());
            Seq<Violation> all = read.draft().isEmpty() ? read.violations()
                    : checking.check(app.streamId(), read.draft().get(), read.violations());
            boolean valid = !all.exists(Violation::isError);
            allValid &= valid;
            out.println(file + ": " + (valid ? "valid" : "invalid"));
            if (!all.isEmpty()) out.println(CampaignJson.text(ProblemWriter.invalid(all)));
        }
        return allValid ? 0 : 1;
    }
}

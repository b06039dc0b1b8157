package dev.voicecampaign.http.server;

import dev.voicecampaign.core.campaign.Campaign;
import dev.voicecampaign.core.draft.CampaignDraft;
import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.port.Verdict;
import dev.voicecampaign.core.usecase.CheckCampaign;
import dev.voicecampaign.core.violation.Violation;
import dev.voicecampaign.http.api.ServerState;
import dev.voicecampaign.http.auth.AppConfig;
import dev.voicecampaign.http.auth.ServerConfig;
import dev.voicecampaign.json.CsvTable;
import dev.voicecampaign.json.CampaignJson;
import dev.voicecampaign.json.DraftReader;
import dev.voicecampaign.json.ProblemWriter;
import dev.voicecampaign.json.ReadResult;
import dev.voicecampaign.rules.decision.CallDecider;
import dev.voicecampaign.rules.decision.CallDecision;
import dev.voicecampaign.rules.decision.Contact;
import dev.voicecampaign.rules.decision.ContactDecision;
import dev.voicecampaign.rules.decision.ContactNumber;
import dev.voicecampaign.rules.decision.DecisionRules;
import dev.voicecampaign.rules.decision.Quoted;
import dev.voicecampaign.rules.decision.Reason;
import dev.voicecampaign.rules.decision.ReasonCode;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The {@code callable} command: for every contact of a CSV file, whether the campaign may call it at one instant
 * ({@link CallDecider}), as CSV on stdout with the header {@link #HEADER} (a code once per row, though several zones
 * may give it). Exit 0 when every row got a decision (a
 * row that cannot be decided, such as a blank phone or an unknown zone, is a {@code NEVER} row with its code), 1 when
 * the campaign body is invalid (its problem document on stderr), 2 for usage, I/O or malformed-file errors.
 */
final class CallableCommand {
    static final List<String> HEADER = List.of("row", "id", "phone", "zone", "decision", "reasons", "next_allowed_at");
    static final String USAGE = "campaign-server callable --campaign FILE [--dialect v1|v2] --contacts FILE --at INSTANT"
            + " [--history FILE] [--dnc FILE] [--config FILE]";
    private static final CsvMapper CSV = CsvMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING) // quote only what CSV needs quoted, not every "+..."
            .build();
    /** Rows decided together, on every core, before they are written in order. */
    private static final int BATCH = 4096;
    private static final CsvSchema OUTPUT = CsvSchema.builder().addColumns(HEADER, CsvSchema.ColumnType.STRING).setUseHeader(true).build();

    private CallableCommand() {
    }

    /** Runs the command on the options left in {@code rest} ({@code --config} already taken); answers the exit code. */
    static int run(ServerConfig config, List<String> rest, PrintStream out, PrintStream err, boolean terminal) {
        String campaignFile = Main.option(rest, "--campaign");
        Optional<Dialect> dialect = Main.dialect(Main.option(rest, "--dialect"));
        String contactsFile = Main.option(rest, "--contacts");
        String atText = Main.option(rest, "--at");
        String historyFile = Main.option(rest, "--history");
        String dncFile = Main.option(rest, "--dnc");
        if (!rest.isEmpty()) return Main.usage(err, "unexpected " + rest);
        if (campaignFile == null || contactsFile == null || atText == null) {
            return Main.usage(err, "callable needs --campaign, --contacts and --at");
        }
        if (dialect.isEmpty()) return Main.usage(err, "--dialect must be v1 or v2");
        Optional<Instant> asked = DecisionRules.parseInstant(atText);
        if (asked.isEmpty()) {
            return Main.usage(err, "--at must be an ISO-8601 instant such as 2026-12-08T14:30:00Z, not " + Quoted.of(atText));
        }
        Instant at = asked.get();
        try {
            Either<Seq<Violation>, Campaign> campaign = campaign(config, InputFiles.read(campaignFile), dialect.get());
            if (campaign.isLeft()) {
                err.println(campaignFile + ": invalid");
                err.println(CampaignJson.text(ProblemWriter.invalid(campaign.getLeft())));
                return 1;
            }
            Optional<String> region = ContactNumber.regionOf(campaign.get().dialingStrategy().callerId().e164());
            Set<String> dnc = dncFile == null ? Set.of() : dncNumbers(region, dncFile);
            CallDecider decider = CallDecider.of(campaign.get(), dnc::contains);
            Map<String, List<Instant>> history = historyFile == null ? Map.of() : history(region, historyFile);
            long started = System.nanoTime();
            long[] counts = decideAll(decider, history, at, contactsFile, out, terminal ? err : null);
            if (out.checkError()) {
                err.println("cannot write the decisions to stdout (a full disk or a closed pipe?)");
                return 2;
            }
            err.printf(Locale.ROOT, "callable: %d rows: %d CALL, %d WAIT, %d NEVER in %.1f s%n", counts[0] + counts[1] + counts[2],
                    counts[0], counts[1], counts[2], (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (BadInput e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /** The campaign the body makes, or everything wrong with it as a create would report it. */
    private static Either<Seq<Violation>, Campaign> campaign(ServerConfig config, byte[] body, Dialect dialect) {
        ReadResult<CampaignDraft> read = DraftReader.read(body, dialect);
        if (read.draft().isEmpty()) return Either.left(read.violations());
        CheckCampaign checking = ServerState.inMemory(config, Clock.systemUTC()).service();
        AppConfig app = config.apps().get(0);
        Verdict verdict = checking.check(app.streamId(), read.draft().get());
        if (verdict.result().isValid() && !read.violations().exists(Violation::isError)) return Either.right(verdict.result().get());
        return Either.left(checking.check(app.streamId(), read.draft().get(), read.violations()));
    }

    /** Decides every row of the contacts file into {@code out}; answers the CALL, WAIT and NEVER counts. */
    private static long[] decideAll(CallDecider decider, Map<String, List<Instant>> history, Instant at, String contactsFile,
                                    OutputStream out, PrintStream progress) throws BadInput {
        long[] counts = new long[3];
        try (InputStream in = progress == null ? InputFiles.open(contactsFile) : ProgressBar.wrap(InputFiles.open(contactsFile), new ProgressBarBuilder()
                        .setTaskName("contacts").setUnit(" MiB", 1 << 20).setConsumer(new ConsoleProgressBarConsumer(progress)));
             CsvTable contacts = CsvTable.open(in, contactsFile, List.of("phone"));
             SequenceWriter rows = CSV.writer(OUTPUT).writeValues(out)) {
            List<ContactRow> batch = new ArrayList<>(BATCH);
            boolean more = true;
            while (more) {
                more = contacts.next();
                if (more) {
                    batch.add(new ContactRow(contacts.row(), contacts.get("id"), contacts.get("phone"), contacts.get("zone"),
                            contacts.get("region")));
                }
                if (batch.size() == BATCH || !more && !batch.isEmpty()) {
                    // Reading a number is most of a row's cost and rows do not depend on each other: decide a batch on every core.
                    List<ContactDecision> decided = batch.parallelStream().map(r -> decide(decider, history, at, r)).toList();
                    for (int i = 0; i < batch.size(); i++) {
                        counts[switch (decided.get(i).decision()) {
                            case CallDecision.Call c -> 0;
                            case CallDecision.Wait w -> 1;
                            case CallDecision.Never n -> 2;
                        }]++;
                        rows.write(row(batch.get(i).row(), batch.get(i).id(), decided.get(i)));
                    }
                    batch.clear();
                }
            }
        } catch (CsvTable.Malformed e) {
            throw new BadInput(e.getMessage());
        } catch (IOException e) {
            throw new BadInput(contactsFile + ": " + e.getMessage());
        }
        return counts;
    }

    /** A contacts file's row as read: its number from 1 and the columns the command uses. */
    private record ContactRow(long row, String id, String phone, String zone, String region) {
    }

    /** One contact row's decision; a zone no zone rules know is a {@code NEVER} of its own. */
    private static ContactDecision decide(CallDecider decider, Map<String, List<Instant>> history, Instant at, ContactRow row) {
        Optional<ZoneId> zone = Optional.empty();
        if (!row.zone().isEmpty()) {
            zone = ContactNumber.knownZone(row.zone());
            if (zone.isEmpty()) {
                Reason unknown = ReasonCode.ZONE_UNKNOWN.reason(Quoted.of(row.zone()) + " is not a zone id this JVM's zone rules know");
                return new ContactDecision(Optional.empty(), row.phone(), new CallDecision.Never(List.of(), List.of(unknown)));
            }
        }
        String region = row.region().toUpperCase(Locale.ROOT);
        Contact contact = new Contact(Optional.empty(), row.phone(), zone, region.isEmpty() ? Optional.empty() : Optional.of(region));
        return decider.decide(contact, history, at);
    }

    private static List<String> row(long row, String id, ContactDecision decided) {
        CallDecision decision = decided.decision();
        String kind = switch (decision) {
            case CallDecision.Call c -> "CALL";
            case CallDecision.Wait w -> "WAIT";
            case CallDecision.Never n -> "NEVER";
        };
        String next = decision instanceof CallDecision.Wait wait ? wait.until().toString() : "";
        return List.of(Long.toString(row), id, decided.phone(),
                decision.zones().stream().map(ZoneId::getId).collect(Collectors.joining("|")), kind,
                decision.reasons().stream().map(Reason::code).distinct().collect(Collectors.joining("|")), next);
    }

    /** The attempts file ({@code phone,at}) by E.164 number, national numbers read in {@code region}; a row that cannot be read stops the command. */
    private static Map<String, List<Instant>> history(Optional<String> region, String file) throws BadInput {
        Map<String, List<Instant>> attempts = new HashMap<>();
        try (InputStream in = InputFiles.open(file); CsvTable rows = CsvTable.open(in, file, List.of("phone", "at"))) {
            while (rows.next()) {
                String number = number(region, rows, file);
                Optional<Instant> at = DecisionRules.parseInstant(rows.get("at"));
                if (at.isEmpty()) {
                    throw new BadInput(file + " row " + rows.row() + ", at: not an ISO-8601 instant: " + Quoted.of(rows.get("at")));
                }
                attempts.computeIfAbsent(number, n -> new ArrayList<>()).add(at.get());
            }
        } catch (CsvTable.Malformed e) {
            throw new BadInput(e.getMessage());
        } catch (IOException e) {
            throw new BadInput(file + ": " + e.getMessage());
        }
        return attempts;
    }

    /** The DNC file's numbers ({@code phone} column) in E.164, national ones read in {@code region}; a number that cannot be read stops the command. */
    private static Set<String> dncNumbers(Optional<String> region, String file) throws BadInput {
        Set<String> numbers = new HashSet<>();
        try (InputStream in = InputFiles.open(file); CsvTable rows = CsvTable.open(in, file, List.of("phone"))) {
            while (rows.next()) numbers.add(number(region, rows, file));
        } catch (CsvTable.Malformed e) {
            throw new BadInput(e.getMessage());
        } catch (IOException e) {
            throw new BadInput(file + ": " + e.getMessage());
        }
        return Set.copyOf(numbers);
    }

    private static String number(Optional<String> region, CsvTable rows, String file) throws BadInput {
        Either<Reason, ContactNumber> number = ContactNumber.parse(rows.get("phone"), region);
        if (number.isLeft()) throw new BadInput(file + " row " + rows.row() + ", phone: " + number.getLeft().message());
        return number.get().e164();
    }
}

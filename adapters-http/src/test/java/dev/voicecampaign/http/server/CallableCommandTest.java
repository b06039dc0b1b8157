package dev.voicecampaign.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.http.DecisionCampaign;
import dev.voicecampaign.testkit.ContactFileGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code callable} command, run in process on files written to a temporary directory. */
class CallableCommandTest {
    /** Tuesday 2026-12-08 09:30 in New York, 08:30 in Chicago, 06:30 in San Francisco, 01:30 Wednesday in Sydney. */
    static final String AT = "2026-12-08T14:30:00Z";
    static final String CAMPAIGN = DecisionCampaign.BODY;

    @TempDir
    Path dir;
    Path campaign;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeCampaign() throws IOException {
        campaign = Files.writeString(dir.resolve("campaign.json"), CAMPAIGN);
    }

    int callable(Path contacts, String... more) throws IOException {
        out.reset();
        err.reset();
        List<String> args = new java.util.ArrayList<>(List.of("callable", "--campaign", campaign.toString(),
                "--contacts", contacts.toString()));
        args.addAll(List.of(more));
        if (!args.contains("--at")) args.addAll(List.of("--at", AT));
        return Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void decidesEachRowAtTheContactsLocalTime() throws IOException {
        Path contacts = file("contacts.csv", """
                id,phone,zone,region,note
                ny,+12125551234,,,
                sf,(415) 555-0123,,us,national
                chicago,+12125551236,America/Chicago,,zone given
                sydney,+61 412 345 678,,,
                blank,,,,
                mars,+12125551237,Mars/Olympus_Mons,,
                offset,+12125551238,+05:30,,not an IANA region id
                words,call me maybe,,,
                """);
        assertThat(callable(contacts)).isEqualTo(0);
        assertThat(lines()).containsExactly(
                "row,id,phone,zone,decision,reasons,next_allowed_at",
                "1,ny,+12125551234,America/New_York,CALL,,",
                "2,sf,+14155550123,America/Los_Angeles,WAIT,decision.callingHours.closed|decision.compliance.us.closed,2026-12-08T17:00:00Z",
                "3,chicago,+12125551236,America/Chicago,WAIT,decision.callingHours.closed,2026-12-08T15:00:00Z",
                // an Australian mobile may ring anywhere in Australia: called when 9:00 AM has come in every zone (Cocos, UTC+6:30, last)
                "4,sydney,+61412345678,Australia/Adelaide|Australia/Brisbane|Australia/Eucla|Australia/Lord_Howe|Australia/Perth"
                        + "|Australia/Sydney|Indian/Christmas|Indian/Cocos,WAIT,decision.callingHours.closed|decision.compliance.us.closed,"
                        + "2026-12-09T02:30:00Z",
                "5,blank,,,NEVER,decision.number.missing,",
                "6,mars,+12125551237,,NEVER,decision.zone.unknown,",
                "7,offset,+12125551238,,NEVER,decision.zone.unknown,",
                "8,words,call me maybe,,NEVER,decision.number.unreadable,");
        assertThat(err()).matches("callable: 8 rows: 1 CALL, 3 WAIT, 4 NEVER in [0-9.]+ s\\R");
    }

    @Test
    void historyCountsAgainstTheLimitAndTheDncListRefusesForGood() throws IOException {
        Path contacts = file("contacts.csv", "phone\n+12125551234\n+12125551235\n+12125551236\n");
        Path history = file("attempts.csv", """
                phone,at
                +12125551234,2026-12-02T15:00:00Z
                (212) 555-1234,2026-12-07T15:00:00Z
                +12125551235,2026-12-08T14:25:00Z
                """);
        Path dnc = file("dnc.csv", "phone\n+1 212 555 1236\n");
        assertThat(callable(contacts, "--history", history.toString(), "--dnc", dnc.toString())).isEqualTo(0);
        assertThat(lines()).containsExactly(
                "row,id,phone,zone,decision,reasons,next_allowed_at",
                // two calls within 7 days: the first ages out on 12-09 at 15:00 UTC, a Wednesday at 10:00 in New York
                "1,,+12125551234,America/New_York,WAIT,decision.communicationLimit.reached,2026-12-09T15:00:00Z",
                "2,,+12125551235,America/New_York,WAIT,decision.retryPeriod.waiting,2026-12-08T14:35:00Z",
                "3,,+12125551236,America/New_York,NEVER,decision.dnc,");
    }

    @Test
    void aGeneratedFileOfOneHundredThousandContactsGetsARowEach() throws IOException {
        // -Dcallable.seed=N replays a file; a new seed each run otherwise, logged
        long seed = Long.getLong("callable.seed", System.nanoTime());
        System.out.println("CallableCommandTest contact file seed " + seed + " (replay: -Dcallable.seed=" + seed + ")");
        ContactFileGenerator generator = new ContactFileGenerator(seed);
        Path contacts = dir.resolve("contacts.csv");
        int rows = 100_000;
        try (Writer w = Files.newBufferedWriter(contacts)) {
            generator.write(w, rows);
        }
        assertThat(callable(contacts)).as("seed %d: %s", seed, err()).isEqualTo(0);
        List<String> lines = lines();
        assertThat(lines).hasSize(rows + 1);
        Map<String, Integer> counts = new java.util.HashMap<>();
        Map<ContactFileGenerator.Kind, Integer> kinds = new EnumMap<>(ContactFileGenerator.Kind.class);
        Instant at = Instant.parse(AT);
        for (int row = 1; row <= rows; row++) {
            String[] cells = lines.get(row).split(",", -1);
            ContactFileGenerator.Kind kind = generator.kindOf(row);
            kinds.merge(kind, 1, Integer::sum);
            assertThat(cells).as("seed %d row %d", seed, row).hasSize(7);
            assertThat(cells[0]).isEqualTo(Integer.toString(row));
            assertThat(cells[1]).isEqualTo("c" + row);
            counts.merge(cells[4], 1, Integer::sum);
            switch (cells[4]) {
                case "CALL" -> assertThat(cells[5] + cells[6]).as("seed %d row %d", seed, row).isEmpty();
                case "WAIT" -> assertThat(Instant.parse(cells[6])).as("seed %d row %d", seed, row).isAfter(at);
                case "NEVER" -> assertThat(cells[5]).as("seed %d row %d", seed, row).isNotEmpty();
                default -> throw new AssertionError("seed " + seed + " row " + row + ": decision " + cells[4]);
            }
            switch (kind) {
                case BLANK_PHONE -> assertThat(cells[5]).isEqualTo("decision.number.missing");
                case NOT_A_NUMBER -> assertThat(cells[5]).isEqualTo("decision.number.unreadable");
                case UNKNOWN_ZONE -> assertThat(cells[5]).isEqualTo("decision.zone.unknown");
                case GIVEN_ZONE -> assertThat(cells[3]).isEqualTo("America/Chicago");
                case NATIONAL -> assertThat(cells[2]).startsWith("+1212555").hasSize(12);
                case E164 -> assertThat(cells[2]).startsWith("+").doesNotContain(" ");
            }
        }
        assertThat(kinds).as("every kind of row is in the file").hasSize(ContactFileGenerator.Kind.values().length);
        assertThat(err()).contains("callable: " + rows + " rows: " + counts.get("CALL") + " CALL, " + counts.get("WAIT")
                + " WAIT, " + counts.get("NEVER") + " NEVER in ");
    }

    @Test
    void aHugeLineIsANeverRowAndTheFileGoesOn() throws IOException {
        Path contacts = dir.resolve("contacts.csv");
        try (Writer w = Files.newBufferedWriter(contacts)) {
            w.write("id,phone\nhuge,+1");
            for (int i = 0; i < 10 * 1024 * 1024; i++) w.write('2');
            w.write("\nnext,+12125551234\n");
        }
        assertThat(callable(contacts)).isEqualTo(0);
        List<String> lines = lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("1,huge,+1222").endsWith(",,NEVER,decision.number.unreadable,");
        assertThat(lines.get(2)).isEqualTo("2,next,+12125551234,America/New_York,CALL,,");
    }

    @Test
    void malformedFilesExitTwoNamingTheLineAndNeverAStackTrace() throws IOException {
        Path quote = file("quote.csv", "id,phone\n1,+12125551234\n2,\"+12125551235\n3,+12125551236\n");
        assertThat(callable(quote)).isEqualTo(2);
        assertThat(err()).contains("quote.csv line").contains("malformed CSV").doesNotContain("Exception").doesNotContain("\tat ");

        assertThat(callable(file("nophone.csv", "id,tel\n1,+12125551234\n"))).isEqualTo(2);
        assertThat(err()).contains("nophone.csv: no column phone in the header row");
        assertThat(callable(file("empty.csv", ""))).isEqualTo(2);
        assertThat(err()).contains("empty.csv: empty, a header row is needed");
        assertThat(callable(dir.resolve("missing.csv"))).isEqualTo(2);
        assertThat(err()).contains("missing.csv: no such file");

        Path contacts = file("contacts.csv", "phone\n+12125551234\n");
        assertThat(callable(contacts, "--history", file("h.csv", "phone,at\n+12125551234,yesterday\n").toString())).isEqualTo(2);
        assertThat(err()).contains("h.csv row 1, at: not an ISO-8601 instant: yesterday");
        assertThat(callable(contacts, "--dnc", file("d.csv", "phone\nnobody\n").toString())).isEqualTo(2);
        assertThat(err()).contains("d.csv row 1, phone: cannot read nobody");
    }

    @Test
    void aStdoutThatCannotBeWrittenExitsTwo() throws IOException {
        Path contacts = file("contacts.csv", "phone\n+12125551234\n");
        java.io.OutputStream broken = new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        int code = Main.run(new String[] {"callable", "--campaign", campaign.toString(), "--contacts", contacts.toString(), "--at", AT},
                new PrintStream(broken, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("cannot write the decisions to stdout");
    }

    @Test
    void usageErrorsExitTwoAndAnInvalidCampaignExitsOneWithItsProblemDocument() throws IOException {
        Path contacts = file("contacts.csv", "phone\n+12125551234\n");
        assertThat(callable(contacts, "--dialect", "v3")).isEqualTo(2);
        assertThat(err()).contains("--dialect must be v1 or v2").contains("usage:");
        assertThat(callable(contacts, "--at", "tomorrow")).isEqualTo(2);
        assertThat(err()).contains("--at must be an ISO-8601 instant");
        assertThat(callable(contacts, "--at", "+1000000000-12-31T23:59:59Z")).as("a year beyond four digits").isEqualTo(2);
        assertThat(err()).contains("--at must be an ISO-8601 instant");
        assertThat(callable(contacts, "--colour", "red")).isEqualTo(2);
        assertThat(err()).contains("unexpected [--colour, red]");

        Files.writeString(campaign, CAMPAIGN.replace("\"priority\": \"5\"", "\"priority\": \"7\""));
        assertThat(callable(contacts)).isEqualTo(1);
        assertThat(err()).contains("campaign.json: invalid").contains("\"pointer\" : \"/priority\"").contains("campaign.priority.notAllowed");
        assertThat(lines()).isEmpty();
    }
}

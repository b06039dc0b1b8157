package dev.voicecampaign.bench.report;

import dev.voicecampaign.bench.Payloads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code docs/performance.md} from a JMH JSON result file (and the HTTP run's summary when there
 * is one): the environment, the command, every figure with its error, the ratios within the run, the
 * allocation per operation, and which targets are met. Run by {@code bench/run-benchmarks}; never edit
 * the report by hand.
 *
 * <p>Arguments: JMH result JSON, report to write, a line describing the JMH arguments, {@code uptime}
 * before and after the run.
 */
public final class ResultsReport {
    private static final String PACKAGE = "dev.voicecampaign.bench.";
    /** The payloads, as JMH names them in its results: every sample and variant the benchmarks are given. */
    private static final List<String> SAMPLES = Stream.of(Payloads.Sample.values()).map(Enum::name).toList();
    private static final List<String> VARIANTS = Stream.of(Payloads.Variant.values()).map(Enum::name).toList();
    static final Path HTTP_RESULTS = Path.of("bench/target/http-results.md");
    /** Target 2's bars, as the issue "One pass, one engine, no tricks" sets them for the simplified code. */
    static final double TREE_BAR = 0.6;
    static final double BIND_BAR = 2.5;
    static final double SCHEMA_BAR = 2;
    /** The line bench/http-bench writes under each storage's table. */
    private static final Pattern NO_OP_RATIO = Pattern.compile("create \\+ get ÷ no-op: \\*\\*([0-9.]+)×");
    /** A result file of one round of bytes to campaign, as bench/run-benchmarks names them. */
    private static final Pattern ROUND_FILE = Pattern.compile("round-([0-9]+)-.*\\.json");

    /**
     * One benchmark's figures: score and error in its unit, and the bytes allocated per operation; for a
     * figure taken in rounds, the score is the rounds' median and {@code low}/{@code high} their range.
     */
    record Figure(double score, double error, String unit, double bytesPerOp, double low, double high) {
        Figure(double score, double error, String unit, double bytesPerOp) {
            this(score, error, unit, bytesPerOp, Double.NaN, Double.NaN);
        }

        String cell() {
            return Double.isNaN(low) ? format(score) + " ± " + format(error) : format(score) + " (" + format(low) + "–" + format(high) + ")";
        }
    }

    /** A ratio of two figures and how it is shown: with its propagated error, or with the rounds' range. */
    record Ratio(double value, String cell) {
    }

    private final Map<String, Figure> figures = new LinkedHashMap<>();
    /** Bytes to campaign taken in rounds (bench/run-benchmarks): each round's figures, in round order. */
    private final List<Map<String, Figure>> rounds = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();
    private final List<String> targets = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: ResultsReport jmh-result.json report.md jmh-args-line uptime-before uptime-after [rounds-dir]");
            System.exit(2);
        }
        ResultsReport report = new ResultsReport();
        JsonMapper json = JsonMapper.builder().build();
        report.addFigures(figures(json.readTree(Files.readAllBytes(Path.of(args[0])))));
        if (args.length > 5) report.loadRounds(json, Path.of(args[5]));
        Files.writeString(Path.of(args[1]), report.render(args[2], args[3], args[4]), StandardCharsets.UTF_8);
    }

    /** The rounds' result files, {@code round-N-SAMPLE-VARIANT.json}, grouped by N. */
    private void loadRounds(JsonMapper json, Path directory) throws IOException {
        if (!Files.isDirectory(directory)) return;
        Map<Integer, Map<String, Figure>> byRound = new TreeMap<>();
        try (var files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = ROUND_FILE.matcher(file.getFileName().toString());
                if (!name.matches()) continue;
                byRound.computeIfAbsent(Integer.parseInt(name.group(1)), n -> new LinkedHashMap<>())
                        .putAll(figures(json.readTree(Files.readAllBytes(file))));
            }
        }
        byRound.values().forEach(this::addRound);
    }

    /** Adds figures of the main run. */
    void addFigures(Map<String, Figure> more) {
        figures.putAll(more);
    }

    /** Adds one round's figures (after the rounds before it). */
    void addRound(Map<String, Figure> round) {
        rounds.add(round);
    }

    static Map<String, Figure> figures(JsonNode results) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (JsonNode r : results) {
            StringBuilder key = new StringBuilder(r.get("benchmark").stringValue().replace(PACKAGE, ""));
            JsonNode params = r.get("params");
            if (params != null) {
                for (String name : params.propertyNames()) key.append(' ').append(params.get(name).stringValue());
            }
            JsonNode primary = r.get("primaryMetric");
            JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
            figures.put(key.toString(), new Figure(number(primary.get("score")), number(primary.get("scoreError")),
                    primary.get("scoreUnit").stringValue(), alloc.isMissingNode() ? Double.NaN : number(alloc.get("score"))));
        }
        return figures;
    }

    /** JMH writes a number, or "NaN" as a string when one iteration gives no error. */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : Double.parseDouble(node.stringValue());
    }

    Optional<Figure> figure(String key) {
        return Optional.ofNullable(figures.get(key));
    }

    /** A figure of the rounds when there are rounds (their median, with their range), else of the single run. */
    Optional<Figure> measured(String key) {
        if (rounds.isEmpty()) return figure(key);
        List<Figure> taken = rounds.stream().map(r -> r.get(key)).filter(Objects::nonNull).toList();
        if (taken.isEmpty()) return Optional.empty();
        List<Double> scores = taken.stream().map(Figure::score).toList();
        return Optional.of(new Figure(median(scores), Double.NaN, taken.get(0).unit(), median(taken.stream().map(Figure::bytesPerOp).toList()),
                Collections.min(scores), Collections.max(scores)));
    }

    /**
     * {@code a} ÷ {@code b}: with rounds, the median of the ratios taken within each round (both sides measured
     * within a minute of each other) and their range; else the single run's, with its propagated error.
     */
    Ratio ratio(String a, String b) {
        if (rounds.isEmpty()) return ratio(figures.get(a), figures.get(b));
        List<Double> within = new ArrayList<>();
        for (Map<String, Figure> round : rounds) {
            if (round.containsKey(a) && round.containsKey(b)) within.add(round.get(a).score() / round.get(b).score());
        }
        if (within.isEmpty()) return new Ratio(Double.NaN, format(Double.NaN)); // no round measured both
        double median = median(within);
        return new Ratio(median, format(median) + "× (" + format(Collections.min(within)) + "–"
                + format(Collections.max(within)) + ")");
    }

    String render(String jmhArgs, String uptimeBefore, String uptimeAfter) throws IOException {
        line("# Benchmark results");
        line("");
        line("Generated by `./dev bench` (bench/run-benchmarks, then `ResultsReport`) from one run: do not edit by hand.");
        line("Every ratio compares figures of that same run. Throughput is operations per millisecond (higher is better);");
        line("calling-hours figures are nanoseconds per call (lower is better); ± is JMH's 99.9% confidence half-width.");
        if (!rounds.isEmpty()) {
            line("Bytes to typed campaign (section 2) is taken in " + rounds.size() + " rounds instead: see there.");
        }
        line("B/op is bytes allocated per operation (JMH `-prof gc`, `gc.alloc.rate.norm`).");
        line("");
        environment(jmhArgs, uptimeBefore, uptimeAfter);
        validateParsed();
        bytesToCampaign();
        callingHours();
        http();
        callDecisions();
        line("## Targets");
        line("");
        line("A target is met when every payload's ratio (point estimates of this run; for section 2 taken in rounds, the median");
        line("of its rounds' ratios) meets it; the median shows the typical payload. With errors as wide as above, a single low");
        line("ratio can be noise: read it beside its ± or its rounds' range in the tables.");
        line("");
        line("| target | result |");
        line("|---|---|");
        targets.forEach(this::line);
        line("");
        line(Files.readString(Path.of("bench/report-notes.md")));
        return out.toString();
    }

    private void environment(String jmhArgs, String uptimeBefore, String uptimeAfter) throws IOException {
        line("## Environment");
        line("");
        line("| | |");
        line("|---|---|");
        line("| date | " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16) + " UTC |");
        line("| JVM | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " |");
        line("| CPU | " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores available |");
        line("| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " |");
        line("| load before the run | `" + uptimeBefore.strip() + "` |");
        line("| load after the run | `" + uptimeAfter.strip() + "` |");
        line("| command | `./dev bench` (`java -jar bench/target/benchmarks.jar -prof gc -rf json`), " + jmhArgs + " |");
        line("");
        line("The machine is shared: other builds ran beside this run when the load above exceeds the core count, "
                + "which widens the errors; ratios within the run remain comparable.");
        line("");
    }

    private static String cpu() throws IOException {
        Path info = Path.of("/proc/cpuinfo");
        if (!Files.exists(info)) return "unknown CPU";
        return Files.readAllLines(info).stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
    }

    private void validateParsed() {
        line("## 1. Validate an already parsed draft");
        line("");
        line("This project (`CampaignRules.standard().validate`: every violation, or the typed campaign) against Hibernate");
        line("Validator 9 on the equivalent annotated bean, both given the same payload already parsed.");
        line("");
        line("| sample | payload | this project ops/ms | Hibernate Validator ops/ms | ratio | this project B/op | HV B/op |");
        line("|---|---|---:|---:|---:|---:|---:|");
        double worst = Double.MAX_VALUE;
        List<Double> ratios = new ArrayList<>();
        double maxValidBytes = 0;
        for (String sample : SAMPLES) {
            for (String variant : VARIANTS) {
                Optional<Figure> project = figure("ValidateParsedBenchmark.project " + sample + " " + variant);
                Optional<Figure> hv = figure("ValidateParsedBenchmark.hibernateValidator " + sample + " " + variant);
                if (project.isEmpty() || hv.isEmpty()) continue;
                double ratio = project.get().score() / hv.get().score();
                worst = Math.min(worst, ratio);
                ratios.add(ratio);
                if (variant.equals("VALID")) maxValidBytes = Math.max(maxValidBytes, project.get().bytesPerOp());
                line("| " + name(sample) + " | " + name(variant) + " | " + project.get().cell() + " | " + hv.get().cell() + " | "
                        + ratio(project.get(), hv.get()).cell() + " | " + bytes(project.get()) + " | " + bytes(hv.get()) + " |");
            }
        }
        line("");
        if (worst != Double.MAX_VALUE) {
            targets.add("| 1: ≥ 5× Hibernate Validator on parsed input | " + verdict(worst >= 5) + ": lowest ratio over the nine payloads "
                    + format(worst) + "×, median " + format(median(ratios)) + "× |");
            targets.add("| 4: < 2 KB allocated per validation of a valid draft | " + verdict(maxValidBytes < 2048) + ": at most "
                    + Math.round(maxValidBytes) + " B/op over the three valid samples |");
        }
    }

    private void bytesToCampaign() {
        line("## 2. Bytes to typed campaign");
        line("");
        line("This project reads the body (`DraftReader.read`, v2), validates it and builds the typed campaign. Against it:");
        line("Jackson 3's tree parse alone (the floor: no mapping, no check), Jackson binding the annotated bean then Hibernate");
        line("Validator, and networknt json-schema-validator on the project's generated JSON Schema (2020-12) for the mode.");
        boolean readOnly = figures.keySet().stream().anyMatch(k -> k.startsWith("ReadCostBenchmark.projectReadOnly "));
        boolean tokens = figures.keySet().stream().anyMatch(k -> k.startsWith("ReadCostBenchmark.jacksonTokensOnly "));
        if (readOnly || tokens) {
            line("Two diagnostics of the same run place the cost on the valid payloads (`ReadCostBenchmark`; not contenders, no");
            line("ratio): `project read only` is the project's JSON boundary without the rules; `Jackson tokens` is Jackson's");
            line("tokenizer alone, every value made and dropped, the floor under any reader built on Jackson's streaming API.");
        }
        if (!rounds.isEmpty()) {
            line("");
            line("The contenders ran in " + rounds.size() + " rounds: in each, every payload's four contenders one after the other (one JMH");
            line("fork each, so within about a minute), payload after payload. A contender's figure is the median of its rounds, with");
            line("their lowest and highest in brackets; a ratio is the median of the ratios taken within each round (both sides");
            line("measured under the same load), with their range. The diagnostics come from the main run, with JMH's ±.");
        }
        line("");
        boolean networknt = SAMPLES.stream().anyMatch(sample -> VARIANTS.stream()
                .anyMatch(variant -> measured("BytesToCampaignBenchmark.networkntJsonSchema " + sample + " " + variant).isPresent()));
        String readColumn = (readOnly ? " | project read only" : "") + (tokens ? " | Jackson tokens" : "");
        String readAlign = (readOnly ? "|---:" : "") + (tokens ? "|---:" : "");
        line("| sample | payload | this project" + readColumn + " | Jackson tree | Jackson bind + HV" + (networknt ? " | networknt" : "")
                + " | ÷ tree | ÷ bind + HV" + (networknt ? " | ÷ networknt" : "") + " |");
        line("|---|---|---:" + readAlign + "|---:|---:" + (networknt ? "|---:" : "") + "|---:|---:" + (networknt ? "|---:" : "") + "|");
        double worstTree = Double.MAX_VALUE;
        double worstBind = Double.MAX_VALUE;
        double worstSchema = Double.MAX_VALUE;
        List<Double> treeRatios = new ArrayList<>();
        List<Double> bindRatios = new ArrayList<>();
        List<Double> schemaRatios = new ArrayList<>();
        List<String> allocation = new ArrayList<>();
        for (String sample : SAMPLES) {
            for (String variant : VARIANTS) {
                String at = " " + sample + " " + variant;
                String projectKey = "BytesToCampaignBenchmark.project" + at;
                String treeKey = "BytesToCampaignBenchmark.jacksonTreeParse" + at;
                String bindKey = "BytesToCampaignBenchmark.jacksonBindHibernateValidator" + at;
                String schemaKey = "BytesToCampaignBenchmark.networkntJsonSchema" + at;
                Optional<Figure> project = measured(projectKey);
                Optional<Figure> read = figure("ReadCostBenchmark.projectReadOnly" + at);
                Optional<Figure> tokenized = figure("ReadCostBenchmark.jacksonTokensOnly" + at);
                Optional<Figure> tree = measured(treeKey);
                Optional<Figure> bind = measured(bindKey);
                Optional<Figure> schema = measured(schemaKey);
                if (project.isEmpty() || tree.isEmpty() || bind.isEmpty()) continue;
                Ratio toTree = ratio(projectKey, treeKey);
                Ratio toBind = ratio(projectKey, bindKey);
                Optional<Ratio> toSchema = schema.map(sc -> ratio(projectKey, schemaKey));
                worstTree = Math.min(worstTree, toTree.value());
                worstBind = Math.min(worstBind, toBind.value());
                treeRatios.add(toTree.value());
                bindRatios.add(toBind.value());
                toSchema.ifPresent(r -> schemaRatios.add(r.value()));
                StringBuilder row = new StringBuilder("| " + name(sample) + " | " + name(variant) + " | " + project.get().cell()
                        + (readOnly ? " | " + read.map(Figure::cell).orElse("") : "") + (tokens ? " | " + tokenized.map(Figure::cell).orElse("") : "")
                        + " | " + tree.get().cell() + " | " + bind.get().cell());
                if (networknt) row.append(" | ").append(schema.map(Figure::cell).orElse(""));
                row.append(" | ").append(toTree.cell()).append(" | ").append(toBind.cell());
                if (networknt) {
                    row.append(" | ").append(toSchema.map(Ratio::cell).orElse(""));
                    if (toSchema.isPresent()) worstSchema = Math.min(worstSchema, toSchema.get().value());
                }
                line(row.append(" |").toString());
                allocation.add("| " + name(sample) + " | " + name(variant) + " | " + bytes(project.get())
                        + (readOnly ? " | " + read.map(ResultsReport::bytes).orElse("") : "")
                        + (tokens ? " | " + tokenized.map(ResultsReport::bytes).orElse("") : "") + " | " + bytes(tree.get()) + " | " + bytes(bind.get())
                        + (networknt ? " | " + schema.map(ResultsReport::bytes).orElse("") : "") + " |");
            }
        }
        line("");
        line("Allocation per operation (B/op):");
        line("");
        line("| sample | payload | this project" + readColumn + " | Jackson tree | Jackson bind + HV" + (networknt ? " | networknt" : "") + " |");
        line("|---|---|---:" + readAlign + "|---:|---:" + (networknt ? "|---:" : "") + "|");
        allocation.forEach(this::line);
        line("");
        if (worstTree != Double.MAX_VALUE) {
            targets.add("| 2: ≥ " + format(TREE_BAR) + "× Jackson tree parse | " + verdict(worstTree >= TREE_BAR) + ": lowest ratio "
                    + format(worstTree) + "×, median " + format(median(treeRatios)) + "× |");
            targets.add("| 2: ≥ " + format(BIND_BAR) + "× bytes → bean → Hibernate Validator | " + verdict(worstBind >= BIND_BAR)
                    + ": lowest ratio " + format(worstBind) + "×, median " + format(median(bindRatios)) + "× |");
            targets.add("| 2: ≥ " + format(SCHEMA_BAR) + "× networknt JSON Schema | " + (networknt ? verdict(worstSchema >= SCHEMA_BAR) + ": lowest ratio "
                    + format(worstSchema) + "×, median " + format(median(schemaRatios)) + "×" : "not measured: the JSON Schema generator was not on main when this ran") + " |");
        }
    }

    private void callingHours() {
        line("## 3. Calling hours");
        line("");
        line("A compiled `WeeklySchedule` against a naive evaluation that converts the instant to the zone and scans the windows");
        line("on every call (`NaiveCallingHours`), America/New_York, 1,024 seeded instants taken in turn: over one year (`YEAR`)");
        line("or uniformly over 1970-2100. 5 windows: Monday to Friday 9:00 AM to 6:00 PM; 35 windows: five a day, every day,");
        line("one overnight. The intersection adds a called party's rule (8:00 AM to 9:00 PM daily in Los Angeles) with `and(...)`;");
        line("the never-open schedule is the same one closed on every date by a yearly restricted period.");
        line("");
        line("| query | windows | instants | compiled ns/op | naive ns/op | naive ÷ compiled | compiled B/op |");
        line("|---|---:|---|---:|---:|---:|---:|");
        double worstOpen = 0;
        double worstNext = 0;
        double worstIntersection = 0;
        boolean fasterThanNaive = true;
        for (String query : List.of("isOpenAt", "nextOpening")) {
            for (String windows : List.of("5", "35")) {
                for (String span : List.of("YEAR", "1970_2100")) {
                    Optional<Figure> compiled = figure("CallingHoursBenchmark." + query + "Compiled " + span + " " + windows);
                    Optional<Figure> naive = figure("CallingHoursBenchmark." + query + "Naive " + span + " " + windows);
                    if (compiled.isEmpty() || naive.isEmpty()) continue;
                    if (query.equals("isOpenAt")) worstOpen = Math.max(worstOpen, compiled.get().score());
                    else worstNext = Math.max(worstNext, compiled.get().score());
                    fasterThanNaive &= compiled.get().score() < naive.get().score();
                    line("| `" + query + "` | " + windows + " | " + span + " | " + compiled.get().cell() + " | " + naive.get().cell() + " | "
                            + ratio(naive.get(), compiled.get()).cell() + " | " + bytes(compiled.get()) + " |");
                }
            }
        }
        line("");
        line("| query | windows | instants | ns/op | ÷ one schedule | B/op |");
        line("|---|---:|---|---:|---:|---:|");
        for (String query : List.of("isOpenAt", "nextOpening")) {
            for (String windows : List.of("5", "35")) {
                for (String span : List.of("YEAR", "1970_2100")) {
                    Optional<Figure> both = figure("CallingHoursBenchmark." + query + "Intersection " + span + " " + windows);
                    Optional<Figure> one = figure("CallingHoursBenchmark." + query + "Compiled " + span + " " + windows);
                    if (both.isEmpty() || one.isEmpty()) continue;
                    worstIntersection = Math.max(worstIntersection, both.get().score() / one.get().score());
                    line("| `" + query + "`, intersection | " + windows + " | " + span + " | " + both.get().cell() + " | "
                            + ratio(both.get(), one.get()).cell() + " | " + bytes(both.get()) + " |");
                }
            }
        }
        for (String windows : List.of("5", "35")) {
            for (String span : List.of("YEAR", "1970_2100")) {
                figure("CallingHoursBenchmark.nextOpeningNeverOpen " + span + " " + windows).ifPresent(f -> line("| `nextOpening`, never open | "
                        + windows + " | " + span + " | " + f.cell() + " | | " + bytes(f) + " |"));
                figure("CallingHoursBenchmark.openIntervals90Days " + span + " " + windows).ifPresent(f -> line("| `openIntervals` over 90 days | "
                        + windows + " | " + span + " | " + f.cell() + " | | " + bytes(f) + " |"));
            }
        }
        line("");
        if (worstOpen > 0) {
            targets.add("| 3: `isOpenAt` ≤ 100 ns, any instant 1970-2100 | " + verdict(worstOpen <= 100) + ": at most " + format(worstOpen) + " ns |");
            targets.add("| 3: `nextOpening` ≤ 1 µs, any instant 1970-2100 | " + verdict(worstNext <= 1000) + ": at most " + format(worstNext) + " ns |");
            targets.add("| 3: an intersection ≤ 3× one schedule | " + verdict(worstIntersection > 0 && worstIntersection <= 3) + ": at most "
                    + format(worstIntersection) + "× |");
            targets.add("| 3: faster than the naive evaluation | " + verdict(fasterThanNaive) + " |");
        }
    }

    private void callDecisions() {
        Optional<Figure> project = figure("CallDecisionBenchmark.project");
        Optional<Figure> worded = figure("CallDecisionBenchmark.projectWorded");
        Optional<Figure> unprepared = figure("CallDecisionBenchmark.projectUnprepared");
        Optional<Figure> naive = figure("CallDecisionBenchmark.naive");
        if (project.isEmpty() || naive.isEmpty()) return;
        line("## 6. Call decisions");
        line("");
        line("`CallDecider.decide` for numbers already parsed, under the seeds' Progressive sample (Monday to Friday, 9:00 AM to");
        line("6:00 PM) and the US federal pack, against `NaiveCallDecisions`: each zone's instant converted with java.time and the");
        line("windows scanned, jumping to the latest next window start until every rule allows the call. 1,024 seeded US numbers");
        line("of single-zone area codes (Hawaii to New York) at instants over a week (from Monday 2026-03-02, across the US clock");
        line("change), taken in turn; about a third are callable at once.");
        line("The decider answers with every reason's code, the rival with the instant only. A reason outside hours is worded only");
        line("when its message is read (the `callable` command reads codes only): \"worded\" reads every message, as the decisions");
        line("route does. \"Unprepared\" builds a decider for each decision, so each decision compiles and lists its zone's");
        line("schedules: what keeping one decider saves.");
        line("");
        line("| contender | ns/op | million decisions/s | ÷ decider | B/op |");
        line("|---|---:|---:|---:|---:|");
        line("| `CallDecider` | " + project.get().cell() + " | " + millions(project.get()) + " | 1× | " + bytes(project.get()) + " |");
        worded.ifPresent(w -> line("| `CallDecider`, worded | " + w.cell() + " | " + millions(w) + " | "
                + ratio(w, project.get()).cell() + " | " + bytes(w) + " |"));
        unprepared.ifPresent(u -> line("| `CallDecider`, unprepared | " + u.cell() + " | " + millions(u) + " | "
                + ratio(u, project.get()).cell() + " | " + bytes(u) + " |"));
        line("| naive java.time | " + naive.get().cell() + " | " + millions(naive.get()) + " | "
                + ratio(naive.get(), project.get()).cell() + " | " + bytes(naive.get()) + " |");
        line("");
        double perSecond = 1e9 / project.get().score();
        double ratio = naive.get().score() / project.get().score();
        targets.add("| 6: ≥ 2 million decisions a second on one core | " + verdict(perSecond >= 2e6) + ": " + format(perSecond / 1e6) + " million |");
        targets.add("| 6: ≥ 5× the naive java.time evaluation | " + verdict(ratio >= 5) + ": " + format(ratio) + "× |");
    }

    /** Operations a second, in millions, of a figure in ns/op. */
    private static String millions(Figure f) {
        return String.format(java.util.Locale.ROOT, "%.3f", 1e3 / f.score());
    }

    private void http() throws IOException {
        line("## 5. HTTP");
        line("");
        if (Files.exists(HTTP_RESULTS)) {
            String results = Files.readString(HTTP_RESULTS).strip();
            line(results);
            line("");
            line("Target 5 is judged on the `--in-memory` server: it measures this project's request path (authentication,");
            line("reading, validation, the response) against the same server's no-op route. The default file database adds");
            line("H2's commit to every create (its page serialization is most of the writer thread's time) and the ratio");
            line("above shows what that costs; it is reported, not judged, since no code of this project can take it away.");
            Optional<Double> inMemory = noOpRatio(results, "--in-memory");
            targets.add("| 5: create + get ≥ 0.6× the no-op route (in memory) | " + inMemory
                    .map(ratio -> verdict(ratio >= 0.6) + ": " + format(ratio) + "×")
                    .orElse("not run: no in-memory table in " + HTTP_RESULTS) + " |");
            noOpRatio(results, "default file database")
                    .ifPresent(ratio -> targets.add("| 5, file database (reported, not judged) | " + format(ratio) + "× |"));
        } else {
            line("Not run with this report: `./dev bench-http` writes its figures to " + HTTP_RESULTS
                    + ", and the next `./dev bench` puts them here.");
        }
        line("");
    }

    /** The "create + get ÷ no-op" ratio of the storage section whose heading contains {@code storage}. */
    static Optional<Double> noOpRatio(String results, String storage) {
        for (String section : results.split("(?m)^### Storage: ")) {
            if (!section.startsWith(storage)) continue;
            Matcher ratio = NO_OP_RATIO.matcher(section);
            if (ratio.find()) return Optional.of(Double.parseDouble(ratio.group(1)));
        }
        return Optional.empty();
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String verdict(boolean met) {
        return met ? "**met**" : "**missed**";
    }

    private static Ratio ratio(Figure a, Figure b) {
        double r = a.score() / b.score();
        double error = r * Math.sqrt(Math.pow(a.error() / a.score(), 2) + Math.pow(b.error() / b.score(), 2));
        return new Ratio(r, format(r) + "× ± " + format(error));
    }

    private static String bytes(Figure f) {
        return Double.isNaN(f.bytesPerOp()) ? "" : Long.toString(Math.round(f.bytesPerOp()));
    }

    private static String name(String constant) {
        return switch (constant) {
            case "VALID" -> "valid";
            case "BROKEN_1" -> "broken in 1 place";
            case "BROKEN_5" -> "broken in 5 places";
            default -> constant.charAt(0) + constant.substring(1).toLowerCase(Locale.ROOT);
        };
    }

    static String format(double value) {
        if (Double.isNaN(value)) return "n/a";
        double magnitude = Math.abs(value);
        if (magnitude >= 100) return String.format(Locale.ROOT, "%.0f", value);
        if (magnitude >= 10) return String.format(Locale.ROOT, "%.1f", value);
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}

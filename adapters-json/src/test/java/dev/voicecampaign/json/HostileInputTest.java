package dev.voicecampaign.json;

import dev.voicecampaign.core.draft.CampaignDraft;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.core.draft.Dialect;
import dev.voicecampaign.core.violation.Violation;
import io.vavr.collection.Seq;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed and hostile bodies: each gets exactly the expected problems, never an exception. */
class HostileInputTest {
    static final String VALID = new String(Golden.unmaskedRequest("agentless-v2.request.json"), StandardCharsets.UTF_8);

    /** The valid agentless sample with one textual replacement. */
    static String sample(String from, String to) {
        if (!VALID.contains(from)) throw new IllegalArgumentException("sample has no " + from);
        return VALID.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    static Arguments bad(String label, String body, String... expected) {
        return Arguments.of(label, body, List.of(expected));
    }

    static Stream<Arguments> bodies() {
        return Stream.of(
                bad("empty", "", " request.body.empty {}"),
                bad("only white space", " \n\t ", " request.body.empty {}"),
                bad("a new line in UTF-32", "\n\u0000\u0000\u0000", " request.body.empty {}"),
                bad("a space in UTF-16", "\u0000 ", " request.body.empty {}"),
                bad("null literal", "null", " request.body.notObject {found=null}"),
                bad("array", "[]", " request.body.notObject {found=array}"),
                bad("string", "\"campaign\"", " request.body.notObject {found=string}"),
                bad("number", "42", " request.body.notObject {found=integer}"),
                bad("boolean", "true", " request.body.notObject {found=boolean}"),
                bad("truncated", "{\"name\": \"x\"", " request.body.malformed {line=1, column=13}"),
                bad("unclosed string", "{\"name\": \"x", " request.body.malformed {line=1, column=12}"),
                bad("trailing garbage", "{} x", " request.body.malformed {line=1, column=4}"),
                bad("two documents", "{}{}", " request.body.malformed {line=1, column=3}"),
                bad("single quotes", "{'name': 'x'}", " request.body.malformed {line=1, column=2}"),
                bad("comment", "{/* hi */}", " request.body.malformed {line=1, column=2}"),
                bad("trailing comma", "{\"name\": \"x\",}", " request.body.malformed {line=1, column=14}"),
                bad("NaN", "{\"maxSkips\": NaN}", " request.body.malformed {line=1, column=17}"),
                bad("unquoted key", "{name: 1}", " request.body.malformed {line=1, column=2}"),
                bad("deep nesting", "[".repeat(10_000), " request.body.limitExceeded {limit=nesting depth 64}"),
                bad("deep objects", "{\"a\":".repeat(100) + "1" + "}".repeat(100), " request.body.limitExceeded {limit=nesting depth 64}"),
                bad("huge string", "{\"name\": \"" + "x".repeat(70_000) + "\"}", " request.body.limitExceeded {limit=string length 65536}"),
                bad("huge number", "{\"maxSkips\": " + "9".repeat(1000) + "}", " request.body.limitExceeded {limit=number length 100}"),
                bad("exponent beyond BigDecimal", "{\"maxSkips\": 1e99999999999}", " request.body.limitExceeded {limit=number exponent range}"),
                bad("negative exponent beyond BigDecimal", "{\"maxSkips\": 1e-99999999999}", " request.body.limitExceeded {limit=number exponent range}"),
                bad("exponent at the edge of BigDecimal's scale", sample("\"maxRingTime\": 30", "\"maxRingTime\": 100e2147483647"),
                        "/dialingStrategy/maxRingTime campaign.dialingStrategy.maxRingTime.outOfRange {min=5, max=120}"),
                bad("exponent beyond BigInteger", sample("\"maxRingTime\": 30", "\"maxRingTime\": 1e999999999"),
                        "/dialingStrategy/maxRingTime campaign.dialingStrategy.maxRingTime.outOfRange {min=5, max=120}"),
                bad("exponent costly as a BigInteger", sample("\"maxRingTime\": 30", "\"maxRingTime\": -1E+99999999"),
                        "/dialingStrategy/maxRingTime campaign.dialingStrategy.maxRingTime.outOfRange {min=5, max=120}"),
                bad("tiny fraction", sample("\"maxRingTime\": 30", "\"maxRingTime\": 1e-999999999"),
                        "/dialingStrategy/maxRingTime request.field.wrongType {expected=integer}"),
                bad("zero with a huge exponent", sample("\"maxRingTime\": 30", "\"maxRingTime\": 0e999999999"),
                        "/dialingStrategy/maxRingTime campaign.dialingStrategy.maxRingTime.outOfRange {min=5, max=120}"),
                bad("whole number in exponent form", sample("\"maxRingTime\": 30", "\"maxRingTime\": 3.0e1")),
                bad("huge name", "{\"" + "k".repeat(300) + "\": 1}", " request.body.limitExceeded {limit=name length 256}"),
                bad("over one MiB", "{\"name\": \"" + "x".repeat(60_000) + "\", \"p\": [" + "1,".repeat(600_000) + "1]}",
                        " request.body.limitExceeded {limit=document length 1048576 bytes}"),
                bad("duplicate top-level key", sample("\"priority\": \"5\"", "\"priority\": \"5\", \"priority\": \"1\""),
                        "/priority request.field.duplicate {}"),
                bad("duplicate nested key", sample("\"dialingOrder\": \"FIFO\"", "\"dialingOrder\": \"FIFO\", \"dialingOrder\": \"LIFO\""),
                        "/dialingStrategy/dialingOrder request.field.duplicate {}"),
                bad("priority as a number", sample("\"priority\": \"5\"", "\"priority\": 5"), "/priority request.field.wrongType {expected=string}"),
                bad("attempts as a string", sample("\"maxAttemptsPerRecord\": 3", "\"maxAttemptsPerRecord\": \"3\""),
                        "/dialingStrategy/maxAttemptsPerRecord request.field.wrongType {expected=integer}"),
                bad("fractional attempts", sample("\"maxAttemptsPerRecord\": 3", "\"maxAttemptsPerRecord\": 3.5"),
                        "/dialingStrategy/maxAttemptsPerRecord request.field.wrongType {expected=integer}"),
                bad("huge ring time", sample("\"maxRingTime\": 30", "\"maxRingTime\": 99999999999999999999999"),
                        "/dialingStrategy/maxRingTime campaign.dialingStrategy.maxRingTime.outOfRange {min=5, max=120}"),
                bad("negative ring time", sample("\"maxRingTime\": 30", "\"maxRingTime\": -30"),
                        "/dialingStrategy/maxRingTime campaign.dialingStrategy.maxRingTime.outOfRange {min=5, max=120}"),
                bad("contact lists as a string", sample("[\n        \"CL Only 2020 Dec 4\"\n    ]", "\"CL Only 2020 Dec 4\""),
                        "/contactLists request.field.wrongType {expected=array}"),
                bad("contact list entry a number", sample("\"CL Only 2020 Dec 4\"\n", "\"CL Only 2020 Dec 4\", 7\n"),
                        "/contactLists/1 request.field.wrongType {expected=string}"),
                bad("contact list entry null", sample("\"CL Only 2020 Dec 4\"\n", "\"CL Only 2020 Dec 4\", null\n"),
                        "/contactLists/1 campaign.contactLists.required {}"),
                bad("dialing strategy an array", sample("\"dialingStrategy\": {", "\"dialingStrategy\": [], \"x\": {"),
                        "/dialingStrategy request.field.wrongType {expected=object}", "/x request.field.unknown {}"),
                bad("dialing strategy null", sample("\"dialingStrategy\": {", "\"dialingStrategy\": null, \"x\": {"),
                        "/dialingStrategy campaign.dialingStrategy.required {}", "/x request.field.unknown {}"),
                bad("a window a string", sample("\"days\": [", "\"days\": [\"MO 9-5\", "),
                        "/dialingStrategy/callingHours/days/0 request.field.wrongType {expected=object}"),
                bad("a weekly window without its day", sample("\"day\": \"MO\",", ""),
                        "/dialingStrategy/callingHours/days/0/day campaign.dialingStrategy.callingHours.days.day.required {}"),
                bad("a weekly window with a null day", sample("\"day\": \"MO\",", "\"day\": null,"),
                        "/dialingStrategy/callingHours/days/0/day campaign.dialingStrategy.callingHours.days.day.required {}"),
                bad("window time in 24h", sample("\"start\": \"9:00 AM\"", "\"start\": \"09:00\""),
                        "/dialingStrategy/callingHours/days/0/start campaign.dialingStrategy.callingHours.days.start.format {format=h:mm AM/PM}"),
                bad("unknown field", sample("\"campaignType\": \"voice\"", "\"campaignType\": \"voice\", \"color\": \"red\""),
                        "/color request.field.unknown {}"),
                bad("camelCase queue name", sample("\"campaignType\": \"voice\"", "\"campaignType\": \"voice\", \"queueName\": \"q\""),
                        "/queueName request.field.unknown {}"),
                bad("machine detection unknown word", sample("\"enableMachineDetect\": \"no\"", "\"enableMachineDetect\": \"yes\""),
                        "/enableMachineDetect campaign.enableMachineDetect.notAllowed {allowed=[no, detect, disconnect]}"),
                bad("machine detection a number", sample("\"enableMachineDetect\": \"no\"", "\"enableMachineDetect\": 1"),
                        "/enableMachineDetect request.field.wrongType {expected=string}"),
                bad("masked caller id", sample("+14846512345", "+148465xxxxx"),
                        "/dialingStrategy/callerId/phoneNumber campaign.dialingStrategy.callerId.phoneNumber.format {format=E.164}"),
                bad("a NUL in the name", sample("\"name\": \"Product", "\"name\": \"Pro\\u0000duct"),
                        "/name campaign.name.invalidCharacter {character=U+0000, index=3}"),
                bad("a lone surrogate in the description", sample("\"description\": \"This", "\"description\": \"\\ud800This"),
                        "/description campaign.description.invalidCharacter {character=U+D800, index=0}"),
                bad("an escape character in a DNC list name", sample("\"DNC CL Dec 4\"", "\"DNC\\u001bCL\""),
                        "/dncLists/name campaign.dncLists.name.invalidCharacter {character=U+001B, index=3}"),
                bad("a C1 control in a contact list", sample("\"CL Only 2020 Dec 4\"\n", "\"CL\\u0085\"\n"),
                        "/contactLists/0 campaign.contactLists.invalidCharacter {character=U+0085, index=2}"),
                bad("line breaks, a tab and an emoji in the description", sample("\"description\": \"This", "\"description\": \"Two\\nlines,\\ta tab \\ud83d\\udcde This")),
                bad("sms campaign", sample("\"campaignType\": \"voice\"", "\"campaignType\": \"sms\""),
                        "/campaignType campaign.campaignType.notVoice {value=sms}"),
                bad("scheduling switched on", sample("\"isSchedulingEnabled\": false", "\"isSchedulingEnabled\": true"),
                        "/schedule/isSchedulingEnabled campaign.schedule.isSchedulingEnabled.useScheduleRoute {}"),
                bad("scheduling flag a string", sample("\"isSchedulingEnabled\": false", "\"isSchedulingEnabled\": \"false\""),
                        "/schedule/isSchedulingEnabled request.field.wrongType {expected=boolean}"),
                bad("empty object", "{}", "/name campaign.name.required {}", "/description campaign.description.required {}",
                        "/contactLists campaign.contactLists.required {}", "/dncLists campaign.dncLists.required {}",
                        "/priority campaign.priority.required {}", "/dialingMode campaign.dialingMode.required {}",
                        "/dialingStrategy campaign.dialingStrategy.required {}", "/campaignType campaign.campaignType.required {}"),
                bad("control character in a string", "{\"name\": \"a\u0001b\"}", " request.body.malformed {line=1, column=12}"),
                bad("byte order mark and a valid body", "\uFEFF" + VALID),
                // Values the reader does not map (unknown, repeated, wrong type) are still read through.
                bad("exponent beyond BigDecimal in an unknown field", "{\"x\": [1e99999999999]}",
                        " request.body.limitExceeded {limit=number exponent range}"),
                bad("exponent beyond BigDecimal in a repeated key", sample("\"priority\": \"5\"", "\"priority\": \"5\", \"priority\": 1e99999999999"),
                        " request.body.limitExceeded {limit=number exponent range}"),
                bad("repeated key inside an unknown field", sample("\"campaignType\": \"voice\"", "\"campaignType\": \"voice\", \"x\": {\"a\": 1, \"a\": 2}"),
                        "/x/a request.field.duplicate {}", "/x request.field.unknown {}"),
                bad("repeated unknown field", sample("\"campaignType\": \"voice\"", "\"campaignType\": \"voice\", \"x\": 1, \"x\": 2"),
                        "/x request.field.unknown {}", "/x request.field.duplicate {}"),
                bad("repeated key inside a value of the wrong type", sample("\"dialingOrder\": \"FIFO\"", "\"dialingOrder\": {\"a\": 1, \"a\": 2}"),
                        "/dialingStrategy/dialingOrder/a request.field.duplicate {}",
                        "/dialingStrategy/dialingOrder request.field.wrongType {expected=string}"),
                bad("escaped slash key", sample("\"campaignType\": \"voice\"", "\"campaignType\": \"voice\", \"a/b~c\": 1"),
                        "/a~1b~0c request.field.unknown {}"));
    }

    static List<String> problems(String body, Dialect dialect) {
        ReadResult<CampaignDraft> read = DraftReader.read(body.getBytes(StandardCharsets.UTF_8), dialect);
        Seq<Violation> all = read.violations();
        if (read.draft().isPresent()) {
            var verdict = Golden.RULES.validate(read.draft().get(), Golden.CONTEXT);
            Seq<Violation> fromRules = verdict.isValid() ? verdict.warnings() : verdict.result().getError();
            all = dev.voicecampaign.core.usecase.RequestViolations.merge(read.violations(), fromRules);
        }
        return all.map(v -> JsonPointers.of(v) + " " + v.code() + " " + v.arguments()).toJavaList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void eachHostileBodyGetsExactlyItsProblems(String label, String body, List<String> expected) {
        assertThat(problems(body, Dialect.V2)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void theTableIsLargeEnough() {
        assertThat(bodies().count()).isGreaterThanOrEqualTo(40);
    }

    @org.junit.jupiter.api.Test
    void aScheduleBodyWithAnExponentBeyondBigDecimalIsALimitNotAnException() {
        String body = "{\"startDateTime\": \"2030-01-01 09:00:00\", \"endDateTime\": \"2030-01-02 09:00:00\","
                + " \"recurrenceObject\": {\"recurType\": \"Daily\", \"dailyDetails\": {\"onceEveryNdays\": 1e99999999999}}}";
        var read = ScheduleReader.read(body.getBytes(StandardCharsets.UTF_8));
        assertThat(read.violations().map(v -> v.code() + " " + v.arguments()))
                .containsExactly("request.body.limitExceeded {limit=number exponent range}");
    }

    @org.junit.jupiter.api.Test
    void v1TakesABooleanForMachineDetectionAndWarnsAboutDncLists() {
        String v1 = sample("\"enableMachineDetect\": \"no\"", "\"enableMachineDetect\": true");
        assertThat(problems(v1, Dialect.V1)).containsExactly("/dncLists campaign.dncLists.notInDialect {dialect=v1}");
        assertThat(problems(VALID, Dialect.V1)).containsExactlyInAnyOrder(
                "/enableMachineDetect request.field.wrongType {expected=boolean}", "/dncLists campaign.dncLists.notInDialect {dialect=v1}");
        ReadResult<CampaignDraft> read = DraftReader.read(v1.getBytes(StandardCharsets.UTF_8), Dialect.V1);
        assertThat(read.draft().orElseThrow().enableMachineDetect()).isEqualTo("detect");
    }
}

package dev.voicecampaign.docs.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voicecampaign.docs.model.DocumentedField;
import dev.voicecampaign.docs.model.DocumentedFields;
import dev.voicecampaign.docs.model.ModeDialect;
import dev.voicecampaign.docs.model.SeedParameters;
import dev.voicecampaign.docs.model.SeedParameters.SeedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the seed documents (copied verbatim into test resources) and checks that every body
 * parameter they list appears in our generated table of each shape they describe, with every
 * number the seed states as a limit, and that the transcription in {@link SeedParameters} is exact.
 */
class SeedParametersTest {
    private static final Pattern TIME_EXAMPLE = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern TYPE_LINE = Pattern.compile("^(string|number|boolean|array|object|integer)\\b.*");

    static Stream<SeedDocument> documents() {
        return SeedParameters.ALL.stream();
    }

    static Stream<Arguments> documentedShapes() {
        return ModeDialect.all().stream().flatMap(shape -> SeedParameters.documenting(shape).stream().map(d -> Arguments.of(d, shape)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theTranscriptionListsExactlyTheSeedsBodyParameters(SeedDocument document) throws IOException {
        assertThat(rows(document).keySet()).containsExactlyInAnyOrderElementsOf(document.parameters());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("documentedShapes")
    void everySeedParameterHasARowWithTheSeedsLimits(SeedDocument document, ModeDialect shape) throws IOException {
        List<DocumentedField> fields = DocumentedFields.of(shape);
        rows(document).forEach((parameter, text) -> {
            List<DocumentedField> ours = fields.stream().filter(f -> f.wirePath().equals(parameter)).toList();
            assertThat(ours).as("%s (from %s) in the %s table", parameter, document.file(), shape.slug()).isNotEmpty();
            String limits = String.join(" ", ours.stream().map(ParameterTablePage::limits).toList());
            for (String number : numbers(text)) {
                assertThat(limits).as("limit %s of %s stated in %s", number, parameter, document.file()).containsPattern("\\b" + number + "\\b");
            }
            assertThat(ours).allSatisfy(f -> assertThat(SeedParameters.isSeeded(shape, f.wirePath())).isTrue());
        });
    }

    /** The seed's body-parameter rows: parameter name → the row's text (name, description, type). */
    private static Map<String, String> rows(SeedDocument document) throws IOException {
        String text;
        try (InputStream in = SeedParametersTest.class.getResourceAsStream("/seeds/" + document.file())) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = text.lines().toList();
        int start = indexOf(lines, 0, "Body Parameters", "Request Parameters");
        int end = indexOf(lines, start, "Sample Response");
        List<String> longestFirst = new ArrayList<>(document.parameters());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, String> rows = new LinkedHashMap<>();
        String current = null;
        for (String line : lines.subList(start + 1, end)) {
            String bare = line.replaceFirst("^[|\\s*`]+", "");
            if (bare.isEmpty() || !Character.isLowerCase(bare.charAt(0)) || TYPE_LINE.matcher(bare).matches()) {
                if (current != null) rows.merge(current, " " + line, String::concat);
                continue;
            }
            Optional<String> name = longestFirst.stream().filter(p -> startsWithName(bare, p)).findFirst();
            assertThat(name).as("a parameter row of %s not in the transcription: %s", document.file(), line).isPresent();
            current = name.get();
            rows.put(current, bare.substring(current.length()));
        }
        return rows;
    }

    private static boolean startsWithName(String line, String name) {
        if (!line.startsWith(name)) return false;
        if (line.length() == name.length()) return true;
        char next = line.charAt(name.length());
        return !(Character.isLowerCase(next) || Character.isDigit(next) || next == '_' || next == '.');
    }

    private static int indexOf(List<String> lines, int from, String... markers) {
        for (int i = from; i < lines.size(); i++) {
            for (String marker : markers) {
                if (lines.get(i).contains(marker)) return i;
            }
        }
        throw new AssertionError("none of " + List.of(markers) + " in the seed");
    }

    private static List<String> numbers(String rowText) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(TIME_EXAMPLE.matcher(rowText).replaceAll(""));
        while (m.find()) out.add(m.group());
        return out;
    }
}

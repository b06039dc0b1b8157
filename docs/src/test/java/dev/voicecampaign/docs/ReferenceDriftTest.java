package dev.voicecampaign.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committed reference under {@code docs/reference/} is exactly what the code generates. */
class ReferenceDriftTest {
    private static final Path COMMITTED = Path.of("reference");
    private static final String HOW = " (regenerate with `" + ReferenceDocs.REGENERATE + "` and commit the result)";

    @Test
    void committedFilesAreExactlyTheGeneratedOnes() throws IOException {
        Map<String, String> generated = ReferenceDocs.generate().stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
        List<String> committed;
        try (Stream<Path> files = Files.walk(COMMITTED)) {
            committed = files.filter(Files::isRegularFile).map(p -> COMMITTED.relativize(p).toString().replace('\\', '/')).toList();
        }
        assertThat(new TreeSet<>(committed)).as("files under docs/reference" + HOW).isEqualTo(new TreeSet<>(generated.keySet()));
        for (String path : committed) {
            assertThat(Files.readString(COMMITTED.resolve(path), StandardCharsets.UTF_8))
                    .as("docs/reference/" + path + " differs from the generated one" + HOW)
                    .isEqualTo(generated.get(path));
        }
    }

    @Test
    void generationIsDeterministic() {
        Function<List<GeneratedFile>, Map<String, String>> asMap = files -> files.stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
        assertThat(asMap.apply(ReferenceDocs.generate())).isEqualTo(asMap.apply(ReferenceDocs.generate()));
    }
}

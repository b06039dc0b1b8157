package dev.voicecampaign.docs;

import dev.voicecampaign.docs.examples.ExampleScenario;
import dev.voicecampaign.docs.examples.Exchange;
import dev.voicecampaign.docs.examples.ExamplesPage;
import dev.voicecampaign.docs.model.ModeDialect;
import dev.voicecampaign.docs.pages.CallDecisionsPage;
import dev.voicecampaign.docs.pages.CallingHoursPage;
import dev.voicecampaign.docs.pages.CodeCataloguePage;
import dev.voicecampaign.docs.pages.GettingStartedPage;
import dev.voicecampaign.docs.pages.IndexPage;
import dev.voicecampaign.docs.pages.LifecyclePage;
import dev.voicecampaign.docs.pages.OpenApiPage;
import dev.voicecampaign.docs.pages.OperationsPage;
import dev.voicecampaign.docs.pages.ParameterTablePage;
import dev.voicecampaign.docs.schema.JsonSchemaGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates the reference documentation from the code: parameter tables, JSON Schemas, OpenAPI,
 * the code catalogue, the lifecycle and calling-hours pages, and the executed examples. The files
 * are committed under {@code docs/reference/}; a test fails when they differ from what this
 * generates. Regenerate with {@code ./dev docs}.
 */
public final class ReferenceDocs {
    /** The command that rewrites the committed files, quoted by the drift test. */
    public static final String REGENERATE = "./dev docs";

    private ReferenceDocs() {
    }

    public static List<GeneratedFile> generate() {
        List<GeneratedFile> files = new ArrayList<>();
        for (ModeDialect shape : ModeDialect.all()) {
            files.add(ParameterTablePage.of(shape));
            files.add(new GeneratedFile("schema/" + shape.slug() + ".schema.json",
                    JsonSchemaGenerator.generate(shape.mode(), shape.dialect())));
        }
        files.add(CodeCataloguePage.of());
        files.add(CallDecisionsPage.of());
        List<Exchange> walk = ExampleScenario.run();
        files.add(ExamplesPage.of(walk));
        files.add(OpenApiPage.of(walk));
        files.add(GettingStartedPage.of(walk));
        files.add(OperationsPage.of(ExampleScenario.metricsAfterWalk()));
        files.add(IndexPage.of());
        files.add(LifecyclePage.generate());
        files.addAll(CallingHoursPage.generate());
        return files;
    }

    /** Replaces the directory's content with {@link #generate()}; answers what was written. */
    public static List<GeneratedFile> write(Path directory) {
        List<GeneratedFile> files = generate();
        try {
            if (Files.isDirectory(directory)) {
                try (Stream<Path> old = Files.walk(directory)) {
                    for (Path p : old.sorted((a, b) -> b.compareTo(a)).toList()) {
                        if (!p.equals(directory)) Files.delete(p);
                    }
                }
            }
            for (GeneratedFile file : files) {
                Path target = directory.resolve(file.path());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ReferenceDocs DIR}: writes the reference into DIR. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ReferenceDocs OUTPUT_DIRECTORY");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        System.out.println("docs: wrote " + write(directory).size() + " files to " + directory);
    }
}

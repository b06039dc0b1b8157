package dev.voicecampaign.docs.pages;

import dev.voicecampaign.docs.GeneratedFile;
import dev.voicecampaign.docs.model.ModeDialect;
import dev.voicecampaign.docs.schema.JsonSchemaGenerator;
import java.util.List;

/** {@code README.md} of the reference: what each generated page holds, and what the schemas cannot say. */
public final class IndexPage {
    public static final String PATH = "README.md";

    private IndexPage() {
    }

    public static GeneratedFile of() {
        StringBuilder md = new StringBuilder("""
                # Reference documentation

                Generated from the code by `./dev docs` and checked by the docs module's tests (a test fails when these
                files differ from what the code generates). Decisions taken where the seeds are silent or disagree:
                [DECISIONS.md](../DECISIONS.md).

                | page | what it holds |
                |---|---|
                | [getting-started.md](getting-started.md) | run the server, send the seeds' sample, embed the library, Bean Validation, the Spring Boot starter, property tests |
                | [examples.md](examples.md) | every route: request and answer, executed through the real handler |
                | [openapi.json](openapi.json) | OpenAPI 3.1 of the reference server |
                | [codes.md](codes.md) | every violation code with its meaning, arguments and an executed example message |
                | [lifecycle.md](lifecycle.md) | the state machine, generated from its definition, and the edits each state allows |
                | [calling-hours.md](calling-hours.md) | calling hours explained with charts computed by the engine |
                | [call-decisions.md](call-decisions.md) | may this contact be called now, and if not, when: the rules and an executed example |
                | [operations.md](operations.md) | the server's health routes and every metric series it exposes, read from its `/metrics` |

                ## Request bodies per dialing mode and dialect

                | shape | parameter table | JSON Schema 2020-12 |
                |---|---|---|
                """);
        for (ModeDialect shape : ModeDialect.all()) {
            md.append("| ").append(shape.title()).append(" | [").append(shape.slug()).append(".md](parameters/").append(shape.slug())
                    .append(".md) | [").append(shape.slug()).append(".schema.json](schema/").append(shape.slug()).append(".schema.json) |\n");
        }
        md.append("\nWhat the schemas cannot express, and the rules check anyway:\n\n");
        List<String> gaps = JsonSchemaGenerator.notExpressed();
        gaps.forEach(g -> md.append("- ").append(g).append('\n'));
        return new GeneratedFile(PATH, md.toString());
    }
}

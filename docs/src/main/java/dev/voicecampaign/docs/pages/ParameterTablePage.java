package dev.voicecampaign.docs.pages;

import dev.voicecampaign.docs.GeneratedFile;
import dev.voicecampaign.docs.model.DocumentedField;
import dev.voicecampaign.docs.model.DocumentedFields;
import dev.voicecampaign.docs.model.ModeDialect;
import dev.voicecampaign.docs.model.SeedParameters;
import dev.voicecampaign.rules.CampaignRules;
import dev.voicecampaign.rules.dsl.CrossFieldSpec;
import dev.voicecampaign.rules.dsl.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The request parameter table of one mode and dialect, in the seeds' style (parameter,
 * description, type, required) plus the limits and codes the rule set enforces, every row not in
 * the seed marked as our addition, and the cross-field rules that follow.
 */
public final class ParameterTablePage {
    /** Marks rows the seed documents do not list. */
    public static final String OURS = "ours";
    public static final String SEED = "seed";

    private ParameterTablePage() {
    }

    public static String path(ModeDialect shape) {
        return "parameters/" + shape.slug() + ".md";
    }

    public static GeneratedFile of(ModeDialect shape) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(shape.mode().wireName()).append(" campaign: request body (").append(shape.dialectName()).append(")\n\n");
        md.append("Generated from `CampaignRuleSets` by `./dev docs`; do not edit. Seed pages: ")
                .append(SeedParameters.documenting(shape).stream().map(d -> "`" + d.file() + "`").collect(Collectors.joining(", ")))
                .append(". Rows marked *").append(OURS).append("* are not in them. ")
                .append("JSON Schema: [").append(shape.slug()).append(".schema.json](../schema/").append(shape.slug()).append(".schema.json).\n\n");
        md.append("| Parameter | Description | Type | Required | Limits / allowed values | Codes | Source |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (DocumentedField f : DocumentedFields.of(shape)) {
            FieldSpec s = f.spec();
            md.append("| `").append(f.wirePath()).append("` | ").append(cell(s.description()))
                    .append(" | ").append(type(f))
                    .append(" | ").append(required(f))
                    .append(" | ").append(cell(limits(f)))
                    .append(" | ").append(s.codes().stream().map(c -> "`" + c + "`").collect(Collectors.joining(" ")))
                    .append(" | ").append(SeedParameters.isSeeded(shape, f.wirePath()) ? SEED : "*" + OURS + "*")
                    .append(" |\n");
        }
        md.append("\nCodes are written `campaign.<path>.<code>` in error documents, such as `campaign.name.tooLong`; "
                + "see the [code catalogue](../codes.md).\n\n## Rules across fields\n\n| Code | Severity | Applies | What it checks |\n|---|---|---|---|\n");
        for (CrossFieldSpec c : CampaignRules.standard().crossFieldRules(shape.mode())) {
            md.append("| `").append(c.code()).append("` | ").append(c.severity()).append(" | ")
                    .append(c.condition().orElse("always")).append(" | ").append(cell(c.description())).append(" |\n");
        }
        return new GeneratedFile(path(shape), md.toString());
    }

    static String type(DocumentedField f) {
        String jsonType = String.join(" or ", f.jsonTypes());
        return switch (f.spec().type()) {
            case LIST -> "array";
            default -> jsonType;
        };
    }

    static String required(DocumentedField f) {
        String when = f.condition().map(c -> ", when " + c).orElse("");
        return (f.spec().required() ? "required" : "optional") + when;
    }

    /** The limits in words: lengths, ranges, allowed values, formats. */
    public static String limits(DocumentedField f) {
        FieldSpec s = f.spec();
        List<String> parts = new ArrayList<>();
        switch (s.type()) {
            case TEXT -> {
                int min = s.minLength().orElse(0);
                s.maxLength().ifPresent(max -> parts.add(min + "–" + max + " characters"));
                if (!s.blankAllowed()) parts.add("not blank");
            }
            case INTEGER -> s.max().ifPresent(max -> parts.add(s.min().orElseThrow() + "–" + max));
            case LIST -> s.max().ifPresent(max -> parts.add(s.min().orElse(0L) + "–" + max + " items"));
            case OBJECT, BOOLEAN -> { }
        }
        if (f.jsonTypes().equals(List.of("boolean")) && !s.allowed().isEmpty()) {
            parts.add("`true` (= `detect`) or `false` (= `no`)");
        } else if (!s.allowed().isEmpty()) {
            parts.add("one of " + s.allowed().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", ")));
            if (f.jsonTypes().contains("boolean")) parts.add("a boolean is also read (`true` = `detect`)");
        }
        s.format().ifPresent(format -> parts.add("format " + format));
        if (s.codes().contains("notVoice")) parts.add("`sms` is refused as not a voice campaign");
        if (s.codes().contains("notFound")) parts.add("must exist in the app");
        if (s.codes().contains("notVerified")) parts.add("verified for the app");
        return parts.isEmpty() ? "—" : String.join("; ", parts);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}

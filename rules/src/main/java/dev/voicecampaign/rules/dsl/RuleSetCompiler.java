package dev.voicecampaign.rules.dsl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles rule sets into Java source that runs them without interpreting them: one static method per
 * rule and per nested rule set, each calling the rule set's own objects (getters, checks, conditions,
 * cross-field checks) held in {@code static final} fields. Every call site then sees one kind of
 * object, so the JIT inlines it, where {@link RuleSet#check} calls fifty kinds from one site.
 *
 * <p>The source holds no rule of its own: it is the interpreter unrolled over one structure, so a
 * limit or a message is still written once, in the rule set. The objects are taken from the live rule
 * sets at class initialisation by {@link #constants}, in the order this compiler numbered them, and
 * the source records the {@link #fingerprint} of the structure it was made from: a host runs the
 * compiled form only while the fingerprints agree, and the interpreter otherwise.
 */
public final class RuleSetCompiler {
    private RuleSetCompiler() {
    }

    /** A rule set to compile, and the names its entry method and its Java expression have in the source. */
    public record Root(String methodName, String expression, RuleSet<?> rules) {
    }

    /** The objects the compiled source of {@code roots} refers to, in the order its fields number them. */
    public static Object[] constants(List<RuleSet<?>> roots) {
        return walk(roots).constants.toArray();
    }

    /** The structure of {@code roots} as the compiled source relies on it, as a short hash. */
    public static String fingerprint(List<RuleSet<?>> roots) {
        return walk(roots).fingerprint();
    }

    /** The walk the source of {@code roots} is written from (its class name does not change what it numbers). */
    private static Walk walk(List<RuleSet<?>> roots) {
        Walk walk = new Walk("");
        for (RuleSet<?> root : roots) walk.set(root, "");
        return walk;
    }

    /**
     * The Java source of class {@code className} in {@code packageName}: a static method
     * {@code methodName(Object value, Path at, ValidationContext context, List<Violation> out)} per root,
     * adding the violations {@code root.rules().check} would add, in the same order.
     */
    public static String javaSource(String packageName, String className, String header, List<Root> roots) {
        Walk walk = new Walk(className);
        StringBuilder entries = new StringBuilder();
        List<String> rootSets = new ArrayList<>();
        for (Root root : roots) {
            String method = walk.set(root.rules(), "");
            rootSets.add(root.expression());
            entries.append("\n    /** {@code ").append(root.expression()).append("}, compiled. */\n")
                    .append("    static void ").append(root.methodName())
                    .append("(Object value, Path at, ValidationContext context, List<Violation> out) {\n")
                    .append("        ").append(method).append("(value, at, context, out);\n")
                    .append("    }\n");
        }
        StringBuilder out = new StringBuilder();
        out.append(header);
        out.append("package ").append(packageName).append(";\n\n");
        out.append("import dev.voicecampaign.core.port.ValidationContext;\n");
        out.append("import dev.voicecampaign.core.violation.Path;\n");
        out.append("import dev.voicecampaign.core.violation.Violation;\n");
        out.append("import dev.voicecampaign.rules.dsl.ListRule;\n");
        out.append("import dev.voicecampaign.rules.dsl.ObjectRule;\n");
        out.append("import dev.voicecampaign.rules.dsl.RuleSet;\n");
        out.append("import dev.voicecampaign.rules.dsl.RuleSetCompiler;\n");
        out.append("import dev.voicecampaign.rules.dsl.TextCheck;\n");
        out.append("import dev.voicecampaign.rules.dsl.TextRule;\n");
        out.append("import dev.voicecampaign.rules.dsl.ValueRule;\n");
        out.append("import java.util.List;\n");
        out.append("import java.util.function.Function;\n");
        out.append("import java.util.function.Predicate;\n\n");
        out.append("@SuppressWarnings({\"rawtypes\", \"unchecked\"})\n");
        out.append("final class ").append(className).append(" {\n");
        out.append("    /** The structure this source was compiled from ({@link RuleSetCompiler#fingerprint}). */\n");
        out.append("    static final String FINGERPRINT = \"").append(walk.fingerprint()).append("\";\n\n");
        out.append("    private static final Object[] K = RuleSetCompiler.constants(List.of(\n            ")
                .append(String.join(",\n            ", rootSets)).append("));\n\n");
        out.append(walk.fields);
        out.append("\n    private ").append(className).append("() {\n    }\n");
        out.append(entries);
        out.append(walk.methods);
        out.append("}\n");
        return out.toString();
    }

    /**
     * One walk over rule sets, depth first in declaration order: numbers the objects (the source's
     * fields and {@link #constants} agree because both come from this walk), writes the methods, and
     * describes the structure for the fingerprint. A rule or rule set met again reuses its method.
     */
    private static final class Walk {
        /** The class the methods are written into (method references to list entries name it). */
        final String className;
        final List<Object> constants = new ArrayList<>();
        final StringBuilder fields = new StringBuilder();
        final StringBuilder methods = new StringBuilder();
        final StringBuilder shape = new StringBuilder();
        final Map<Object, String> named = new IdentityHashMap<>();
        int methodCount;

        Walk(String className) {
            this.className = className;
        }

        String fingerprint() {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(shape.toString().getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(hash, 0, 12);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }

        final Map<Object, String> fieldNames = new IdentityHashMap<>();

        /** The field holding {@code object}, typed {@code type} (one field per object). */
        String constant(Object object, String type) {
            String known = fieldNames.get(object);
            if (known != null) return known;
            String name = "K" + constants.size();
            fieldNames.put(object, name);
            fields.append("    private static final ").append(type).append(' ').append(name).append(" = (").append(type)
                    .append(") K[").append(constants.size()).append("];\n");
            constants.add(object);
            return name;
        }

        /** The method already written for {@code node} (its reuse is part of the shape), or null. */
        private String known(Object node, char mark) {
            String known = named.get(node);
            if (known != null) shape.append(mark).append('=').append(known).append(';');
            return known;
        }

        /** A new method's name for {@code node}. */
        private String name(Object node, String prefix) {
            String method = prefix + methodCount++;
            named.put(node, method);
            return method;
        }

        /** The method checking a value found at {@code where} (dotted, {@code []} for list entries) against {@code set}. */
        String set(RuleSet<?> set, String where) {
            String known = known(set, 'S');
            if (known != null) return known;
            String method = name(set, "set");
            shape.append("S{");
            StringBuilder body = new StringBuilder();
            entries(set, body, "        ", where);
            shape.append('}');
            methods.append("\n    /** ").append(where.isEmpty() ? "The draft" : "{@code " + where + "}").append(": its rule set. */")
                    .append("\n    private static void ").append(method)
                    .append("(Object value, Path at, ValidationContext context, List<Violation> out) {\n")
                    .append(body).append("    }\n");
            return method;
        }

        private void entries(RuleSet<?> set, StringBuilder body, String indent, String where) {
            for (RuleSet.Entry<?> entry : set.entries()) {
                switch (entry) {
                    case RuleSet.FieldEntry<?, ?> f -> {
                        shape.append("F:").append(f.name()).append(':');
                        String field = constant(f, "RuleSet.FieldEntry");
                        String getter = constant(f.getter(), "Function");
                        String path = where.isEmpty() ? f.name() : where + "." + f.name();
                        String rule = rule(f.rule(), path);
                        body.append(indent).append(rule).append('(').append(getter).append(".apply(value), ").append(field)
                                .append(".under(at), context, out); // ").append(path).append('\n');
                    }
                    case RuleSet.CrossEntry<?> c -> {
                        shape.append("X;");
                        String check = constant(c.check(), "RuleSet.CrossFieldCheck");
                        body.append(indent).append("{ // ").append(c.specs().get(0).code()).append('\n')
                                .append(indent).append("    List<Violation> found = ").append(check).append(".check(value, at, context);\n")
                                .append(indent).append("    if (!found.isEmpty()) out.addAll(found);\n")
                                .append(indent).append("}\n");
                    }
                    case RuleSet.WhenEntry<?> w -> {
                        shape.append("W{");
                        String test = constant(w.test(), "Predicate");
                        body.append(indent).append("if (").append(test).append(".test(value)) { // ").append(w.condition()).append('\n');
                        entries(w.rules(), body, indent + "    ", where);
                        body.append(indent).append("}\n");
                        shape.append('}');
                    }
                }
            }
        }

        /** The method checking a value found at {@code where} against {@code rule}, with the rule's result. */
        String rule(ValueRule<?> rule, String where) {
            String known = known(rule, 'R');
            if (known != null) return known;
            String method = name(rule, "rule");
            StringBuilder body = new StringBuilder();
            switch (rule) {
                case TextRule text -> {
                    shape.append("T").append(text.checks().size()).append(';');
                    String r = constant(text, "TextRule");
                    body.append("        if (value == null) return ").append(r).append(".absent(at, out);\n");
                    if (text.checks().isEmpty()) {
                        body.append("        return true;\n");
                    } else {
                        body.append("        String text = (String) value;\n        return ");
                        for (int i = 0; i < text.checks().size(); i++) {
                            String check = constant(text.checks().get(i), "TextCheck");
                            if (i > 0) body.append("\n                && ");
                            body.append(check).append(".passes(text, at, context, out)");
                        }
                        body.append(";\n");
                    }
                }
                case ObjectRule<?> object -> {
                    shape.append("O{");
                    String r = constant(object, "ObjectRule");
                    String nested = set(object.rules(), where);
                    shape.append('}');
                    body.append("        if (value == null) return ").append(r).append(".absent(at, out);\n")
                            .append("        int before = out.size();\n")
                            .append("        ").append(nested).append("(value, at, context, out);\n")
                            .append("        return ObjectRule.noErrorSince(out, before);\n");
                }
                case ListRule<?> list -> {
                    shape.append("L{");
                    String r = constant(list, "ListRule");
                    String element = rule(list.element(), where + "[]");
                    shape.append('}');
                    body.append("        return ").append(r).append(".check((List) value, at, context, out, ").append(className).append("::")
                            .append(element).append(");\n");
                }
                default -> {
                    shape.append("V:").append(rule.getClass().getName()).append(';');
                    String r = constant(rule, "ValueRule");
                    body.append("        return ").append(r).append(".check(value, at, context, out);\n");
                }
            }
            methods.append("\n    /** {@code ").append(where).append("}: ").append(kind(rule)).append(". */")
                    .append("\n    private static boolean ").append(method)
                    .append("(Object value, Path at, ValidationContext context, List<Violation> out) {\n")
                    .append(body).append("    }\n");
            return method;
        }

        private static String kind(ValueRule<?> rule) {
            return switch (rule) {
                case TextRule text -> "a text, " + text.checks().size() + (text.checks().size() == 1 ? " check" : " checks");
                case ObjectRule<?> object -> "an object";
                case ListRule<?> list -> "a list";
                default -> rule.getClass().getSimpleName();
            };
        }
    }
}

package dev.voicecampaign.json;

import dev.voicecampaign.core.violation.Path;
import dev.voicecampaign.core.violation.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * Maps members of a JSON tree to a draft's fields, noting each problem of the boundary as it goes: a value
 * of the wrong JSON type ({@code request.field.wrongType}, the field left absent) and a member the body
 * does not have ({@code request.field.unknown}, a warning). {@code null} means absent.
 */
final class TreeMapper {
    private final List<Violation> found;

    private TreeMapper(List<Violation> duplicates) {
        this.found = new ArrayList<>(duplicates);
    }

    /** How a body's root object becomes a draft. */
    @FunctionalInterface
    interface Mapping<D> {
        D map(TreeMapper m, JsonNode root, Path at);
    }

    /** Reads {@code body} as a tree and maps its root object to a draft, with every problem noted on the way. */
    static <D> ReadResult<D> read(byte[] body, Path root, Mapping<D> mapping) {
        JsonTreeReader.Tree tree = JsonTreeReader.read(body);
        Optional<ReadResult<D>> unusable = JsonTreeReader.unusable(tree);
        if (unusable.isPresent()) return unusable.get();
        TreeMapper m = new TreeMapper(tree.duplicates());
        D draft = mapping.map(m, tree.root(), root);
        return new ReadResult<>(Optional.of(draft), io.vavr.collection.List.ofAll(m.found));
    }

    /** Warns about each member of {@code object} (at {@code at}) that is not among {@code known}. */
    void only(JsonNode object, Path at, List<String> known) {
        for (String name : object.propertyNames()) {
            if (!known.contains(name)) {
                found.add(JsonTreeReader.unknown(at.field(name)));
            }
        }
    }

    String text(JsonNode parent, Path at, String name) {
        JsonNode v = parent.get(name);
        if (v == null || v.isNull()) return null;
        return v.isString() ? v.stringValue() : wrongType(at.field(name), "string");
    }

    /** A whole number; a zero fraction ({@code 3.0}) counts as whole, and one beyond a long is clamped so the rules report it as out of range. */
    Long whole(JsonNode parent, Path at, String name) {
        JsonNode v = parent.get(name);
        if (v == null || v.isNull()) return null;
        if (v.isIntegralNumber()) return WholeNumbers.of(v.bigIntegerValue());
        Optional<Long> whole = v.isNumber() ? WholeNumbers.of(v.decimalValue()) : Optional.empty();
        return whole.isPresent() ? whole.get() : wrongType(at.field(name), "integer");
    }

    List<String> texts(JsonNode parent, Path at, String name) {
        JsonNode v = parent.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isArray()) return wrongType(at.field(name), "array");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            texts.add(e.isNull() ? null : e.isString() ? e.stringValue() : wrongType(at.field(name).index(i), "string"));
        }
        return texts;
    }

    /** An object whose members are all texts, as a map in document order; a member of another type is refused and left out. */
    Map<String, String> textMembers(JsonNode parent, Path at, String name) {
        JsonNode v = parent.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isObject()) return wrongType(at.field(name), "object");
        Map<String, String> members = new LinkedHashMap<>();
        for (String member : v.propertyNames()) {
            JsonNode e = v.get(member);
            if (e.isString()) members.put(member, e.stringValue());
            else wrongType(at.field(name).field(member), "string");
        }
        return members;
    }

    /** The member {@code name} mapped by {@code map} (with its path) when it is an object. */
    <T> T object(JsonNode parent, Path at, String name, BiFunction<JsonNode, Path, T> map) {
        JsonNode v = parent.get(name);
        if (v == null || v.isNull()) return null;
        return v.isObject() ? map.apply(v, at.field(name)) : wrongType(at.field(name), "object");
    }

    /** The member {@code name} as a list, each element an object mapped by {@code map} (with its path); null elements kept as null. */
    <T> List<T> objects(JsonNode parent, Path at, String name, BiFunction<JsonNode, Path, T> map) {
        JsonNode v = parent.get(name);
        if (v == null || v.isNull()) return null;
        if (!v.isArray()) return wrongType(at.field(name), "array");
        List<T> elements = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            Path where = at.field(name).index(i);
            elements.add(e.isNull() ? null : e.isObject() ? map.apply(e, where) : wrongType(where, "object"));
        }
        return elements;
    }

    private <T> T wrongType(Path where, String expected) {
        found.add(JsonTreeReader.wrongType(where, expected));
        return null;
    }
}

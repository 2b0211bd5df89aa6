package org.pswcp.framework.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pswcp.framework.content.FrameworkPackage.Lineage;
import org.pswcp.framework.content.VersionContent.StatementEntry;

/**
 * What changed from one version to another: items added, removed, reworded and moved. Items are matched through the
 * earlier version's lineage where it has one, then by the same code, then (for statements) by the same text; a matched
 * item whose text differs is reworded, one whose code or parent differs has moved.
 */
public final class Comparison {

    /** An item of a version: a domain, area, statement (or sub-heading) or unit. */
    @Schema(name = "ComparedItem")
    public record Item(@Schema(example = "statement") String kind, @Schema(example = "2.5.2.3") String code,
            String text, @Schema(description = "Code of the item it belongs to.") String parent) {
    }

    /** An item of the first version and what it became in the second. */
    @Schema(name = "ComparedPair")
    public record Change(@Schema(example = "statement") String kind, String fromCode, String toCode, String fromText,
            String toText, String fromParent, String toParent) {
    }

    @Schema(name = "Comparison", description = "What changed from one version to another.")
    public record Result(@Schema(example = "2020-02") String from, @Schema(example = "2020-10") String to,
            List<Item> added, List<Item> removed, List<Change> reworded, List<Change> moved) {
    }

    private Comparison() {
    }

    public static Result compare(String fromCode, VersionContent from, String toCode, VersionContent to) {
        Map<String, Item> before = items(from);
        Map<String, Item> after = items(to);
        Map<String, Set<String>> lineage = lineage(from, to);
        List<Change> pairs = new ArrayList<>();
        Set<String> matchedBefore = new HashSet<>();
        Set<String> matchedAfter = new HashSet<>();
        for (Item item : before.values()) {
            Set<String> targets = lineage.getOrDefault(key(item), Set.of(key(item)));
            for (String target : targets) {
                Item successor = after.get(target);
                if (successor != null && successor.kind().equals(item.kind())) {
                    pairs.add(change(item, successor));
                    matchedBefore.add(key(item));
                    matchedAfter.add(target);
                }
            }
        }
        matchStatementsByText(before, after, matchedBefore, matchedAfter, pairs);
        Map<String, String> successors = new HashMap<>();
        pairs.forEach(p -> successors.putIfAbsent(p.kind() + ":" + p.fromCode(), p.toCode()));
        List<Change> reworded = new ArrayList<>();
        List<Change> moved = new ArrayList<>();
        for (Change pair : pairs) {
            if (!normalise(pair.fromText()).equals(normalise(pair.toText()))) {
                reworded.add(pair);
            }
            boolean parentChanged = !Objects.equals(successorOfParent(pair, successors), pair.toParent());
            if (!pair.fromCode().equals(pair.toCode()) || parentChanged) {
                moved.add(pair);
            }
        }
        List<Item> added = after.entrySet().stream().filter(e -> !matchedAfter.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<Item> removed = before.entrySet().stream().filter(e -> !matchedBefore.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new Result(fromCode, toCode, added, removed, reworded, moved);
    }

    /** A statement renumbered but unchanged in wording is the same statement, moved. */
    private static void matchStatementsByText(Map<String, Item> before, Map<String, Item> after,
            Set<String> matchedBefore, Set<String> matchedAfter, List<Change> pairs) {
        Map<String, Item> unmatchedAfterByText = new HashMap<>();
        after.forEach((key, item) -> {
            if (item.kind().equals("statement") && !matchedAfter.contains(key)) {
                unmatchedAfterByText.putIfAbsent(normalise(item.text()), item);
            }
        });
        before.forEach((key, item) -> {
            if (item.kind().equals("statement") && !matchedBefore.contains(key)) {
                Item successor = unmatchedAfterByText.remove(normalise(item.text()));
                if (successor != null) {
                    pairs.add(change(item, successor));
                    matchedBefore.add(key);
                    matchedAfter.add(key(successor));
                }
            }
        });
    }

    /** What the item's parent became, so that an item whose parent was only renumbered has not moved. */
    private static String successorOfParent(Change pair, Map<String, String> successors) {
        String parent = pair.fromParent();
        if (parent == null) {
            return null;
        }
        return switch (pair.kind()) {
            case "area" -> successors.getOrDefault("domain:" + parent, parent);
            case "statement" -> successors.getOrDefault("statement:" + parent,
                    successors.getOrDefault("area:" + parent, parent));
            default -> parent; // units belong to sections, which keep their codes
        };
    }

    /**
     * The earlier version's lineage ("what each item became") as item keys; read backwards when the comparison runs
     * from the later version to the earlier.
     */
    private static Map<String, Set<String>> lineage(VersionContent from, VersionContent to) {
        Map<String, Set<String>> map = new HashMap<>();
        boolean forwards = !from.pkg().lineage().isEmpty();
        VersionContent earlier = forwards ? from : to;
        for (Lineage link : earlier.pkg().lineage()) {
            String kind = kindOf(earlier, link.code());
            for (String target : link.becomes()) {
                String source = kind + ":" + link.code();
                String successor = kind + ":" + target;
                map.computeIfAbsent(forwards ? source : successor, k -> new HashSet<>())
                        .add(forwards ? successor : source);
            }
        }
        return map;
    }

    private static String kindOf(VersionContent content, String code) {
        if (content.domain(code).isPresent()) {
            return "domain";
        }
        if (content.area(code).isPresent()) {
            return "area";
        }
        if (content.unit(code).isPresent()) {
            return "unit";
        }
        return "statement";
    }

    private static Map<String, Item> items(VersionContent content) {
        Map<String, Item> items = new LinkedHashMap<>();
        content.domains().forEach(d -> put(items, new Item("domain", d.domain().code(), d.domain().title(), null)));
        content.areas().forEach(a -> put(items,
                new Item("area", a.area().code(), a.area().title(), a.domain().code())));
        for (StatementEntry s : content.statements()) {
            put(items, new Item("statement", s.statement().code(), s.statement().text(),
                    s.parentCode() != null ? s.parentCode() : s.area().code()));
        }
        content.units().forEach(u -> put(items,
                new Item("unit", u.unit().code(), u.unit().title(), u.section().code())));
        return items;
    }

    private static void put(Map<String, Item> items, Item item) {
        items.put(key(item), item);
    }

    private static String key(Item item) {
        return item.kind() + ":" + item.code();
    }

    private static Change change(Item from, Item to) {
        return new Change(from.kind(), from.code(), to.code(), from.text(), to.text(), from.parent(), to.parent());
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}

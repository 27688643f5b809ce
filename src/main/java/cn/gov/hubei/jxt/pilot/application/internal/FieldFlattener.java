package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.FieldDifference;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns two JSON trees into a field-by-field comparison: each leaf becomes a path ({@code plan.milestones[1].end})
 * and its text; the union of both sides' paths in document order, so an added or removed row shows as a field
 * present on one side only.
 */
public final class FieldFlattener {

    private FieldFlattener() {
    }

    public static List<FieldDifference> compare(JsonNode left, JsonNode right) {
        Map<String, String> l = flatten(left);
        Map<String, String> r = flatten(right);
        Set<String> paths = new LinkedHashSet<>(l.keySet());
        // insert the right side's extra paths after the left side's, keeping each side's own order
        paths.addAll(r.keySet());
        List<FieldDifference> rows = new ArrayList<>();
        for (String path : paths) {
            rows.add(new FieldDifference(path, l.get(path), r.get(path)));
        }
        return rows;
    }

    public static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        walk("", node, out);
        return out;
    }

    private static void walk(String path, JsonNode node, Map<String, String> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                return;
            }
            boolean scalars = true;
            for (JsonNode element : node) {
                scalars &= element.isValueNode();
            }
            if (scalars) {
                List<String> values = new ArrayList<>();
                node.forEach(element -> values.add(element.asString()));
                out.put(path, String.join("、", values));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), out);
            }
        } else {
            out.put(path, node.asString());
        }
    }
}

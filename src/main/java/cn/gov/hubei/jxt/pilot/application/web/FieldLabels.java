package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.FieldDifference;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the fields of a comparison for people: {@code sections.plan.milestones[1].end} becomes
 * 下一步实施计划 › 实施计划 第2行 › 结束日期, from {@code application.label.<name>} messages.
 */
final class FieldLabels {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    private FieldLabels() {
    }

    /** A row of a comparison table. */
    record Row(String path, String label, String left, String right, boolean changed) {
    }

    static List<Row> rows(ApplicationPages pages, List<FieldDifference> fields, boolean all) {
        List<Row> rows = new ArrayList<>();
        for (FieldDifference f : fields) {
            if (all || f.changed()) {
                rows.add(new Row(f.path(), label(pages, f.path()), f.left(), f.right(), f.changed()));
            }
        }
        return rows;
    }

    static String label(ApplicationPages pages, String path) {
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                parts.add(segment);
                continue;
            }
            String name = pages.text("application.label." + m.group(1));
            if (name.startsWith("application.label.")) {
                name = m.group(1);
            }
            parts.add(m.group(2) == null ? name
                    : pages.text("application.label.row", name, Integer.parseInt(m.group(2)) + 1));
        }
        return String.join(" › ", parts);
    }
}

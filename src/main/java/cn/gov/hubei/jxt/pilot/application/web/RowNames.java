package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.application.internal.RuleContext;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the row of a table (or of a list of cards) that a problem lies on, so that a message read in the error
 * summary says where: 「运营成本降低：请填写单位。」, 「实施计划 第2项：请填写阶段。」. Keyed rows are named by what they
 * are (the indicator, the condition, the content item), numbered rows by their table and position. A message that
 * already names its row is left as it is.
 */
final class RowNames {

    /** The row a field lies on: {@code targets[OPERATING_COST]} of {@code targets[OPERATING_COST].unit}. */
    private static final Pattern ROW = Pattern.compile("^([A-Za-z]+\\[[^\\]]+])(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^[A-Za-z]+\\[\\d+]$");

    private final ApplicationPages pages;
    private final Map<String, String> keyed = new HashMap<>();

    RowNames(ApplicationPages pages, RuleContext context) {
        this.pages = pages;
        context.indicators().forEach(i -> keyed.put("targets[" + i.code() + "]", i.name()));
        context.expectedConditions().forEach(c -> keyed.put("items[" + c.key() + "]",
                pages.text("application.row.condition", c.modeName(), c.number())));
        context.expectedParts().forEach(p -> keyed.put("parts[" + p.key() + "]",
                pages.text("application.row.part", p.groupName(), p.item(), p.title())));
    }

    /** The name of the row of a rules' field path, or null when the field is not on a row. */
    String row(String field) {
        Matcher m = field == null ? null : ROW.matcher(field);
        if (m == null || !m.matches()) {
            return null;
        }
        String row = m.group(1);
        if (keyed.containsKey(row)) {
            return keyed.get(row);
        }
        return NUMBERED.matcher(row).matches() ? FieldLabels.label(pages, row) : null;
    }

    /** The problem's message, preceded by the name of its row when it lies on one. */
    MessageSourceResolvable message(FieldProblem problem) {
        String row = row(problem.field());
        if (row == null || pages.text(problem).contains(row)) {
            return problem;
        }
        return new DefaultMessageSourceResolvable(new String[]{"application.row.problem"},
                new Object[]{row, problem}, problem.code());
    }
}

package cn.gov.hubei.jxt.pilot.review.web;

import cn.gov.hubei.jxt.pilot.review.Criterion;
import cn.gov.hubei.jxt.pilot.review.Rubric;
import cn.gov.hubei.jxt.pilot.review.RubricDraft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The rubric's form: the criteria in rows, the tie-break keys as one comma-separated line. */
public class RubricForm {

    private List<Row> criteria = new ArrayList<>();
    private String tieBreak;

    /** One criterion row. */
    public static class Row {
        private String code;
        private String name;
        private String weight;
        private String maxPoints;
        private String guidance;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getWeight() {
            return weight;
        }

        public void setWeight(String weight) {
            this.weight = weight;
        }

        public String getMaxPoints() {
            return maxPoints;
        }

        public void setMaxPoints(String maxPoints) {
            this.maxPoints = maxPoints;
        }

        public String getGuidance() {
            return guidance;
        }

        public void setGuidance(String guidance) {
            this.guidance = guidance;
        }
    }

    static RubricForm of(Rubric rubric) {
        RubricForm form = new RubricForm();
        for (Criterion c : rubric.criteria()) {
            Row row = new Row();
            row.code = c.code();
            row.name = c.name();
            row.weight = c.weight().toPlainString();
            row.maxPoints = c.maxPoints().toPlainString();
            row.guidance = c.guidance();
            form.criteria.add(row);
        }
        form.tieBreak = String.join(",", rubric.tieBreak());
        return form;
    }

    RubricDraft draft() {
        List<RubricDraft.CriterionDraft> rows = criteria.stream()
                .filter(r -> !(blank(r.code) && blank(r.name) && blank(r.weight) && blank(r.maxPoints)
                        && blank(r.guidance)))
                .map(r -> new RubricDraft.CriterionDraft(r.code, r.name, r.weight, r.maxPoints, r.guidance))
                .toList();
        List<String> keys = tieBreak == null || tieBreak.isBlank() ? List.of()
                : Arrays.stream(tieBreak.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        return new RubricDraft(rows, keys);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<Row> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<Row> criteria) {
        this.criteria = criteria == null ? new ArrayList<>() : criteria;
    }

    public String getTieBreak() {
        return tieBreak;
    }

    public void setTieBreak(String tieBreak) {
        this.tieBreak = tieBreak;
    }
}

package cn.gov.hubei.jxt.pilot.review.web;

import cn.gov.hubei.jxt.pilot.review.Criterion;
import cn.gov.hubei.jxt.pilot.review.Rubric;
import cn.gov.hubei.jxt.pilot.review.ScoreSheet;
import cn.gov.hubei.jxt.pilot.review.SheetDraft;

import java.util.LinkedHashMap;
import java.util.Map;

/** The score sheet's form: a score and a comment per criterion code, the overall opinion, the version it was built from. */
public class SheetForm {

    private Map<String, String> scores = new LinkedHashMap<>();
    private Map<String, String> comments = new LinkedHashMap<>();
    private String opinion;
    private long version;

    static SheetForm of(ScoreSheet sheet, Rubric rubric) {
        SheetForm form = new SheetForm();
        for (Criterion c : rubric.criteria()) {
            sheet.score(c.code()).ifPresent(s -> {
                if (s.score() != null) {
                    form.scores.put(c.code(), s.score().toPlainString());
                }
                if (s.comment() != null) {
                    form.comments.put(c.code(), s.comment());
                }
            });
        }
        form.opinion = sheet.opinion();
        form.version = sheet.version();
        return form;
    }

    SheetDraft draft() {
        Map<String, String> s = new LinkedHashMap<>();
        scores.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                s.put(k, v);
            }
        });
        Map<String, String> c = new LinkedHashMap<>();
        comments.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                c.put(k, v);
            }
        });
        return new SheetDraft(s, c, opinion, version);
    }

    public Map<String, String> getScores() {
        return scores;
    }

    public void setScores(Map<String, String> scores) {
        this.scores = scores == null ? new LinkedHashMap<>() : scores;
    }

    public Map<String, String> getComments() {
        return comments;
    }

    public void setComments(Map<String, String> comments) {
        this.comments = comments == null ? new LinkedHashMap<>() : comments;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

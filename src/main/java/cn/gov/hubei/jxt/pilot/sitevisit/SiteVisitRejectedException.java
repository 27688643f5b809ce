package cn.gov.hubei.jxt.pilot.sitevisit;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.List;

/** Input that breaks a rule, field by field; nothing was changed. */
public class SiteVisitRejectedException extends RuntimeException {

    private final List<FieldProblem> problems;

    public SiteVisitRejectedException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public SiteVisitRejectedException(String field, String code, Object... arguments) {
        this(List.of(FieldProblem.invalid(field, code, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

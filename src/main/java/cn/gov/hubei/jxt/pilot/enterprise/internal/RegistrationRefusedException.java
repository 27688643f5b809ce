package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import java.util.List;

/** A registration the rules refuse, with each reason beside its field. */
public class RegistrationRefusedException extends RuntimeException {

    private final transient RegistrationRules.Check check;

    public RegistrationRefusedException(RegistrationRules.Check check) {
        super("registration refused: " + check.violations());
        this.check = check;
    }

    public List<FieldProblem> violations() {
        return check.violations();
    }

    /** The code fails only a check character: the person may ask for the programme office's review. */
    public boolean pendingReviewOffered() {
        return check.pendingReviewOffered();
    }

    /** The code names no recommending division: the person chooses one. */
    public boolean divisionChoiceNeeded() {
        return check.divisionChoiceNeeded();
    }
}

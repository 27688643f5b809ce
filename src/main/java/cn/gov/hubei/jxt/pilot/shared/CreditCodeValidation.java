package cn.gov.hubei.jxt.pilot.shared;

import java.util.List;
import java.util.Optional;

/**
 * The result of checking an input against GB 32100 (统一社会信用代码) and GB 11714 (the embedded 组织机构代码).
 *
 * @param code                  the input as normalised (trimmed, full-width folded, upper-case)
 * @param checkCharacterValid   pos 18 matches pos 1–17 (false if it could not be computed)
 * @param organizationCodeValid pos 17 matches pos 9–16 (false if it could not be computed)
 * @param registrationAreaCode  pos 3–8 when the input has 18 characters, else {@code null}
 * @param organizationCode      pos 9–17 when the input has 18 characters, else {@code null}
 * @param problems              everything found wrong, in position order within each kind; empty when valid
 */
public record CreditCodeValidation(String code, boolean checkCharacterValid, boolean organizationCodeValid,
                                   String registrationAreaCode, String organizationCode,
                                   List<CreditCodeProblem> problems) {

    public CreditCodeValidation {
        problems = List.copyOf(problems);
    }

    /** Format, check character and 组织机构代码 all pass. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** Length, alphabet and area code are right; the check characters may still fail. */
    public boolean wellFormed() {
        return problems.stream().noneMatch(CreditCodeProblem::isFormatProblem);
    }

    /** The code as a value, when it is well-formed (even with failing check characters). */
    public Optional<UnifiedSocialCreditCode> toCode() {
        return wellFormed() ? Optional.of(new UnifiedSocialCreditCode(code)) : Optional.empty();
    }

    /** The first problem of the given kind, if any. */
    public Optional<CreditCodeProblem> problem(CreditCodeProblem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).findFirst();
    }
}

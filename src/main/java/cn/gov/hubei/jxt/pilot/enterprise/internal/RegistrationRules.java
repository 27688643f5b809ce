package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.enterprise.Enterprises;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicies;
import cn.gov.hubei.jxt.pilot.identity.PasswordPolicy;
import cn.gov.hubei.jxt.pilot.identity.UserAdministration;
import cn.gov.hubei.jxt.pilot.reference.CreditCodeCheck;
import cn.gov.hubei.jxt.pilot.reference.CreditCodeChecks;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.CreditCodeValidation;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every rule of enterprise registration, for the page and the API alike.
 * <ul>
 *   <li>The 统一社会信用代码 must be well-formed and registered in Hubei; the enterprise's recommending division follows
 *       from it (or, for a code of the provincial authority, is chosen).</li>
 *   <li>A code whose only fault is a check character may be a genuine early code: it is accepted only when the person
 *       asks for the programme office's review, and then only as a pending registration.</li>
 *   <li>A code already registered is refused: the enterprise's manager invites colleagues instead.</li>
 *   <li>The password follows the policy in force.</li>
 * </ul>
 */
@Component
public class RegistrationRules {

    static final int MAX_NAME = 200;
    static final int MAX_CONTACT = 50;
    static final int MAX_EMAIL = 200;

    /** The outcome: either violations, or the registration as it will be stored. */
    public record Check(List<FieldProblem> violations, boolean pendingReviewOffered, boolean divisionChoiceNeeded,
                        Accepted accepted) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    /** The tidied values of an acceptable registration. */
    public record Accepted(String creditCode, String enterpriseName, String divisionCode, String contactName,
                           String mobile, String email, String username, boolean pendingReview) {
    }

    private final CreditCodeChecks codes;
    private final ReferenceCatalog catalog;
    private final Enterprises enterprises;
    private final UserAdministration users;
    private final PasswordPolicies policies;

    RegistrationRules(CreditCodeChecks codes, ReferenceCatalog catalog, Enterprises enterprises,
                      UserAdministration users, PasswordPolicies policies) {
        this.codes = codes;
        this.catalog = catalog;
        this.enterprises = enterprises;
        this.users = users;
        this.policies = policies;
    }

    public Check check(RegistrationInput in) {
        List<FieldProblem> violations = new ArrayList<>();
        CodeOutcome code = creditCode(in, violations);

        String name = Inputs.text(in.enterpriseName());
        if (name == null) {
            violations.add(FieldProblem.invalid("enterpriseName", "enterprise.registration.enterpriseName.required"));
        } else if (Inputs.length(name) > MAX_NAME) {
            violations.add(FieldProblem.invalid("enterpriseName", "enterprise.validation.too-long",
                    FieldProblem.label("enterprise.registration.field.enterpriseName"), MAX_NAME, Inputs.length(name)));
        }
        String contact = Inputs.text(in.contactName());
        if (contact == null) {
            violations.add(FieldProblem.invalid("contactName", "enterprise.registration.contactName.required"));
        } else if (Inputs.length(contact) > MAX_CONTACT) {
            violations.add(FieldProblem.invalid("contactName", "enterprise.validation.too-long",
                    FieldProblem.label("enterprise.registration.field.contactName"), MAX_CONTACT, Inputs.length(contact)));
        }
        String mobile = Inputs.folded(in.mobile());
        if (mobile == null) {
            violations.add(FieldProblem.invalid("mobile", "enterprise.registration.mobile.required"));
        } else if (!Inputs.MOBILE.matcher(mobile).matches()) {
            violations.add(FieldProblem.invalid("mobile", "enterprise.validation.mobile"));
        }
        String email = email(Inputs.folded(in.email()), "email", violations);
        String username = Inputs.text(in.username()) == null ? null : in.username().strip().toLowerCase(Locale.ROOT);
        if (username == null) {
            violations.add(FieldProblem.invalid("username", "enterprise.registration.username.required"));
        } else if (!Inputs.USERNAME.matcher(username).matches()) {
            violations.add(FieldProblem.invalid("username", "account.username.format"));
        } else if (users.findByUsername(username).isPresent()) {
            violations.add(FieldProblem.invalid("username", "account.username.taken", username));
        }
        password(in.password(), in.passwordConfirmation(), username, violations);

        Accepted accepted = violations.isEmpty()
                ? new Accepted(code.code(), name, code.divisionCode(), contact, mobile, email, username, code.pending())
                : null;
        return new Check(List.copyOf(violations), code.pendingReviewOffered(), code.divisionChoiceNeeded(), accepted);
    }

    /** An e-mail address, checked for form and length; {@code null} when it is missing or wrong. */
    static String email(String email, String field, List<FieldProblem> violations) {
        if (email == null) {
            violations.add(FieldProblem.invalid(field, "enterprise.validation.email.required"));
            return null;
        }
        if (Inputs.length(email) > MAX_EMAIL || !Inputs.EMAIL.matcher(email).matches()) {
            violations.add(FieldProblem.invalid(field, "enterprise.validation.email"));
            return null;
        }
        return email;
    }

    private record CodeOutcome(String code, String divisionCode, boolean pending, boolean pendingReviewOffered,
                               boolean divisionChoiceNeeded) {
    }

    private CodeOutcome creditCode(RegistrationInput in, List<FieldProblem> violations) {
        CreditCodeCheck check = codes.check(in.creditCode());
        CreditCodeValidation validation = check.validation();
        if (!validation.wellFormed()) {
            // The reference module's sentence names the most basic problem (empty, length, character, area code).
            violations.add(FieldProblem.invalid("creditCode", "enterprise.registration.creditCode.invalid", check.message()));
            return new CodeOutcome(null, null, false, false, false);
        }
        String area = validation.registrationAreaCode();
        if (!check.inHubei()) {
            violations.add(FieldProblem.invalid("creditCode", "enterprise.registration.creditCode.outside-hubei",
                    outsideHubei(area)));
            return new CodeOutcome(null, null, false, false, false);
        }
        if (enterprises.findByCreditCode(check.code()).isPresent()) {
            violations.add(FieldProblem.invalid("creditCode", "enterprise.registration.creditCode.registered"));
            return new CodeOutcome(null, null, false, false, false);
        }

        String division = null;
        boolean divisionChoiceNeeded = false;
        Optional<Division> fromCode = catalog.hubeiDivisionFor(area);
        if (fromCode.isPresent()) {
            division = fromCode.get().code();
        } else {
            // Registered in Hubei by an authority that is no recommending division (the province itself, 420000):
            // the enterprise says where it is, as the reference page advises.
            divisionChoiceNeeded = true;
            String chosen = Inputs.folded(in.divisionCode());
            if (chosen == null) {
                violations.add(FieldProblem.invalid("divisionCode", "enterprise.registration.divisionCode.required", area));
            } else if (catalog.division(chosen).isEmpty()) {
                violations.add(FieldProblem.invalid("divisionCode", "enterprise.registration.divisionCode.unknown"));
            } else {
                division = chosen;
            }
        }

        boolean pending = false;
        boolean offered = false;
        if (!validation.valid()) {
            // Only a check character is wrong (the format passed above): a typing error, or a genuine early code.
            offered = true;
            if (in.acceptPendingReview()) {
                pending = true;
            } else {
                violations.add(FieldProblem.invalid("creditCode", "enterprise.registration.creditCode.check-failed",
                        check.message()));
            }
        }
        return new CodeOutcome(check.code(), division, pending, offered, divisionChoiceNeeded);
    }

    private DefaultMessageSourceResolvable outsideHubei(String area) {
        Optional<String> province = catalog.provinceName(area.substring(0, 2));
        return province
                .map(p -> new DefaultMessageSourceResolvable(new String[]{"reference.creditCode.validOutsideHubei"},
                        new Object[]{p}))
                .orElseGet(() -> new DefaultMessageSourceResolvable(
                        new String[]{"reference.creditCode.validUnknownArea"}, new Object[]{area}));
    }

    private void password(String password, String confirmation, String username, List<FieldProblem> violations) {
        if (password == null || password.isEmpty()) {
            violations.add(FieldProblem.invalid("password", "enterprise.registration.password.required"));
            return;
        }
        for (PasswordPolicy.Violation v : policies.current().check(password, username)) {
            violations.add(FieldProblem.invalid("password", v.messageKey(), v.arguments()));
        }
        if (!password.equals(confirmation)) {
            violations.add(FieldProblem.invalid("passwordConfirmation", "enterprise.registration.passwordConfirmation.mismatch"));
        }
    }
}

package cn.gov.hubei.jxt.pilot.expert.internal;

import cn.gov.hubei.jxt.pilot.expert.CompanyGroup;
import cn.gov.hubei.jxt.pilot.expert.NewExpert;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.Industry;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.ReferenceCatalog;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of an expert's record, one field problem per broken rule (message keys of bundle {@code expert}); the same
 * for the form, the API and each row of an import.
 */
@Component
public class ExpertRules {

    static final Pattern PHONE = Pattern.compile("[0-9+][0-9 -]{5,28}[0-9]");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final ReferenceCatalog reference;
    private final GroupRepository groups;

    ExpertRules(ReferenceCatalog reference, GroupRepository groups) {
        this.reference = reference;
        this.groups = groups;
    }

    /** The reference codes the rules accept, read once for many rows (an import). */
    public record Codes(Set<String> modes, Set<String> industries, Set<String> divisions) {
    }

    public Codes codes() {
        return new Codes(reference.modes().stream().map(ManufacturingMode::code).collect(Collectors.toSet()),
                reference.industries().stream().map(Industry::code).collect(Collectors.toSet()),
                reference.divisions().stream().map(Division::code).collect(Collectors.toSet()));
    }

    /** The problems of a record; empty when it may be stored. Duplicates are checked by the caller. */
    public List<FieldProblem> check(NewExpert e, Codes codes, Function<String, Optional<CompanyGroup>> groupByName) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "name", e.name(), NewExpert.MAX_NAME);
        required(problems, "employerName", e.employerName(), NewExpert.MAX_EMPLOYER);
        required(problems, "title", e.title(), NewExpert.MAX_TITLE);
        if (e.employerCreditCode() != null && !UnifiedSocialCreditCode.validate(e.employerCreditCode()).valid()) {
            problems.add(FieldProblem.invalid("employerCreditCode", "expert.employerCreditCode.invalid",
                    e.employerCreditCode()));
        }
        if (e.employerGroup() != null && groupByName.apply(e.employerGroup()).isEmpty()) {
            problems.add(FieldProblem.invalid("employerGroup", "expert.employerGroup.unknown", e.employerGroup()));
        }
        if (e.modeCodes().isEmpty()) {
            problems.add(FieldProblem.missing("modeCodes", "expert.modeCodes.required"));
        }
        for (String mode : e.modeCodes().stream().sorted().toList()) {
            if (!codes.modes().contains(mode)) {
                problems.add(FieldProblem.invalid("modeCodes", "expert.modeCodes.unknown", mode));
            }
        }
        for (String industry : e.industryCodes().stream().sorted().toList()) {
            if (!codes.industries().contains(industry)) {
                problems.add(FieldProblem.invalid("industryCodes", "expert.industryCodes.unknown", industry));
            }
        }
        if (e.divisionCode() != null && !codes.divisions().contains(e.divisionCode())) {
            problems.add(FieldProblem.invalid("divisionCode", "expert.divisionCode.unknown", e.divisionCode()));
        }
        if (e.phone() != null && (e.phone().length() > NewExpert.MAX_PHONE || !PHONE.matcher(e.phone()).matches())) {
            problems.add(FieldProblem.invalid("phone", "expert.phone.invalid"));
        }
        if (e.email() != null && (e.email().length() > NewExpert.MAX_EMAIL || !EMAIL.matcher(e.email()).matches())) {
            problems.add(FieldProblem.invalid("email", "expert.email.invalid"));
        }
        return problems;
    }

    public List<FieldProblem> check(NewExpert e) {
        return check(e, codes(), groups::byName);
    }

    /** The credit code as stored: normalised (upper case, half width). */
    static String creditCode(String raw) {
        return raw == null ? null : UnifiedSocialCreditCode.normalise(raw);
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(FieldProblem.missing(field, "expert." + field + ".required"));
        } else if (value.length() > max) {
            problems.add(FieldProblem.invalid(field, "expert." + field + ".too-long", max));
        }
    }

}

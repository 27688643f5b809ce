package cn.gov.hubei.jxt.pilot.reference;

import cn.gov.hubei.jxt.pilot.shared.CreditCodeProblem;
import cn.gov.hubei.jxt.pilot.shared.CreditCodeProblem.Kind;
import cn.gov.hubei.jxt.pilot.shared.CreditCodeValidation;
import cn.gov.hubei.jxt.pilot.shared.UnifiedSocialCreditCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/**
 * Checks a 统一社会信用代码 and says in one sentence what is wrong with it or where it was registered. The most basic
 * problem wins (nothing entered, then length, then characters, then check characters), because fixing it usually
 * changes the rest.
 */
@Service
public class CreditCodeChecks {

    private final ReferenceCatalog catalog;
    private final MessageSource messages;

    CreditCodeChecks(ReferenceCatalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    public CreditCodeCheck check(String input) {
        CreditCodeValidation validation = UnifiedSocialCreditCode.validate(input);
        String area = validation.wellFormed() ? validation.registrationAreaCode() : null;
        boolean inHubei = area != null && area.startsWith("42");
        Optional<Division> division = inHubei ? catalog.hubeiDivisionFor(area) : Optional.empty();
        String divisionCode = area == null ? null
                : inHubei ? division.map(Division::code).orElse(null)
                : area.substring(0, 4) + "00";
        String divisionName = division.map(Division::name).orElse(null);
        return new CreditCodeCheck(validation, divisionCode, divisionName, inHubei,
                message(validation, area, inHubei, division));
    }

    private String message(CreditCodeValidation validation, String area, boolean inHubei, Optional<Division> division) {
        if (validation.problem(Kind.EMPTY).isPresent()) {
            return text("reference.creditCode.empty");
        }
        Optional<CreditCodeProblem> length = validation.problem(Kind.WRONG_LENGTH);
        if (length.isPresent()) {
            return text("reference.creditCode.wrongLength", length.get().found());
        }
        List<CreditCodeProblem> invalid = validation.problems().stream()
                .filter(p -> p.kind() == Kind.INVALID_CHARACTER).toList();
        if (invalid.size() == 1) {
            return text("reference.creditCode.invalidCharacter", invalid.get(0).position(), invalid.get(0).found());
        }
        if (invalid.size() > 1) {
            return text("reference.creditCode.invalidCharacters", invalid.size(), invalid.get(0).position(),
                    invalid.get(0).found());
        }
        if (validation.problem(Kind.AREA_CODE_NOT_NUMERIC).isPresent()) {
            return text("reference.creditCode.areaCodeNotNumeric");
        }
        Optional<CreditCodeProblem> check = validation.problem(Kind.CHECK_CHARACTER_MISMATCH);
        Optional<CreditCodeProblem> organization = validation.problem(Kind.ORGANIZATION_CODE_MISMATCH);
        if (check.isPresent() && organization.isPresent()) {
            // Naming both expected characters would mislead: pos 18 depends on pos 17, so one of them is enough
            // to change the other. The likeliest cause is a mistyped character earlier in the code.
            return text("reference.creditCode.bothCheckCharacters");
        }
        if (check.isPresent()) {
            // Never the "right" character: it would turn a typing error elsewhere into a wrong code that passes.
            return text("reference.creditCode.checkCharacter");
        }
        if (organization.isPresent()) {
            return text("reference.creditCode.organizationCode");
        }
        if (inHubei) {
            return division
                    .map(d -> text("reference.creditCode.validInDivision", d.name()))
                    .orElseGet(() -> text("reference.creditCode.validInHubeiWithoutDivision", area));
        }
        return catalog.provinceName(area.substring(0, 2))
                .map(province -> text("reference.creditCode.validOutsideHubei", province))
                .orElseGet(() -> text("reference.creditCode.validUnknownArea", area));
    }

    private String text(String key, Object... args) {
        // Arguments as strings: MessageFormat would print a position like 1000 with a grouping separator.
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return messages.getMessage(key, strings, ReferenceCatalog.TEXT_LOCALE);
    }
}

package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseNature;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every rule of 企业基本信息 (附件3 一(一)), in one place for the page and the API:
 * <ul>
 *   <li>成立时间 is a date, not after today;</li>
 *   <li>money is in 万元 with at most two decimals; 总资产, 上年销售 and 上年税金 are not negative, 上年利润 may be;</li>
 *   <li>负债率 is a percentage from 0 to 100 with at most one decimal;</li>
 *   <li>电话 and 传真 are landlines with area code (027-87654321, 0717-1234567, optional extension), 手机 is a mainland
 *       mobile number (1[3-9] and nine digits), E-mail has the form of an address;</li>
 *   <li>the yes/no questions are answered; a “yes” to 智能制造综合标准化与新模式应用 names the project;</li>
 *   <li>企业简介 has at most 400 characters, counted as a person counts them (code points: a CJK character or an emoji
 *       is one), which is what the page's live counter shows.</li>
 * </ul>
 * Everything is required except 传真 and 信用等级 (many enterprises have neither).
 */
public final class ProfileRules {

    public static final int MAX_INTRODUCTION = 400;
    static final int MAX_ADDRESS = 200;
    static final int MAX_CONTACT = 50;
    static final int MAX_CREDIT_RATING = 20;
    static final int MAX_PROJECT_NAME = 200;
    /** The largest amount numeric(14, 2) holds, in 万元; far above any enterprise's figures. */
    static final BigDecimal MAX_MONEY = new BigDecimal("999999999999.99");

    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Violations, or the typed values when there are none. */
    public record Check(List<FieldProblem> violations, ProfileValues values) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private ProfileRules() {
    }

    public static Check check(ProfileInput in, LocalDate today) {
        List<FieldProblem> v = new ArrayList<>();
        LocalDate foundedOn = foundedOn(in.foundedOn(), today, v);
        EnterpriseNature nature = nature(in.nature(), v);
        String address = requiredText("address", in.address(), MAX_ADDRESS, v);
        String contactName = requiredText("contactName", in.contactName(), MAX_CONTACT, v);
        String contactTitle = requiredText("contactTitle", in.contactTitle(), MAX_CONTACT, v);
        String contactPhone = landline("contactPhone", in.contactPhone(), true, v);
        String contactMobile = mobile(in.contactMobile(), v);
        String contactFax = landline("contactFax", in.contactFax(), false, v);
        String contactEmail = RegistrationRules.email(Inputs.folded(in.contactEmail()), "contactEmail", v);
        BigDecimal totalAssets = money("totalAssets", in.totalAssets(), false, v);
        BigDecimal debtRatio = debtRatio(in.debtRatio(), v);
        String creditRating = optionalText("creditRating", in.creditRating(), MAX_CREDIT_RATING, v);
        BigDecimal sales = money("lastYearSales", in.lastYearSales(), false, v);
        BigDecimal tax = money("lastYearTax", in.lastYearTax(), false, v);
        BigDecimal profit = money("lastYearProfit", in.lastYearProfit(), true, v);
        Boolean pilot = yesNo("integrationManagementPilot", in.integrationManagementPilot(), v);
        Boolean project = yesNo("smartManufacturingProject", in.smartManufacturingProject(), v);
        String projectName = null;
        if (Boolean.TRUE.equals(project)) {
            projectName = Inputs.text(in.smartManufacturingProjectName());
            if (projectName == null) {
                v.add(FieldProblem.invalid("smartManufacturingProjectName",
                        "enterprise.profile.smartManufacturingProjectName.required"));
            } else {
                tooLong("smartManufacturingProjectName", projectName, MAX_PROJECT_NAME, v);
            }
        }
        String introduction = Inputs.multiline(in.introduction());
        if (introduction == null) {
            v.add(FieldProblem.invalid("introduction", "enterprise.validation.required", label("introduction")));
        } else {
            tooLong("introduction", introduction, MAX_INTRODUCTION, v);
        }
        if (!v.isEmpty()) {
            return new Check(List.copyOf(v), null);
        }
        return new Check(List.of(), new ProfileValues(foundedOn, nature, address, contactName, contactTitle,
                contactPhone, contactMobile, contactFax, contactEmail, totalAssets, debtRatio, creditRating, sales,
                tax, profit, pilot, project, projectName, introduction));
    }

    /** The label of a profile field, resolved with the message. */
    static Object label(String field) {
        return FieldProblem.label("enterprise.profile.field." + field);
    }

    private static LocalDate foundedOn(String raw, LocalDate today, List<FieldProblem> v) {
        String text = Inputs.folded(raw);
        if (text == null) {
            v.add(FieldProblem.invalid("foundedOn", "enterprise.validation.required", label("foundedOn")));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            v.add(FieldProblem.invalid("foundedOn", "enterprise.profile.foundedOn.format"));
            return null;
        }
        if (date.isAfter(today)) {
            v.add(FieldProblem.invalid("foundedOn", "enterprise.profile.foundedOn.future", today.toString()));
            return null;
        }
        return date;
    }

    private static EnterpriseNature nature(String raw, List<FieldProblem> v) {
        String text = Inputs.text(raw);
        if (text != null) {
            for (EnterpriseNature nature : EnterpriseNature.values()) {
                if (nature.name().equals(text)) {
                    return nature;
                }
            }
        }
        v.add(FieldProblem.invalid("nature", "enterprise.profile.nature.invalid"));
        return null;
    }

    private static String requiredText(String field, String raw, int max, List<FieldProblem> v) {
        String text = Inputs.text(raw);
        if (text == null) {
            v.add(FieldProblem.invalid(field, "enterprise.validation.required", label(field)));
            return null;
        }
        return tooLong(field, text, max, v) ? null : text;
    }

    private static String optionalText(String field, String raw, int max, List<FieldProblem> v) {
        String text = Inputs.text(raw);
        return text == null || tooLong(field, text, max, v) ? null : text;
    }

    private static boolean tooLong(String field, String text, int max, List<FieldProblem> v) {
        int length = Inputs.length(text);
        if (length > max) {
            v.add(FieldProblem.invalid(field, "enterprise.validation.too-long", label(field), max, length));
            return true;
        }
        return false;
    }

    private static String landline(String field, String raw, boolean required, List<FieldProblem> v) {
        String text = Inputs.folded(raw);
        if (text == null) {
            if (required) {
                v.add(FieldProblem.invalid(field, "enterprise.validation.required", label(field)));
            }
            return null;
        }
        if (!Inputs.LANDLINE.matcher(text).matches()) {
            v.add(FieldProblem.invalid(field, "enterprise.validation.landline", label(field)));
            return null;
        }
        return text;
    }

    private static String mobile(String raw, List<FieldProblem> v) {
        String text = Inputs.folded(raw);
        if (text == null) {
            v.add(FieldProblem.invalid("contactMobile", "enterprise.validation.required", label("contactMobile")));
            return null;
        }
        if (!Inputs.MOBILE.matcher(text).matches()) {
            v.add(FieldProblem.invalid("contactMobile", "enterprise.validation.mobile"));
            return null;
        }
        return text;
    }

    /** An amount in 万元; trailing zeros beyond the second decimal (12.500) are no extra precision and pass. */
    private static BigDecimal money(String field, String raw, boolean mayBeNegative, List<FieldProblem> v) {
        String text = Inputs.folded(raw);
        if (text == null) {
            v.add(FieldProblem.invalid(field, "enterprise.validation.required", label(field)));
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            v.add(FieldProblem.invalid(field, "enterprise.validation.money.format", label(field)));
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.stripTrailingZeros().scale() > 2) {
            v.add(FieldProblem.invalid(field, "enterprise.validation.money.decimals", label(field)));
            return null;
        }
        if (!mayBeNegative && amount.signum() < 0) {
            v.add(FieldProblem.invalid(field, "enterprise.validation.money.negative", label(field)));
            return null;
        }
        if (amount.abs().compareTo(MAX_MONEY) > 0) {
            v.add(FieldProblem.invalid(field, "enterprise.validation.money.too-large", label(field),
                    MAX_MONEY.toPlainString()));
            return null;
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** 负债率 in percent; a trailing % sign, as people often type it, is allowed. */
    private static BigDecimal debtRatio(String raw, List<FieldProblem> v) {
        String text = Inputs.folded(raw);
        if (text != null && text.endsWith("%")) {
            text = Inputs.text(text.substring(0, text.length() - 1));
        }
        if (text == null) {
            v.add(FieldProblem.invalid("debtRatio", "enterprise.validation.required", label("debtRatio")));
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            v.add(FieldProblem.invalid("debtRatio", "enterprise.profile.debtRatio.format"));
            return null;
        }
        BigDecimal ratio = new BigDecimal(text);
        if (ratio.stripTrailingZeros().scale() > 1) {
            v.add(FieldProblem.invalid("debtRatio", "enterprise.profile.debtRatio.decimals"));
            return null;
        }
        if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.valueOf(100)) > 0) {
            v.add(FieldProblem.invalid("debtRatio", "enterprise.profile.debtRatio.range"));
            return null;
        }
        return ratio.setScale(1, RoundingMode.UNNECESSARY);
    }

    private static Boolean yesNo(String field, String raw, List<FieldProblem> v) {
        String text = Inputs.text(raw);
        if ("true".equals(text)) {
            return Boolean.TRUE;
        }
        if ("false".equals(text)) {
            return Boolean.FALSE;
        }
        v.add(FieldProblem.invalid(field, "enterprise.validation.choose", label(field)));
        return null;
    }
}

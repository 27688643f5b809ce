package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.SectionContent.BasicInfo;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 一(二) 项目基本信息. */
@Component
class BasicInfoRules implements SectionRules<BasicInfo> {

    static final int PROJECT_NAME_LIMIT = 100;
    static final int OTHER_MODE_LIMIT = 50;
    static final int ADDRESS_LIMIT = 200;
    /** 项目简述: “不超过400字”. */
    static final int SUMMARY_LIMIT = 400;
    static final BigDecimal INVESTMENT_MAX = new BigDecimal("99999999.99");

    @Override
    public SectionKey key() {
        return SectionKey.BASIC;
    }

    @Override
    public void check(BasicInfo basic, RuleContext context, Problems problems) {
        if (basic.modes().isEmpty()) {
            problems.missing("modes", "application.rule.basic.modes.missing");
        }
        for (String mode : basic.modes()) {
            if (!context.modeCodes().contains(mode)) {
                problems.invalid("modes", "application.rule.basic.modes.unknown", mode);
            }
        }
        if (basic.modes().contains(ManufacturingMode.OTHER)) {
            problems.requiredText("otherMode", basic.otherMode(), OTHER_MODE_LIMIT,
                    "application.rule.basic.otherMode.missing");
        } else if (basic.otherMode() != null) {
            problems.invalid("otherMode", "application.rule.basic.otherMode.without-other");
        }
        for (String technology : basic.technologies()) {
            if (!context.technologyCodes().contains(technology)) {
                problems.invalid("technologies", "application.rule.basic.technologies.unknown", technology);
            }
        }
        problems.requiredText("projectName", basic.projectName(), PROJECT_NAME_LIMIT,
                "application.rule.basic.projectName.missing");
        if (basic.divisionCode() == null) {
            problems.missing("divisionCode", "application.rule.basic.divisionCode.missing");
        } else if (!context.divisionCodes().contains(basic.divisionCode())) {
            problems.invalid("divisionCode", "application.rule.basic.divisionCode.unknown");
        }
        problems.requiredText("address", basic.address(), ADDRESS_LIMIT, "application.rule.basic.address.missing");
        LocalDate start = problems.requiredDate("startDate", basic.startDate(), "application.rule.basic.startDate.missing");
        LocalDate end = problems.requiredDate("endDate", basic.endDate(), "application.rule.basic.endDate.missing");
        if (start != null && end != null && start.isAfter(end)) {
            problems.invalid("endDate", "application.rule.basic.endDate.before-start");
        }
        problems.requiredNumber("investment", basic.investment(), 2, INVESTMENT_MAX,
                "application.rule.basic.investment.missing");
        problems.requiredText("summary", basic.summary(), SUMMARY_LIMIT, "application.rule.basic.summary.missing");
    }
}

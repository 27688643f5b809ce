package cn.gov.hubei.jxt.pilot.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * 企业基本信息, every field of 附件3 一(一). Money in 万元 with two decimals, 负债率 in percent. An application
 * copies the profile when it is submitted, so later edits do not change what was submitted.
 *
 * @param integrationManagementPilot    是否是两化融合管理体系贯标试点企业
 * @param smartManufacturingProject     是否是智能制造综合标准化与新模式应用支持的项目
 * @param smartManufacturingProjectName that project's name when the answer is yes
 * @param introduction                  企业简介, at most 400 characters (code points)
 */
public record EnterpriseProfile(long enterpriseId, String name, String creditCode, String divisionCode,
                                LocalDate foundedOn, EnterpriseNature nature, String address,
                                String contactName, String contactTitle, String contactPhone, String contactMobile,
                                String contactFax, String contactEmail,
                                BigDecimal totalAssets, BigDecimal debtRatio, String creditRating,
                                BigDecimal lastYearSales, BigDecimal lastYearTax, BigDecimal lastYearProfit,
                                Boolean integrationManagementPilot, Boolean smartManufacturingProject,
                                String smartManufacturingProjectName, String introduction, int version) {

    /**
     * The same profile with the contact person's name, telephone, mobile, fax and e-mail passed through {@code f}
     * (sealed for a frozen version, opened when it is read: docs/security.md §14).
     */
    public EnterpriseProfile withContact(UnaryOperator<String> f) {
        return new EnterpriseProfile(enterpriseId, name, creditCode, divisionCode, foundedOn, nature, address,
                f.apply(contactName), contactTitle, f.apply(contactPhone), f.apply(contactMobile),
                f.apply(contactFax), f.apply(contactEmail), totalAssets, debtRatio, creditRating, lastYearSales,
                lastYearTax, lastYearProfit, integrationManagementPilot, smartManufacturingProject,
                smartManufacturingProjectName, introduction, version);
    }
}

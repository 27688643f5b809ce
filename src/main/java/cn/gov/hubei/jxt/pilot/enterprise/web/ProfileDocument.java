package cn.gov.hubei.jxt.pilot.enterprise.web;

import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseNature;
import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseProfile;
import cn.gov.hubei.jxt.pilot.enterprise.internal.ProfileInput;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 企业基本信息 (附件3 一(一)) as JSON, read and written whole. Name, credit code, division and version are the
 * registered ones and ignored when sent; the version travels in ETag / If-Match.
 */
@Schema(name = "EnterpriseProfile")
record ProfileDocument(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long enterpriseId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "企业名称 as registered") String name,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "统一社会信用代码") String creditCode,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "推荐单位 division code") String divisionCode,
        @Schema(description = "成立时间, not after today") LocalDate foundedOn,
        @Schema(description = "企业性质: 国有 / 民营 / 三资") EnterpriseNature nature,
        @Schema(description = "单位地址") String address,
        @Schema(description = "联系人姓名") String contactName,
        @Schema(description = "联系人职务") String contactTitle,
        @Schema(description = "电话: landline with area code, optional extension", example = "027-87654321")
        String contactPhone,
        @Schema(description = "手机", example = "13912345678") String contactMobile,
        @Schema(description = "传真: landline format, optional", example = "0717-1234567") String contactFax,
        @Schema(description = "E-mail") String contactEmail,
        @Schema(description = "总资产（万元）, ≥ 0, two decimals at most", example = "12345.67") BigDecimal totalAssets,
        @Schema(description = "负债率 in percent, 0–100, one decimal at most", example = "45.5") BigDecimal debtRatio,
        @Schema(description = "信用等级, optional, at most 20 characters", example = "AAA") String creditRating,
        @Schema(description = "上年销售（万元）, ≥ 0") BigDecimal lastYearSales,
        @Schema(description = "上年税金（万元）, ≥ 0") BigDecimal lastYearTax,
        @Schema(description = "上年利润（万元）, may be negative") BigDecimal lastYearProfit,
        @Schema(description = "两化融合管理体系贯标试点企业") Boolean integrationManagementPilot,
        @Schema(description = "智能制造综合标准化与新模式应用支持的项目") Boolean smartManufacturingProject,
        @Schema(description = "that project's name, required when smartManufacturingProject is true")
        String smartManufacturingProjectName,
        @Schema(description = "企业简介, at most 400 characters (code points)") String introduction,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "0 = never saved") Integer version) {

    static ProfileDocument of(EnterpriseProfile p) {
        return new ProfileDocument(p.enterpriseId(), p.name(), p.creditCode(), p.divisionCode(), p.foundedOn(),
                p.nature(), p.address(), p.contactName(), p.contactTitle(), p.contactPhone(), p.contactMobile(),
                p.contactFax(), p.contactEmail(), p.totalAssets(), p.debtRatio(), p.creditRating(), p.lastYearSales(),
                p.lastYearTax(), p.lastYearProfit(), p.integrationManagementPilot(), p.smartManufacturingProject(),
                p.smartManufacturingProjectName(), p.introduction(), p.version());
    }

    ProfileInput toInput() {
        return new ProfileInput(text(foundedOn), nature == null ? null : nature.name(), address, contactName,
                contactTitle, contactPhone, contactMobile, contactFax, contactEmail, text(totalAssets), text(debtRatio),
                creditRating, text(lastYearSales), text(lastYearTax), text(lastYearProfit),
                text(integrationManagementPilot), text(smartManufacturingProject), smartManufacturingProjectName,
                introduction);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}

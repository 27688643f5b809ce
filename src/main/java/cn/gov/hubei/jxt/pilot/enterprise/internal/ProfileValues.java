package cn.gov.hubei.jxt.pilot.enterprise.internal;

import cn.gov.hubei.jxt.pilot.enterprise.EnterpriseNature;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A profile that passed {@link ProfileRules}: tidied and typed, money at scale 2, 负债率 at scale 1. */
public record ProfileValues(LocalDate foundedOn, EnterpriseNature nature, String address, String contactName,
                            String contactTitle, String contactPhone, String contactMobile, String contactFax,
                            String contactEmail, BigDecimal totalAssets, BigDecimal debtRatio, String creditRating,
                            BigDecimal lastYearSales, BigDecimal lastYearTax, BigDecimal lastYearProfit,
                            boolean integrationManagementPilot, boolean smartManufacturingProject,
                            String smartManufacturingProjectName, String introduction) {
}

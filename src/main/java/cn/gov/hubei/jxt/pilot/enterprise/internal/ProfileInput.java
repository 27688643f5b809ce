package cn.gov.hubei.jxt.pilot.enterprise.internal;

/**
 * The fields of 附件3 一(一) that the enterprise fills in, as typed (name and credit code are the registered ones and
 * not part of it). Yes/no answers are {@code "true"} or {@code "false"}; 企业性质 is an {@code EnterpriseNature} name.
 */
public record ProfileInput(String foundedOn, String nature, String address, String contactName, String contactTitle,
                           String contactPhone, String contactMobile, String contactFax, String contactEmail,
                           String totalAssets, String debtRatio, String creditRating, String lastYearSales,
                           String lastYearTax, String lastYearProfit, String integrationManagementPilot,
                           String smartManufacturingProject, String smartManufacturingProjectName,
                           String introduction) {
}

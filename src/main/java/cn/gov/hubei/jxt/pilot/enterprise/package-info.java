/**
 * 申报单位: enterprises registered in Hubei, to which applicant accounts are bound. An enterprise registers itself on
 * the public page {@code /register} (统一社会信用代码 checked, division in Hubei, e-mail confirmed by a link; a code
 * failing only its check character waits for the programme office's decision); its first user is its manager and
 * invites colleagues; its staff keep 企业基本信息 (附件3 一(一)) up to date.
 *
 * <p>Other modules use {@link cn.gov.hubei.jxt.pilot.enterprise.Enterprises}: {@code profile(id)} for the profile an
 * application copies at submission, {@code isManager(enterpriseId, userId)}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise",
        allowedDependencies = {"audit", "identity", "notification", "platform", "reference"})
package cn.gov.hubei.jxt.pilot.enterprise;

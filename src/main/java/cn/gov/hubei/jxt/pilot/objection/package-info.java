/**
 * Objections to a public notice (异议): during the notice's period anyone may object with their real name (实名) — name,
 * identity document or an organisation's credit code, telephone, e-mail, the project concerned, the facts and
 * evidence — and receives a receipt number to follow the case with a code sent by e-mail; the office accepts (受理) or
 * declines with a reason, investigates, concludes (成立 / 不成立) with a reason, and may take an upheld project off the
 * notice's list. The objector is told each step. Personal data is encrypted at rest (SM4), masked in lists and seen only
 * by the officers who handle objections. Other modules read the cases through
 * {@link cn.gov.hubei.jxt.pilot.objection.Objections}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Objection",
        allowedDependencies = {
                "application", "audit", "calendar", "files", "identity", "notification", "platform", "publicity",
                "reference", "shared"})
package cn.gov.hubei.jxt.pilot.objection;

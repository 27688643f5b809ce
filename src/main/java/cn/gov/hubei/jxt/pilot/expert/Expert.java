package cn.gov.hubei.jxt.pilot.expert;

import java.util.Set;

/**
 * One expert of the pool as other modules see it.
 *
 * @param id                 the expert's id in the pool
 * @param accountId          the expert's login account (role {@code EXPERT}); {@code null} until the account is created
 * @param name               姓名
 * @param employerName       工作单位 as written
 * @param employerCreditCode the employer's 统一社会信用代码 when it is an enterprise (or any organisation with one);
 *                           {@code null} otherwise
 * @param employerGroup      the group of companies (集团) the employer belongs to, where known; {@code null} otherwise
 * @param title              职称/职务
 * @param modeCodes          fields of expertise: codes of {@code reference.ManufacturingMode}
 * @param industryCodes      fields of expertise: codes of {@code reference.Industry}
 * @param divisionCode       the expert's region (division code of Hubei, or {@code null} for outside the province)
 * @param active             whether the expert may be drawn
 */
public record Expert(long id, Long accountId, String name, String employerName, String employerCreditCode,
                     String employerGroup, String title, Set<String> modeCodes, Set<String> industryCodes,
                     String divisionCode, boolean active) {

    public Expert {
        modeCodes = Set.copyOf(modeCodes);
        industryCodes = Set.copyOf(industryCodes);
    }
}

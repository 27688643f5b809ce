package cn.gov.hubei.jxt.pilot.expert.web;

import cn.gov.hubei.jxt.pilot.expert.Expert;
import cn.gov.hubei.jxt.pilot.expert.ExpertDetails;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** An expert as the API shows it; the contact fields are the programme office's only (null for the expert). */
@Schema(name = "Expert")
record ExpertResource(long id, String name, String employerName, String employerCreditCode, String employerGroup,
                      String title, List<String> modeCodes, List<String> industryCodes, String divisionCode,
                      @Schema(description = "ACTIVE or INACTIVE") String status, boolean active,
                      @Schema(description = "The login account, null until created") String account,
                      @Schema(description = "Officers only") String phone,
                      @Schema(description = "Officers only") String email,
                      @Schema(description = "The version an update names in If-Match") long version) {

    static ExpertResource of(ExpertDetails d, Vocabulary vocabulary) {
        Expert e = d.expert();
        List<String> modes = vocabulary.modeNames().keySet().stream().filter(e.modeCodes()::contains).toList();
        List<String> industries = vocabulary.industryNames().keySet().stream().filter(e.industryCodes()::contains)
                .toList();
        return new ExpertResource(e.id(), e.name(), e.employerName(), e.employerCreditCode(), e.employerGroup(),
                e.title(), modes, industries, e.divisionCode(), d.status().name(), e.active(), d.accountUsername(),
                d.phone(), d.email(), d.version());
    }
}

package cn.gov.hubei.jxt.pilot.expert.web;

import cn.gov.hubei.jxt.pilot.expert.NewExpert;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.LinkedHashSet;
import java.util.List;

/** An expert's record as a client sends it (create or replace). */
@Schema(name = "ExpertRequest")
record ExpertRequest(String name, String employerName, String employerCreditCode,
                     @Schema(description = "The name of a group of the registry, or null") String employerGroup,
                     String title,
                     @Schema(description = "Codes of the modes, e.g. DISCRETE") List<String> modeCodes,
                     @Schema(description = "Codes of the key industries, e.g. AUTOMOTIVE") List<String> industryCodes,
                     @Schema(description = "A recommending division's code, or null for outside Hubei") String divisionCode,
                     String phone, String email) {

    NewExpert toNewExpert() {
        return new NewExpert(name, employerName, employerCreditCode, employerGroup, title,
                modeCodes == null ? null : new LinkedHashSet<>(modeCodes),
                industryCodes == null ? null : new LinkedHashSet<>(industryCodes), divisionCode, phone, email);
    }
}

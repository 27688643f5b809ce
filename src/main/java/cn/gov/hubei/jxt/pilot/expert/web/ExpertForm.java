package cn.gov.hubei.jxt.pilot.expert.web;

import cn.gov.hubei.jxt.pilot.expert.ExpertDetails;
import cn.gov.hubei.jxt.pilot.expert.NewExpert;

import java.util.LinkedHashSet;
import java.util.List;

/** The officer's form of an expert's record (new or edit); {@code version} names the record an edit replaces. */
record ExpertForm(String name, String employerName, String employerCreditCode, String employerGroup, String title,
                  List<String> modeCodes, List<String> industryCodes, String divisionCode, String phone,
                  String email, Long version) {

    static ExpertForm blank() {
        return new ExpertForm(null, null, null, null, null, List.of(), List.of(), null, null, null, null);
    }

    static ExpertForm of(ExpertDetails d) {
        var e = d.expert();
        return new ExpertForm(e.name(), e.employerName(), e.employerCreditCode(), e.employerGroup(), e.title(),
                List.copyOf(e.modeCodes()), List.copyOf(e.industryCodes()), e.divisionCode(), d.phone(), d.email(),
                d.version());
    }

    NewExpert toNewExpert() {
        return new NewExpert(name, employerName, employerCreditCode, employerGroup, title,
                modeCodes == null ? null : new LinkedHashSet<>(modeCodes),
                industryCodes == null ? null : new LinkedHashSet<>(industryCodes), divisionCode, phone, email);
    }
}

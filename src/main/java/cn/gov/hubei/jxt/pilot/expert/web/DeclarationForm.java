package cn.gov.hubei.jxt.pilot.expert.web;

/** A conflict declared on an application: its id (chosen from the list the person may see), the kind, the words. */
record DeclarationForm(Long applicationId, String kind, String text) {

    static DeclarationForm empty() {
        return new DeclarationForm(null, null, null);
    }
}

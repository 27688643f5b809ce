package cn.gov.hubei.jxt.pilot.expert.web;

/** The reason of a deactivation, an activation or a withdrawal. */
record ReasonForm(String reason) {

    static ReasonForm empty() {
        return new ReasonForm(null);
    }
}

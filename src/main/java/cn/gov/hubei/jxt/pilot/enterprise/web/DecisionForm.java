package cn.gov.hubei.jxt.pilot.enterprise.web;

/** The programme office's reason for approving or rejecting a pending registration. */
record DecisionForm(String reason) {

    static DecisionForm blank() {
        return new DecisionForm("");
    }
}

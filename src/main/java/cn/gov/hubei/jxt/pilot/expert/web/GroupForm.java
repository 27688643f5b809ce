package cn.gov.hubei.jxt.pilot.expert.web;

/** A new group of companies, or a new member of one (its credit code where known and its name). */
record GroupForm(String name, String memberCreditCode, String memberName) {

    static GroupForm empty() {
        return new GroupForm(null, null, null);
    }
}

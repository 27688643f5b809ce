package cn.gov.hubei.jxt.pilot.meeting;

/** What a meeting's group gathers its applications by: a mode (智能制造新模式) or a key industry (重点行业). */
public enum GroupBasis {
    MODE, INDUSTRY;

    public String labelKey() {
        return "meeting.group.basis." + name();
    }
}

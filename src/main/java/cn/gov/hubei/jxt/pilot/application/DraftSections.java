package cn.gov.hubei.jxt.pilot.application;

/** All sections of an application at one moment, each as saved (empty when never saved). */
public record DraftSections(SectionContent.BasicInfo basic, SectionContent.Narrative overview,
                            SectionContent.Narrative advancement, SectionContent.Implementation implementation,
                            SectionContent.SelfAssessment selfAssessment, SectionContent.Plan plan,
                            SectionContent.Scenarios scenarios, SectionContent.Attachments attachments) {

    public static DraftSections empty() {
        return new DraftSections(SectionContent.BasicInfo.empty(), SectionContent.Narrative.empty(),
                SectionContent.Narrative.empty(), SectionContent.Implementation.empty(),
                SectionContent.SelfAssessment.empty(), SectionContent.Plan.empty(), SectionContent.Scenarios.empty(),
                SectionContent.Attachments.empty());
    }

    public SectionContent get(SectionKey key) {
        return switch (key) {
            case BASIC -> basic;
            case OVERVIEW -> overview;
            case ADVANCEMENT -> advancement;
            case IMPLEMENTATION -> implementation;
            case SELF_ASSESSMENT -> selfAssessment;
            case PLAN -> plan;
            case SCENARIOS -> scenarios;
            case ATTACHMENTS -> attachments;
        };
    }

    public DraftSections with(SectionKey key, SectionContent content) {
        return new DraftSections(
                key == SectionKey.BASIC ? (SectionContent.BasicInfo) content : basic,
                key == SectionKey.OVERVIEW ? (SectionContent.Narrative) content : overview,
                key == SectionKey.ADVANCEMENT ? (SectionContent.Narrative) content : advancement,
                key == SectionKey.IMPLEMENTATION ? (SectionContent.Implementation) content : implementation,
                key == SectionKey.SELF_ASSESSMENT ? (SectionContent.SelfAssessment) content : selfAssessment,
                key == SectionKey.PLAN ? (SectionContent.Plan) content : plan,
                key == SectionKey.SCENARIOS ? (SectionContent.Scenarios) content : scenarios,
                key == SectionKey.ATTACHMENTS ? (SectionContent.Attachments) content : attachments);
    }
}

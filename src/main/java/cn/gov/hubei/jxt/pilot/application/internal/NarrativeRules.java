package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.SectionContent.Narrative;
import cn.gov.hubei.jxt.pilot.application.SectionKey;

/** 二 项目（企业）概述 and 项目实施的先进性: one narrative each. */
class NarrativeRules implements SectionRules<Narrative> {

    /** The form sets no limit; this keeps one section to a size a reviewer can read and a document can hold. */
    static final int LIMIT = 20000;

    private final SectionKey key;

    NarrativeRules(SectionKey key) {
        this.key = key;
    }

    @Override
    public SectionKey key() {
        return key;
    }

    @Override
    public void check(Narrative narrative, RuleContext context, Problems problems) {
        problems.requiredText("text", narrative.text(), LIMIT, "application.rule." + key.key() + ".text.missing");
    }
}

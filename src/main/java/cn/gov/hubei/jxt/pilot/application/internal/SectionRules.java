package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;

/** The rules of one section: one class per section, each field's problem in Chinese words via its message key. */
interface SectionRules<T extends SectionContent> {

    SectionKey key();

    /** Checks normalised content against the context. */
    void check(T content, RuleContext context, Problems problems);
}

package cn.gov.hubei.jxt.pilot.application;

import java.util.Arrays;
import java.util.Optional;

/** The sections of the application (附件3 一(二) to 六), in the document's order, with their content types. */
public enum SectionKey {
    /** 一(二) 项目基本信息 */
    BASIC("basic", SectionContent.BasicInfo.class),
    /** 二(一) 项目（企业）概述 */
    OVERVIEW("overview", SectionContent.Narrative.class),
    /** 二(二) 项目实施的先进性 */
    ADVANCEMENT("advancement", SectionContent.Narrative.class),
    /** 三 项目实施现状, per mode and new technology against the content items of 附件2-1 */
    IMPLEMENTATION("implementation", SectionContent.Implementation.class),
    /** 要素条件自评 against 附件1 */
    SELF_ASSESSMENT("self-assessment", SectionContent.SelfAssessment.class),
    /** 四 下一步实施计划, 预期目标, 成长性分析 */
    PLAN("plan", SectionContent.Plan.class),
    /** 五 项目示范推广分析 */
    SCENARIOS("scenarios", SectionContent.Scenarios.class),
    /** 六 相关附件 */
    ATTACHMENTS("attachments", SectionContent.Attachments.class);

    private final String key;
    private final Class<? extends SectionContent> contentType;

    SectionKey(String key, Class<? extends SectionContent> contentType) {
        this.key = key;
        this.contentType = contentType;
    }

    /** The key in URLs, JSON and message keys, e.g. {@code self-assessment}. */
    public String key() {
        return key;
    }

    public Class<? extends SectionContent> contentType() {
        return contentType;
    }

    public static Optional<SectionKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}

package cn.gov.hubei.jxt.pilot.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the 申报书 (附件3) prints, already decided: the renderer formats, it never computes a rule (thresholds,
 * indicator changes and the unmet-condition flag are the caller's results). Text fields may be {@code null} or blank
 * (printed empty); narrative text may hold line breaks, each line becoming a paragraph. Lists are never {@code null}
 * after construction.
 *
 * @param cover                   the cover page
 * @param enterprise              一(一) 企业基本信息
 * @param project                 一(二) 项目基本信息
 * @param overview                二(一) 项目（企业）概述
 * @param advancement             二(二) 项目实施的先进性
 * @param implementation          三 项目实施现状: one part per selected mode and new technology, in the order given
 * @param selfAssessment          要素条件自评, printed at the end of part 三, grouped by consecutive equal mode
 * @param unmetElementConditions  whether some element condition is not (fully) met; printed as a clear note
 * @param plan                    四(一) narrative before the milestone table (may be blank)
 * @param milestones              四(一) milestones
 * @param indicators              四(二) 预期目标 on the five indicators
 * @param growth                  四(三) 项目成长性分析
 * @param scenarios               五 typical application scenarios
 * @param equipment               六.1 key equipment and software
 * @param patents                 六.2 patents
 * @param version                 the submitted version's number (1, 2, …), printed on the cover
 * @param draft                   whether this is a preview of a draft that was not submitted: the cover then says
 *                                so instead of a version number, and a note heads the body, so that a printed
 *                                preview is never mistaken for the submitted application
 */
public record ApplicationDocument(Cover cover, Enterprise enterprise, Project project, String overview,
                                  String advancement, List<ImplementationPart> implementation,
                                  List<SelfAssessment> selfAssessment, boolean unmetElementConditions, String plan,
                                  List<Milestone> milestones, List<IndicatorTarget> indicators, String growth,
                                  List<Scenario> scenarios, List<Equipment> equipment, List<Patent> patents,
                                  int version, boolean draft) {

    public ApplicationDocument {
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(project, "project");
        implementation = listOf(implementation);
        selfAssessment = listOf(selfAssessment);
        milestones = listOf(milestones);
        indicators = listOf(indicators);
        scenarios = listOf(scenarios);
        equipment = listOf(equipment);
        patents = listOf(patents);
    }

    /** A submitted version's document. */
    public ApplicationDocument(Cover cover, Enterprise enterprise, Project project, String overview,
                               String advancement, List<ImplementationPart> implementation,
                               List<SelfAssessment> selfAssessment, boolean unmetElementConditions, String plan,
                               List<Milestone> milestones, List<IndicatorTarget> indicators, String growth,
                               List<Scenario> scenarios, List<Equipment> equipment, List<Patent> patents,
                               int version) {
        this(cover, enterprise, project, overview, advancement, implementation, selfAssessment,
                unmetElementConditions, plan, milestones, indicators, growth, scenarios, equipment, patents, version,
                false);
    }

    /** The same document marked as a draft preview. */
    public ApplicationDocument asDraft() {
        return new ApplicationDocument(cover, enterprise, project, overview, advancement, implementation,
                selfAssessment, unmetElementConditions, plan, milestones, indicators, growth, scenarios, equipment,
                patents, version, true);
    }

    /**
     * The cover page of 附件3.
     *
     * @param date 申报日期; also the document's creation date in its properties, so that renderings are identical
     */
    public record Cover(String projectName, String applicant, String recommender, LocalDate date) {
    }

    /**
     * 一(一) 企业基本信息, every field of the form.
     *
     * @param code                          组织机构代码 or 统一社会信用代码
     * @param totalAssets                   总资产（万元）
     * @param debtRatio                     负债率 in percent
     * @param lastYearSales                 上年销售（万元）
     * @param lastYearTax                   上年税金（万元）
     * @param lastYearProfit                上年利润（万元）
     * @param integrationManagementPilot    是否是两化融合管理体系贯标试点企业 ({@code null}: unanswered)
     * @param smartManufacturingProject     是否是智能制造综合标准化与新模式应用支持的项目 ({@code null}: unanswered)
     * @param smartManufacturingProjectName that project's name when the answer is yes
     * @param introduction                  企业简介
     */
    public record Enterprise(String name, String code, LocalDate foundedOn, EnterpriseNature nature, String address,
                             Contact contact, BigDecimal totalAssets, BigDecimal debtRatio, String creditRating,
                             BigDecimal lastYearSales, BigDecimal lastYearTax, BigDecimal lastYearProfit,
                             Boolean integrationManagementPilot, Boolean smartManufacturingProject,
                             String smartManufacturingProjectName, String introduction) {

        public Enterprise {
            contact = contact == null ? new Contact(null, null, null, null, null, null) : contact;
        }
    }

    /** 联系人 of 一(一): 姓名, 职务, 电话, 手机, 传真, E-mail. */
    public record Contact(String name, String title, String phone, String mobile, String fax, String email) {
    }

    /** 企业性质 as the form offers it. */
    public enum EnterpriseNature {
        /** 国有 */
        STATE_OWNED,
        /** 民营 */
        PRIVATE,
        /** 三资 */
        FOREIGN_INVESTED
    }

    /**
     * 一(二) 项目基本信息.
     *
     * @param modes        the selected 试点示范模式 among the five
     * @param otherMode    the text of 其他; {@code null} or blank when 其他 is not selected
     * @param technologies the selected 新技术创新应用
     * @param investment   项目投资（万元）
     * @param summary      项目简述
     * @param pledge       真实性承诺 text; blank prints the form's own wording
     */
    public record Project(Set<Mode> modes, String otherMode, Set<Technology> technologies, String name,
                          String address, LocalDate start, LocalDate end, BigDecimal investment, String summary,
                          String pledge) {

        public Project {
            // kept in the enums' order, which is the form's order
            modes = modes == null || modes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(modes));
            technologies = technologies == null || technologies.isEmpty() ? Set.of()
                    : Collections.unmodifiableSet(EnumSet.copyOf(technologies));
        }

        public boolean otherModeSelected() {
            return otherMode != null && !otherMode.isBlank();
        }
    }

    /** The five 智能制造新模式, in the form's order; the codes are those of the reference data. */
    public enum Mode {
        /** 离散型智能制造 */
        DISCRETE,
        /** 流程型智能制造 */
        PROCESS,
        /** 网络协同制造 */
        NETWORKED,
        /** 大规模个性化定制 */
        CUSTOMIZATION,
        /** 远程运维服务 */
        REMOTE_OM
    }

    /** 新技术创新应用; the codes are those of the reference data. */
    public enum Technology {
        /** 工业互联网 */
        INDUSTRIAL_INTERNET,
        /** 人工智能 */
        AI,
        /** 5G */
        FIVE_G
    }

    /**
     * 三: the description of one selected mode or new technology against the content items of 附件2-1.
     *
     * @param heading the mode or technology as it should read, e.g. 离散型智能制造
     */
    public record ImplementationPart(String heading, List<ContentItem> items) {

        public ImplementationPart {
            items = listOf(items);
        }
    }

    /**
     * One content item of 附件2-1 with what the applicant wrote.
     *
     * @param number      the item's number within its mode, e.g. 1
     * @param title       e.g. 项目系统模型建立与运行情况
     * @param requirement the item's requirement text of 附件2-1, printed as a prompt
     * @param text        the applicant's narrative
     */
    public record ContentItem(int number, String title, String requirement, String text, List<Figure> figures) {

        public ContentItem {
            figures = listOf(figures);
        }
    }

    /**
     * A figure (architecture or network diagram, photo) with its caption. Figures are numbered 图1, 图2, … through the
     * whole document in the order they appear.
     *
     * @param image PNG or JPEG bytes
     */
    public record Figure(byte[] image, String caption) {

        public Figure {
            Objects.requireNonNull(image, "image");
            if (FigureFormat.of(image) == null) {
                throw new IllegalArgumentException("a figure must be a PNG or JPEG image");
            }
        }

        public FigureFormat format() {
            return FigureFormat.of(image);
        }
    }

    /** The image formats a figure may have, recognised by their content, not a file name. */
    public enum FigureFormat {
        PNG, JPEG;

        static FigureFormat of(byte[] bytes) {
            if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
                    && bytes[3] == 'G') {
                return PNG;
            }
            if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
                    && (bytes[2] & 0xFF) == 0xFF) {
                return JPEG;
            }
            return null;
        }
    }

    /**
     * One row of 要素条件自评.
     *
     * @param mode            the mode the condition belongs to, e.g. 离散型智能制造
     * @param conditionNumber the condition's number within its mode
     * @param condition       the condition's text of 附件1
     * @param evidence        the applicant's evidence, ideally naming the 实施现状 part
     * @param figure          the quantitative figure the condition asks for, or {@code null}
     */
    public record SelfAssessment(String mode, int conditionNumber, String condition, Assessment assessment,
                                 String evidence, QuantitativeFigure figure) {
    }

    /** The applicant's own assessment of an element condition. */
    public enum Assessment {
        /** 满足 */
        MET,
        /** 部分满足 */
        PARTLY_MET,
        /** 不满足 */
        NOT_MET
    }

    /**
     * A quantitative figure of an element condition, already checked against the call's threshold.
     *
     * @param name        e.g. 制造装备数控化率
     * @param value       e.g. 76.5
     * @param unit        e.g. %
     * @param requirement the threshold as the condition words it, e.g. 超过70%
     * @param met         whether the value meets the threshold
     */
    public record QuantitativeFigure(String name, BigDecimal value, String unit, String requirement, boolean met) {
    }

    /** 四(一): one stage of the implementation plan. */
    public record Milestone(String stage, String content, LocalDate start, LocalDate end) {
    }

    /**
     * 四(二): one of the five indicators, before and after (expected or achieved), with the caller's computed change.
     *
     * @param indicator     e.g. 运营成本降低
     * @param changePercent the magnitude of the relative change in percent (e.g. 20.0 for 100 → 80)
     * @param change        which way the value moved
     * @param improved      whether that is an improvement for this indicator
     */
    public record IndicatorTarget(String indicator, String unit, BigDecimal before, BigDecimal after,
                                  BigDecimal changePercent, Change change, boolean improved) {
    }

    /** The way an indicator's value moved from before to after. */
    public enum Change {
        RISE, FALL, UNCHANGED
    }

    /** 五: a replicable typical application scenario. */
    public record Scenario(String name, LifeCycleStage stage, String problem, String solution, String effect) {
    }

    /** The product life-cycle stages to which a scenario belongs (附件3 五). */
    public enum LifeCycleStage {
        /** 设计 */
        DESIGN,
        /** 制造 */
        MANUFACTURING,
        /** 物流 */
        LOGISTICS,
        /** 销售 */
        SALES,
        /** 服务 */
        SERVICE
    }

    /** 六.1: one line of the list of key equipment and software. */
    public record Equipment(String name, EquipmentCategory category, String brand, String supplier, Origin origin,
                            int quantity) {
    }

    /** The categories of key equipment and software, after the seed's list of key technical equipment. */
    public enum EquipmentCategory {
        /** 高档数控机床与工业机器人 */
        CNC_MACHINE_AND_ROBOT,
        /** 智能传感与控制装备 */
        SENSING_AND_CONTROL,
        /** 智能检测与装配装备 */
        INSPECTION_AND_ASSEMBLY,
        /** 智能物流与仓储装备 */
        LOGISTICS_AND_WAREHOUSING,
        /** 工业软件 (MES, ERP, PDM, PLM, SCADA …) */
        INDUSTRIAL_SOFTWARE,
        /** 其他 */
        OTHER
    }

    /** Where a piece of equipment or software comes from; the seed prefers local, secure and controllable ones. */
    public enum Origin {
        /** 国产（省内） */
        DOMESTIC_HUBEI,
        /** 国产（省外） */
        DOMESTIC_OTHER_PROVINCE,
        /** 进口 */
        IMPORTED
    }

    /** 六.2: one patent or software copyright. */
    public record Patent(String number, String title, PatentType type, LocalDate date) {
    }

    /** The kinds of intellectual property the list takes. */
    public enum PatentType {
        /** 发明 */
        INVENTION,
        /** 实用新型 */
        UTILITY_MODEL,
        /** 外观设计 */
        DESIGN,
        /** 软件著作权 */
        SOFTWARE_COPYRIGHT
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}

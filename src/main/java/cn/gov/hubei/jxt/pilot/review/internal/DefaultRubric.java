package cn.gov.hubei.jxt.pilot.review.internal;

import cn.gov.hubei.jxt.pilot.review.Criterion;
import cn.gov.hubei.jxt.pilot.review.Rubric;

import java.math.BigDecimal;
import java.util.List;

/**
 * The 2020 default rubric, written from the programme's conditions (申报通知 §四 推荐条件, 附件1 要素条件, the five
 * indicators of §四(四)): six criteria whose maximum points sum to 100, each with weight 1.00, and the tie-break rule
 * higher 实施成效, then higher 先进性, then the city's rank, then the earlier submission.
 */
final class DefaultRubric {

    static final List<String> TIE_BREAK = List.of(ScoreAggregation.CRITERION + "IMPLEMENTATION",
            ScoreAggregation.CRITERION + "ADVANCEMENT", ScoreAggregation.CITY_RANK, ScoreAggregation.SUBMITTED_AT);

    static final List<Criterion> CRITERIA = List.of(
            criterion("ADVANCEMENT", "先进性", "20",
                    "项目技术上处于国内先进水平：与项目实施前的效果比较，与国内外先进水平的比较，目标产品的市场前景；"
                            + "关键技术装备、工业软件和系统集成的先进程度，新技术（5G、人工智能、工业互联网等）集成应用情况。"),
            criterion("ELEMENTS", "要素条件符合度", "20",
                    "对照《2020年智能制造试点示范项目要素条件》（附件1）中所属模式的各项要求逐项核对："
                            + "车间/工厂总体设计、工艺流程及布局数字化建模，产品数据管理（PDM），先进控制与在线优化，"
                            + "制造执行系统（MES）与企业资源计划（ERP）的集成，端到端数据流与网络互联，信息安全保障等；"
                            + "阈值类指标以申报书填报数据和佐证材料为准。"),
            criterion("IMPLEMENTATION", "实施成效", "25",
                    "项目进展情况，以及在降低运营成本、缩短产品研制周期、提高生产效率、降低产品不良品率、"
                            + "提高能源利用率五个方面实施前后的（预期）变化，数据是否真实、口径是否一致、成效是否显著。"),
            criterion("AUTONOMY", "自主可控", "10",
                    "优先使用本地自主安全可控的装备和系统：核心装备、工业软件、控制系统中国产及省内产品的比例，"
                            + "关键技术装备安全可控程度。"),
            criterion("PROMOTION", "示范推广", "15",
                    "项目的可复制性和可推广性：是否围绕设计、制造、物流、销售、服务等产品全生命周期环节，"
                            + "总结提炼出可复制、可推广的典型应用场景解决方案，在行业和区域内的示范带动作用。"),
            criterion("GROWTH", "成长性", "10",
                    "企业运营和财务状况、两化融合基础条件，项目实施对企业持续发展和智能化持续增长的带动，"
                            + "后续投入和推进计划的可行性。"));

    private DefaultRubric() {
    }

    static Rubric of(long callId) {
        return new Rubric(0, callId, 0, CRITERIA, TIE_BREAK, "system", null, null);
    }

    private static Criterion criterion(String code, String name, String max, String guidance) {
        return new Criterion(code, name, new BigDecimal("1.00"), new BigDecimal(max).setScale(2), guidance);
    }
}

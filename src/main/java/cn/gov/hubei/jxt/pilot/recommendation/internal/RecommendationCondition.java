package cn.gov.hubei.jxt.pilot.recommendation.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The recommendation conditions of seed §四 (推荐条件), split into the eight points a recommender checks one by one.
 * The texts a person reads are in the bundle ({@code recommendation.condition.<number>.title} and {@code .hint}).
 */
public enum RecommendationCondition {
    /** §四(一) 在湖北省境内注册，具有独立法人资格 */
    REGISTERED_IN_HUBEI(1),
    /** §四(一) 运营和财务状况良好 */
    SOUND_OPERATION(2),
    /** §四(一) 在“信用中国”或国家企业信用信息公示系统查询信用状况良好 */
    GOOD_CREDIT(3),
    /** §四(二) 项目技术上处于国内先进水平 */
    ADVANCED_TECHNOLOGY(4),
    /** §四(二) 优选使用本地自主安全可控的装备和系统 */
    LOCAL_SECURE_EQUIPMENT(5),
    /** §四(三) 符合要素条件（附件1）中相应类别的具体要求 */
    ELEMENT_CONDITIONS(6),
    /** §四(三) 具有可复制性可推广性 */
    REPLICABLE(7),
    /** §四(四) 在五个方面（预期）成效显著 */
    SIGNIFICANT_RESULTS(8);

    private final int number;

    RecommendationCondition(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public String titleKey() {
        return "recommendation.condition." + number + ".title";
    }

    public static Optional<RecommendationCondition> byNumber(int number) {
        return Arrays.stream(values()).filter(c -> c.number == number).findFirst();
    }
}

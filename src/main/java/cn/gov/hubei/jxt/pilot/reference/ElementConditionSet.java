package cn.gov.hubei.jxt.pilot.reference;

import java.util.List;
import java.util.Optional;

/**
 * One version of the element conditions (要素条件, 附件1), e.g. 2020年智能制造试点示范项目要素条件.
 *
 * @param introduction  the paragraph under the title
 * @param modes         the conditions of each mode in the document's order (其他 has none and is absent)
 * @param newTechnology part 2, 新技术创新应用要素条件: one paragraph for all new technologies
 */
public record ElementConditionSet(String version, String title, String source, String introduction,
                                  List<ModeConditions> modes, NewTechnologyCondition newTechnology) {

    public ElementConditionSet {
        modes = List.copyOf(modes);
    }

    public Optional<ModeConditions> forMode(String modeCode) {
        return modes.stream().filter(m -> m.mode().code().equals(modeCode)).findFirst();
    }

    /** Every threshold of the version, in document order. */
    public List<Threshold> thresholds() {
        return modes.stream().flatMap(m -> m.conditions().stream()).flatMap(c -> c.threshold().stream()).toList();
    }

    /**
     * The numbered conditions of one mode.
     *
     * @param heading as in the document, e.g. （一）离散型智能制造
     * @param closing the paragraph after the numbered conditions (通过持续改进，…): the aim, not a condition
     */
    public record ModeConditions(ManufacturingMode mode, String heading, List<Condition> conditions, String closing) {

        public ModeConditions {
            conditions = List.copyOf(conditions);
        }
    }

    /** A numbered condition, with the threshold it sets if it names a figure. */
    public record Condition(int number, String text, Optional<Threshold> threshold) {
    }

    public record NewTechnologyCondition(String heading, String text) {
    }
}

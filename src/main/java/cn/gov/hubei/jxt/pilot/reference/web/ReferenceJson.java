package cn.gov.hubei.jxt.pilot.reference.web;

import cn.gov.hubei.jxt.pilot.reference.ContentItemSet;
import cn.gov.hubei.jxt.pilot.reference.CreditCodeCheck;
import cn.gov.hubei.jxt.pilot.reference.Division;
import cn.gov.hubei.jxt.pilot.reference.ElementConditionSet;
import cn.gov.hubei.jxt.pilot.reference.Indicator;
import cn.gov.hubei.jxt.pilot.reference.Industry;
import cn.gov.hubei.jxt.pilot.reference.ManufacturingMode;
import cn.gov.hubei.jxt.pilot.reference.NewTechnology;
import cn.gov.hubei.jxt.pilot.reference.ProvincialDivision;
import cn.gov.hubei.jxt.pilot.reference.Threshold;

import java.math.BigDecimal;
import java.util.List;

/**
 * The public JSON shapes of the reference API. They are separate from the module's records so that the published
 * contract changes only on purpose (display orders, for instance, are expressed by array order, not a field).
 */
final class ReferenceJson {

    private ReferenceJson() {
    }

    record CodeName(String code, String name) {
        static CodeName of(Division d) {
            return new CodeName(d.code(), d.name());
        }

        static CodeName of(ManufacturingMode m) {
            return new CodeName(m.code(), m.name());
        }

        static CodeName of(NewTechnology t) {
            return new CodeName(t.code(), t.name());
        }

        static CodeName of(Industry i) {
            return new CodeName(i.code(), i.name());
        }
    }

    record Province(String prefix, String name) {
        static Province of(ProvincialDivision p) {
            return new Province(p.prefix(), p.name());
        }
    }

    record IndicatorJson(String code, String name, String subject, Indicator.Direction direction) {
        static IndicatorJson of(Indicator i) {
            return new IndicatorJson(i.code(), i.name(), i.subject(), i.direction());
        }
    }

    record ElementConditions(String version, String title, List<ModeConditions> modes,
                             NewTechnologyCondition newTechnology) {
        static ElementConditions of(ElementConditionSet set) {
            return new ElementConditions(set.version(), set.title(),
                    set.modes().stream().map(ModeConditions::of).toList(),
                    new NewTechnologyCondition(set.newTechnology().heading(), set.newTechnology().text()));
        }
    }

    record ModeConditions(String code, String name, List<Condition> conditions, String closing) {
        static ModeConditions of(ElementConditionSet.ModeConditions m) {
            return new ModeConditions(m.mode().code(), m.mode().name(),
                    m.conditions().stream().map(Condition::of).toList(), m.closing());
        }
    }

    /** {@code threshold} is null (and written as null) when the condition names no figure. */
    record Condition(int number, String text, ThresholdJson threshold) {
        static Condition of(ElementConditionSet.Condition c) {
            return new Condition(c.number(), c.text(), c.threshold().map(ThresholdJson::of).orElse(null));
        }
    }

    record ThresholdJson(String metric, String metricName, Threshold.Operator operator, BigDecimal value, String unit) {
        static ThresholdJson of(Threshold t) {
            return new ThresholdJson(t.metric(), t.metricName(), t.operator(), t.value(), t.unit());
        }
    }

    record NewTechnologyCondition(String heading, String text) {
    }

    record ContentItems(String version, String title, List<ContentGroup> modes, List<ContentGroup> newTechnologies) {
        static ContentItems of(ContentItemSet set) {
            return new ContentItems(set.version(), set.title(),
                    set.modes().stream().map(ContentGroup::of).toList(),
                    set.newTechnologies().stream().map(ContentGroup::of).toList());
        }
    }

    record ContentGroup(String code, String name, List<ContentItem> items) {
        static ContentGroup of(ContentItemSet.Group g) {
            return new ContentGroup(g.code(), g.name(),
                    g.items().stream().map(i -> new ContentItem(i.number(), i.title(), i.requirement())).toList());
        }
    }

    record ContentItem(int number, String title, String requirement) {
    }

    record CreditCode(String code, boolean valid, boolean checkCharacterValid, boolean organizationCodeValid,
                      String divisionCode, String divisionName, boolean inHubei, String message) {
        static CreditCode of(CreditCodeCheck c) {
            return new CreditCode(c.code(), c.valid(), c.checkCharacterValid(), c.organizationCodeValid(),
                    c.divisionCode(), c.divisionName(), c.inHubei(), c.message());
        }
    }
}

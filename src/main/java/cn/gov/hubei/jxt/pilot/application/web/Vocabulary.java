package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.AssessmentResult;
import cn.gov.hubei.jxt.pilot.application.CreditSource;
import cn.gov.hubei.jxt.pilot.application.EquipmentCategory;
import cn.gov.hubei.jxt.pilot.application.EquipmentOrigin;
import cn.gov.hubei.jxt.pilot.application.LifeCycleStage;
import cn.gov.hubei.jxt.pilot.application.PatentType;

import java.util.List;

/** The code lists the section forms offer; their names are {@code application.code.<Type>.<CODE>}. */
record Vocabulary(List<AssessmentResult> results, List<LifeCycleStage> stages, List<EquipmentCategory> categories,
                  List<EquipmentOrigin> origins, List<PatentType> patentTypes, List<CreditSource> creditSources) {

    static final Vocabulary INSTANCE = new Vocabulary(List.of(AssessmentResult.values()),
            List.of(LifeCycleStage.values()), List.of(EquipmentCategory.values()), List.of(EquipmentOrigin.values()),
            List.of(PatentType.values()), List.of(CreditSource.values()));
}

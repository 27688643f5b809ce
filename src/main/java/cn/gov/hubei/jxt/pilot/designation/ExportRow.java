package cn.gov.hubei.jxt.pilot.designation;

import java.time.LocalDate;
import java.util.List;

/**
 * One designated project as a ministry recommendation asks for it (§六(一)), read from the frozen submitted version:
 * the enterprise, its credit code, the division, the project, its modes and new technologies (names), the total
 * investment (万元), the five indicators before, after and their change in percent, the typical scenarios with their
 * life-cycle stage, the designation document and the validity.
 */
public record ExportRow(long designationId, int year, String enterpriseName, String creditCode, String divisionName,
                        String projectName, List<String> modes, List<String> newTechnologies, String investment,
                        List<IndicatorValue> indicators, List<ScenarioValue> scenarios, String documentNumber,
                        LocalDate validFrom, LocalDate validUntil, DesignationStatus status) {

    /** One indicator: its name, unit, the value before and after as entered, and the improvement in percent. */
    public record IndicatorValue(String code, String name, String unit, String before, String after, String change) {
    }

    /** One typical scenario: its name and its life-cycle stage (设计, 制造, 物流, 销售, 服务). */
    public record ScenarioValue(String name, String stage) {
    }
}

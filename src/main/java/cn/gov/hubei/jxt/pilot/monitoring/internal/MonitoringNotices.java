package cn.gov.hubei.jxt.pilot.monitoring.internal;

import cn.gov.hubei.jxt.pilot.designation.DesignatedProject;
import cn.gov.hubei.jxt.pilot.monitoring.ReportDecided;
import cn.gov.hubei.jxt.pilot.notification.Recipient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The notices of a report's decision, in the decision's transaction: a submission (and a resubmission) to the
 * division's recommenders; a return to the unit; an evaluation, a rectification order and a removal to the unit and
 * the division. Texts: {@code monitoring.notice.<transition>.*}.
 */
@Component
class MonitoringNotices {

    private final MonitoringRepository repository;
    private final MonitoringClock people;
    private final ReportReading reading;

    MonitoringNotices(MonitoringRepository repository, MonitoringClock people, ReportReading reading) {
        this.repository = repository;
        this.people = people;
        this.reading = reading;
    }

    @EventListener
    void on(ReportDecided decided) {
        MonitoringRepository.ReportRow row = repository.report(decided.reportId(), null, null).orElseThrow();
        DesignatedProject d = reading.designation(row.designationId());
        List<Recipient> recipients = new ArrayList<>();
        switch (decided.transition()) {
            case SUBMIT, RESUBMIT, SUBMIT_RECTIFICATION -> recipients.addAll(people.division(row.divisionCode()));
            case RETURN, COMMENT -> recipients.addAll(people.unit(row.enterpriseId()));
            default -> {
                recipients.addAll(people.unit(row.enterpriseId()));
                recipients.addAll(people.division(row.divisionCode()));
            }
        }
        String text = switch (decided.transition()) {
            case RETURN -> row.returnReason();
            case COMMENT -> row.comment();
            case ORDER_RECTIFICATION -> row.rectifyItems();
            case REMOVE, REMOVE_UNREPORTED, CONCLUDE_REMOVED, QUALIFY, CONCLUDE_QUALIFIED -> row.decisionReason();
            default -> null;
        };
        people.tell(recipients, "monitoring." + decided.transition().code(), "/monitoring/reports/" + row.id(),
                "monitoring.notice." + decided.transition().code(), d.projectName(), d.enterpriseName(),
                text == null ? "" : text, row.rectifyDeadline() == null ? "" : row.rectifyDeadline().toString());
    }
}

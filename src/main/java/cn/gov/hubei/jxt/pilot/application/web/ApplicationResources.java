package cn.gov.hubei.jxt.pilot.application.web;

import cn.gov.hubei.jxt.pilot.application.ApplicationStatus;
import cn.gov.hubei.jxt.pilot.application.ApplicationSummary;
import cn.gov.hubei.jxt.pilot.application.AttachedFile;
import cn.gov.hubei.jxt.pilot.application.SectionCheck;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.application.SectionState;
import cn.gov.hubei.jxt.pilot.application.VersionInfo;
import cn.gov.hubei.jxt.pilot.platform.ApiProblems.FieldMessage;

import java.time.Instant;
import java.util.List;

/** The JSON API's records. */
final class ApplicationResources {

    private ApplicationResources() {
    }

    record ApplicationResource(long id, String number, long callId, String callTitle, long enterpriseId, String enterpriseName,
                               String divisionCode, ApplicationStatus status, String statusLabel, String projectName,
                               int lastVersionNo, String statusReason, Instant returnDeadline, Instant createdAt,
                               Instant updatedAt) {

        static ApplicationResource of(ApplicationSummary a, ApplicationPages pages) {
            return new ApplicationResource(a.id(), a.number(), a.callId(), a.callTitle(), a.enterpriseId(), a.enterpriseName(),
                    a.divisionCode(), a.status(), pages.text("application.status." + a.status().name()),
                    a.projectName(), a.lastVersionNo(), a.statusReason(), a.returnDeadline(), a.createdAt(),
                    a.updatedAt());
        }
    }

    /**
     * A section of the draft: its content, version (0: never saved), derived state, problems and flags (each one
     * {@code {field, message}}, as a refused save lists them).
     */
    record SectionResource(String key, String name, int version, SectionState state, String stateLabel,
                           SectionContent content, List<FieldMessage> problems, List<FieldMessage> flags) {

        static SectionResource of(SectionCheck check, SectionContent content, ApplicationPages pages) {
            return new SectionResource(check.key().key(), pages.text("application.section." + check.key().key()),
                    check.version(), check.state(), pages.text("application.state." + check.state().name()),
                    content,
                    check.problems().stream().map(p -> new FieldMessage(p.field(), pages.text(p))).toList(),
                    check.flags().stream().map(f -> new FieldMessage(f.field(), pages.text(f))).toList());
        }
    }

    /** The whole application: for the enterprise with the draft, for the recommender and officers without. */
    record ApplicationWhole(ApplicationResource application, List<SectionResource> sections, List<AttachedFile> files,
                            List<VersionInfo> versions) {
    }

    record CreateRequest(Long callId) {
    }

    record WithdrawRequest(String reason) {
    }

    record SubmissionResource(ApplicationResource application, int versionNumber, boolean repeated) {
    }
}

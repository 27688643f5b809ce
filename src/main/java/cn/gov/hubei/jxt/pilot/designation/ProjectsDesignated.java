package cn.gov.hubei.jxt.pilot.designation;

import java.time.LocalDate;
import java.util.List;

/** The office recorded a publication and its listed projects became designated; published inside that transaction. */
public record ProjectsDesignated(long publicationId, long noticeId, long callId, String documentNumber,
                                 LocalDate publishedOn, List<Long> applicationIds) {
}

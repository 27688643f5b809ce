package cn.gov.hubei.jxt.pilot.designation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The publication of a notice's result by an official document (认定发文): its number (e.g. 鄂经信装备〔2026〕12号),
 * title, date, the signed document's file, and its status. {@code version} guards the number's correction.
 */
public record Publication(long id, long noticeId, long callId, int year, String documentNumber, String title,
                          LocalDate publishedOn, long documentFileId, PublicationStatus status, long version,
                          String publishedBy, Instant publishedAt, Instant certifiedAt, int projects) {
}

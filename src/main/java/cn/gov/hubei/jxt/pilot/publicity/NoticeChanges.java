package cn.gov.hubei.jxt.pilot.publicity;

import java.time.LocalDate;

/** The officer's edit of a draft: every field as the form holds it (a blank one is refused beside its field). */
public record NoticeChanges(String title, String body, String publisher, String contactTelephone,
                            String contactAddress, LocalDate startDate) {
}

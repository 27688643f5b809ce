package cn.gov.hubei.jxt.pilot.publicity.web;

/** The draft's edit form; the start day as yyyy-MM-dd, the version the officer last read. */
public record NoticeForm(String title, String body, String publisher, String contactTelephone,
                         String contactAddress, String startDate, Long version) {
}

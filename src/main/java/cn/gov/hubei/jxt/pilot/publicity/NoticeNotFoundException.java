package cn.gov.hubei.jxt.pilot.publicity;

/** No such notice for this person: unknown, or a draft asked for by someone outside the programme office. */
public class NoticeNotFoundException extends RuntimeException {

    public NoticeNotFoundException(long id) {
        super("notice " + id);
    }
}

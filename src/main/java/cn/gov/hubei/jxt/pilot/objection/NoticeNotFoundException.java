package cn.gov.hubei.jxt.pilot.objection;

/** No released notice of that id (a draft or an unknown id): 404. */
public class NoticeNotFoundException extends RuntimeException {

    private final long noticeId;

    public NoticeNotFoundException(long noticeId) {
        super("notice " + noticeId);
        this.noticeId = noticeId;
    }

    public long noticeId() {
        return noticeId;
    }
}

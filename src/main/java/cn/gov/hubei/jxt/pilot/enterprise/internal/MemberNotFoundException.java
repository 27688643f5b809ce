package cn.gov.hubei.jxt.pilot.enterprise.internal;

/** No such member in the caller's enterprise: a guessed id of someone else's colleague looks like no id at all. */
public class MemberNotFoundException extends RuntimeException {

    public MemberNotFoundException(long enterpriseId, long userId) {
        super("user " + userId + " is no member of enterprise " + enterpriseId);
    }
}

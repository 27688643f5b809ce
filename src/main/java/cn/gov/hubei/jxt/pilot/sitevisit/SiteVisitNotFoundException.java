package cn.gov.hubei.jxt.pilot.sitevisit;

/** No such visit, team or application for this person: the same answer as for an id that does not exist (404). */
public class SiteVisitNotFoundException extends RuntimeException {

    public SiteVisitNotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }
}

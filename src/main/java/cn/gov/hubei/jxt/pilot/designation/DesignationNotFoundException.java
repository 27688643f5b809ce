package cn.gov.hubei.jxt.pilot.designation;

/** What was asked for does not exist for this person (unknown, or not theirs): the same answer either way (404). */
public class DesignationNotFoundException extends RuntimeException {

    public DesignationNotFoundException(String what) {
        super(what + " not found");
    }
}

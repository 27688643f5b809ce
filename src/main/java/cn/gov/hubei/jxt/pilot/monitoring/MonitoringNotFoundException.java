package cn.gov.hubei.jxt.pilot.monitoring;

/** What was asked for does not exist for this person (unknown, or not theirs): the same answer either way (404). */
public class MonitoringNotFoundException extends RuntimeException {

    public MonitoringNotFoundException(String what) {
        super(what + " not found");
    }
}

package cn.gov.hubei.jxt.pilot.portal;

/** No such typical scenario for this person (it does not exist, or it is another enterprise's): 404. */
public class ScenarioNotFoundException extends RuntimeException {

    private final long scenarioId;

    public ScenarioNotFoundException(long scenarioId) {
        super("typical scenario " + scenarioId + " not found");
        this.scenarioId = scenarioId;
    }

    public long scenarioId() {
        return scenarioId;
    }
}

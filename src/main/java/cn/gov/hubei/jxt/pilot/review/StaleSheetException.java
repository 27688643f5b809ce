package cn.gov.hubei.jxt.pilot.review;

/** The sheet changed since the page was built (another tab, an unlock, a submit): nothing saved. */
public class StaleSheetException extends RuntimeException {

    private final transient ScoreSheet current;

    public StaleSheetException(ScoreSheet current) {
        super("sheet " + current.id() + " is at version " + current.version());
        this.current = current;
    }

    public ScoreSheet current() {
        return current;
    }
}

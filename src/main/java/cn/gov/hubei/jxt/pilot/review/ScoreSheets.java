package cn.gov.hubei.jxt.pilot.review;

import cn.gov.hubei.jxt.pilot.identity.CurrentUser;

import java.util.List;
import java.util.Optional;

/**
 * The experts' score sheets. Every method checks the person: an expert reaches only the sheets of their own active
 * seats on applications they may read ({@code meeting.Panels#mayRead}; a conflicted or unseated expert gets
 * {@link ReviewNotFoundException}, as for an unknown id) and writes only while they may score
 * ({@code Panels#mayScore}: the meeting started); the programme office reads all and unlocks.
 */
public interface ScoreSheets {

    /** The expert's sheet of the application in the meeting, created as an empty draft on first opening. */
    ScoreSheet open(long meetingId, long applicationId, CurrentUser expert);

    /**
     * Saves the draft (autosave). Values typed are checked (0..max, at most 2 decimals, lengths); a broken rule is
     * refused with its problems and nothing saved.
     *
     * @throws StaleSheetException     when the sheet is no longer at the draft's version
     * @throws ReviewRejectedException with the problems
     * @throws ReviewRefusedException  when the sheet is submitted or the meeting not under way
     */
    ScoreSheet save(long meetingId, long applicationId, SheetDraft draft, CurrentUser expert);

    /** Saves and submits: every criterion scored, the opinion written; then locked and counted. Audited. */
    ScoreSheet submit(long meetingId, long applicationId, SheetDraft draft, CurrentUser expert);

    /** The office gives a submitted sheet back to its expert, with a reason; the expert is told. Audited. */
    ScoreSheet unlock(long sheetId, String reason, long version, CurrentUser officer);

    /** A sheet as the person may see it: its expert (while they may read the application) or the office. */
    Optional<ScoreSheet> find(long sheetId, CurrentUser viewer);

    /** The expert's own sheets on applications they may read now, by meeting and application. */
    List<ScoreSheet> mine(CurrentUser expert);

    /**
     * The expert's open work for the home page: sheets to score in meetings under way (not submitted), sheets
     * submitted, and seats still waiting for the invitation's acceptance or the pledge (not readable yet).
     */
    OpenWork openWork(CurrentUser expert);

    /** Counts of the expert's open work. */
    record OpenWork(int toScore, int submitted, int waiting) {
    }

    /** Every sheet of the meeting, for the office (empty for anyone else). */
    List<ScoreSheet> ofMeeting(long meetingId, CurrentUser viewer);

    /** The sheet's submissions and unlocks, oldest first (the office and the sheet's expert). */
    List<SheetChange> history(long sheetId, CurrentUser viewer);

    /** One submission or unlock of a sheet. */
    record SheetChange(SheetTransition transition, String reason, String actor, java.time.Instant at) {
    }
}

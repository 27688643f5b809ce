package cn.gov.hubei.jxt.pilot.recommendation.internal;

import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

/** The limits of what people type here, and how a typed text is read (line ends, blanks, characters). */
final class Inputs {

    static final int NOTE_LIMIT = 500;
    static final int REMARK_LIMIT = 200;
    static final int REASON_LIMIT = 1000;
    static final int KEY_LIMIT = 100;

    private Inputs() {
    }

    /** The text with line ends unified and stripped; {@code null} when nothing is left. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Characters as a person counts them (code points). */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * A reason (退回, 不予推荐, 撤销, 重新开放): required, at most {@value #REASON_LIMIT} characters.
     *
     * @throws InvalidInputException when it is missing or too long
     */
    static String reason(String reason) {
        String why = clean(reason);
        if (why == null) {
            throw new InvalidInputException(FieldProblem.missing("reason", "recommendation.reason-missing"));
        }
        if (length(why) > REASON_LIMIT) {
            throw new InvalidInputException(FieldProblem.invalid("reason", "recommendation.reason-too-long",
                    REASON_LIMIT));
        }
        return why;
    }

    static String listId(long callId, String divisionCode) {
        return callId + "/" + divisionCode;
    }
}

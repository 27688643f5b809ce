package cn.gov.hubei.jxt.pilot.objection.web;

import jakarta.servlet.http.HttpSession;

import java.security.SecureRandom;

/**
 * The public form's challenge: a small sum asked in words (no third-party service, readable by a screen reader), its
 * answer kept in the session and used once.
 */
final class Challenges {

    static final String ATTRIBUTE = "objectionChallenge";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A question and its answer. */
    record Challenge(int a, int b) {
        int answer() {
            return a + b;
        }
    }

    private Challenges() {
    }

    /** A new question, its answer kept in the session. */
    static Challenge ask(HttpSession session) {
        Challenge c = new Challenge(2 + RANDOM.nextInt(8), 2 + RANDOM.nextInt(8));
        session.setAttribute(ATTRIBUTE, c.answer());
        return c;
    }

    /** Whether the answer is the one kept; the kept answer is used up either way. */
    static boolean check(HttpSession session, String answer) {
        Object expected = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        if (!(expected instanceof Integer e) || answer == null) {
            return false;
        }
        String a = java.text.Normalizer.normalize(answer, java.text.Normalizer.Form.NFKC).strip();
        return a.equals(String.valueOf(e));
    }
}

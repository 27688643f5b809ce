package cn.gov.hubei.jxt.pilot.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text as it reaches the documents: cleaned of what XML cannot carry and split into paragraphs. */
final class Texts {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private Texts() {
    }

    /**
     * The text without the characters XML 1.0 cannot hold (control characters other than tab, U+FFFE, U+FFFF and
     * unpaired surrogates). Text pasted from other programs carries them now and then; left in, Word refuses to open
     * the .docx and the PDF renderer fails.
     */
    static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean keep;
            if (Character.isHighSurrogate(c)) {
                keep = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (keep) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                keep = false;
            } else {
                keep = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!keep && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (keep && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The paragraphs of a narrative: one per line, without the leading and trailing blanks (ideographic spaces
     * included — people indent by typing them, while the documents indent the first line themselves) and without
     * empty lines.
     */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : LINE_BREAK.split(clean(text))) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                paragraphs.add(stripped);
            }
        }
        return paragraphs;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}

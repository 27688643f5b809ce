package cn.gov.hubei.jxt.pilot.expert.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The normalised name of an organisation that the conflict rules compare: full-width characters folded to half width
 * (NFKC), every white space and parenthesis removed, the company forms 股份有限公司, 有限责任公司, 有限公司, 股份公司 and
 * 公司 and 股份 at the end removed, Latin letters in lower case. So 湖北 长江（集团）股份有限公司, 湖北长江(集团)有限公司 and
 * 湖北长江集团 are one name; 宜昌市经济和信息化局 stays as it is.
 */
public final class Names {

    /** Longest first, so that 股份有限公司 is removed whole. */
    private static final List<String> FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "股份公司", "公司", "股份");

    private Names() {
    }

    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .filter(c -> c != '(' && c != ')' && c != '[' && c != ']' && c != '【' && c != '】' && c != '〔'
                        && c != '〕')
                .forEach(kept::appendCodePoint);
        String key = kept.toString().toLowerCase(Locale.ROOT);
        boolean removed = true;
        while (removed) {
            removed = false;
            for (String form : FORMS) {
                if (key.endsWith(form) && key.length() > form.length()) {
                    key = key.substring(0, key.length() - form.length());
                    removed = true;
                    break;
                }
            }
        }
        return key;
    }
}

package cn.gov.hubei.jxt.pilot.review;

import java.util.Map;

/**
 * What the expert typed into a sheet, as text, by criterion code: checked on every save (a value out of range or with
 * more than 2 decimals is refused and nothing is saved) and completely on submit.
 *
 * @param version the sheet's version the expert's page was built from (optimistic lock)
 */
public record SheetDraft(Map<String, String> scores, Map<String, String> comments, String opinion, long version) {

    public SheetDraft {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        comments = comments == null ? Map.of() : Map.copyOf(comments);
    }
}

package cn.gov.hubei.jxt.pilot.application;

import java.util.List;
import java.util.Map;

/** The working draft of an application: every section as saved, with its version, and the attached files. */
public record ApplicationDraft(ApplicationSummary application, Map<SectionKey, SavedSection> sections,
                               List<AttachedFile> files) {

    public SavedSection section(SectionKey key) {
        return sections.get(key);
    }

    public DraftSections contents() {
        DraftSections all = DraftSections.empty();
        for (SavedSection s : sections.values()) {
            all = all.with(s.key(), s.content());
        }
        return all;
    }
}

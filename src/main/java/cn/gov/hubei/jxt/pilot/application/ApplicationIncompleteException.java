package cn.gov.hubei.jxt.pilot.application;

import java.util.List;

/** Submission refused because sections are not complete; {@link #sections()} says which, in document order. */
public class ApplicationIncompleteException extends ApplicationActionRefusedException {

    private final transient List<SectionCheck> sections;

    public ApplicationIncompleteException(List<SectionCheck> sections) {
        super("application.submit.incomplete", sections.size());
        this.sections = List.copyOf(sections);
    }

    public List<SectionCheck> sections() {
        return sections;
    }
}

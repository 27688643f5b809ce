package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.AttachedFile;
import cn.gov.hubei.jxt.pilot.application.DraftSections;
import cn.gov.hubei.jxt.pilot.application.SectionContent;
import cn.gov.hubei.jxt.pilot.shared.FieldProblem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one rule of file ids in section content, for every way a section is saved (the JSON API, the section form,
 * a kept conflict or form): every file id must be a file attached to this application. A file of another
 * application — another enterprise's — is never referred to, so it can never be embedded in this application's
 * documents or frozen into its versions. Whether the file is of the right kind for its field (a figure, the
 * 真实性承诺 …) is for the section's rules.
 */
final class FileReferences {

    static final String NOT_ATTACHED = "application.rule.file.not-attached";

    private FileReferences() {
    }

    /** The fields of the content that refer to a file not attached to the application, each as a problem. */
    static List<FieldProblem> unattached(SectionContent content, Collection<AttachedFile> files) {
        Set<Long> attached = files.stream().map(AttachedFile::fileId).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>();
        if (content instanceof SectionContent.Implementation implementation) {
            for (SectionContent.Part part : implementation.parts()) {
                List<SectionContent.Figure> figures = part.figures() == null ? List.of() : part.figures();
                for (int i = 0; i < figures.size(); i++) {
                    Long fileId = figures.get(i).fileId();
                    if (fileId != null && !attached.contains(fileId)) {
                        problems.add(FieldProblem.invalid("parts[" + part.key() + "].figures[" + i + "].fileId",
                                NOT_ATTACHED));
                    }
                }
            }
        } else if (content instanceof SectionContent.Attachments a) {
            check("commitmentFileId", a.commitmentFileId(), attached, problems);
            check("creditReportFileId", a.creditReportFileId(), attached, problems);
            List<Long> others = a.otherFileIds() == null ? List.of() : a.otherFileIds();
            for (int i = 0; i < others.size(); i++) {
                check("otherFileIds[" + i + "]", others.get(i), attached, problems);
            }
        }
        return problems;
    }

    /** The file ids the sections refer to: figures, 真实性承诺, the credit report and other files. */
    static Set<Long> referenced(DraftSections sections) {
        Set<Long> ids = new LinkedHashSet<>();
        sections.implementation().normalised().parts().forEach(p -> p.figures().forEach(f -> {
            if (f.fileId() != null) {
                ids.add(f.fileId());
            }
        }));
        SectionContent.Attachments a = sections.attachments().normalised();
        if (a.commitmentFileId() != null) {
            ids.add(a.commitmentFileId());
        }
        if (a.creditReportFileId() != null) {
            ids.add(a.creditReportFileId());
        }
        ids.addAll(a.otherFileIds());
        return ids;
    }

    private static void check(String field, Long fileId, Set<Long> attached, List<FieldProblem> problems) {
        if (fileId != null && !attached.contains(fileId)) {
            problems.add(FieldProblem.invalid(field, NOT_ATTACHED));
        }
    }
}

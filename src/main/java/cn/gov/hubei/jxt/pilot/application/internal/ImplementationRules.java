package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.FilePurpose;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Figure;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Implementation;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Part;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * 三 项目实施现状: every content item of every chosen mode and new technology has its narrative; figures are PNG or
 * JPEG files of this application with a caption. Parts of a mode that is no longer chosen are kept but not judged.
 */
@Component
class ImplementationRules implements SectionRules<Implementation> {

    static final int TEXT_LIMIT = 10000;
    static final int CAPTION_LIMIT = 100;

    @Override
    public SectionKey key() {
        return SectionKey.IMPLEMENTATION;
    }

    @Override
    public void check(Implementation implementation, RuleContext context, Problems problems) {
        List<RuleContext.PartSpec> expected = context.expectedParts();
        if (expected.isEmpty()) {
            problems.missing("parts", "application.rule.implementation.no-modes");
            return;
        }
        for (RuleContext.PartSpec spec : expected) {
            String field = "parts[" + spec.key() + "]";
            Part part = implementation.part(spec.group(), spec.item()).orElse(null);
            if (part == null) {
                problems.missing(field + ".text", "application.rule.implementation.text.missing", spec.groupName(),
                        spec.item(), spec.title());
                continue;
            }
            if (part.text() == null) {
                problems.missing(field + ".text", "application.rule.implementation.text.missing", spec.groupName(),
                        spec.item(), spec.title());
            } else {
                problems.optionalText(field + ".text", part.text(), TEXT_LIMIT);
            }
            List<Figure> figures = part.figures() == null ? List.of() : part.figures();
            for (int i = 0; i < figures.size(); i++) {
                Figure figure = figures.get(i);
                String figureField = field + ".figures[" + i + "]";
                if (figure.fileId() == null) {
                    problems.missing(figureField + ".fileId", "application.rule.implementation.figure.file.missing");
                } else if (!context.hasFile(figure.fileId(), FilePurpose.FIGURE)) {
                    problems.invalid(figureField + ".fileId", "application.rule.file.not-attached");
                }
                problems.requiredText(figureField + ".caption", figure.caption(), CAPTION_LIMIT,
                        "application.rule.implementation.figure.caption.missing");
            }
        }
    }
}

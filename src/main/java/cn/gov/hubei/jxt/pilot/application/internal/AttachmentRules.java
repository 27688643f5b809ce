package cn.gov.hubei.jxt.pilot.application.internal;

import cn.gov.hubei.jxt.pilot.application.CreditSource;
import cn.gov.hubei.jxt.pilot.application.EquipmentCategory;
import cn.gov.hubei.jxt.pilot.application.EquipmentOrigin;
import cn.gov.hubei.jxt.pilot.application.FilePurpose;
import cn.gov.hubei.jxt.pilot.application.PatentType;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Attachments;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Equipment;
import cn.gov.hubei.jxt.pilot.application.SectionContent.Patent;
import cn.gov.hubei.jxt.pilot.application.SectionKey;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * 六 相关附件: at least one key equipment or software row, patents (optional), the signed and stamped 真实性承诺 and
 * the credit-check evidence with its source and date (on or before today).
 */
@Component
class AttachmentRules implements SectionRules<Attachments> {

    static final int FIELD_LIMIT = 100;
    static final int PATENT_TITLE_LIMIT = 200;
    static final int QUANTITY_MAX = 1_000_000;

    @Override
    public SectionKey key() {
        return SectionKey.ATTACHMENTS;
    }

    @Override
    public void check(Attachments attachments, RuleContext context, Problems problems) {
        List<Equipment> equipment = attachments.equipment();
        if (equipment.isEmpty()) {
            problems.missing("equipment", "application.rule.attachments.equipment.missing");
        }
        for (int i = 0; i < equipment.size(); i++) {
            checkEquipment(equipment.get(i), "equipment[" + i + "]", problems);
        }
        List<Patent> patents = attachments.patents();
        for (int i = 0; i < patents.size(); i++) {
            Patent p = patents.get(i);
            String field = "patents[" + i + "]";
            problems.requiredText(field + ".number", p.number(), 50, "application.rule.attachments.patent.number.missing");
            problems.requiredText(field + ".title", p.title(), PATENT_TITLE_LIMIT,
                    "application.rule.attachments.patent.title.missing");
            code(field + ".type", p.type(), PatentType.of(p.type()) != null,
                    "application.rule.attachments.patent.type.missing", problems);
            LocalDate date = problems.requiredDate(field + ".date", p.date(), "application.rule.attachments.patent.date.missing");
            if (date != null && date.isAfter(context.today())) {
                problems.invalid(field + ".date", "application.rule.date.future");
            }
        }
        if (attachments.commitmentFileId() == null) {
            problems.missing("commitmentFileId", "application.rule.attachments.commitment.missing");
        } else if (!context.hasFile(attachments.commitmentFileId(), FilePurpose.COMMITMENT)) {
            problems.invalid("commitmentFileId", "application.rule.file.not-attached");
        }
        if (attachments.creditReportFileId() == null) {
            problems.missing("creditReportFileId", "application.rule.attachments.credit.missing");
        } else if (!context.hasFile(attachments.creditReportFileId(), FilePurpose.CREDIT_REPORT)) {
            problems.invalid("creditReportFileId", "application.rule.file.not-attached");
        }
        code("creditSource", attachments.creditSource(), CreditSource.of(attachments.creditSource()) != null,
                "application.rule.attachments.creditSource.missing", problems);
        LocalDate checkedOn = problems.requiredDate("creditCheckedOn", attachments.creditCheckedOn(),
                "application.rule.attachments.creditCheckedOn.missing");
        if (checkedOn != null && checkedOn.isAfter(context.today())) {
            problems.invalid("creditCheckedOn", "application.rule.date.future");
        }
        for (int i = 0; i < attachments.otherFileIds().size(); i++) {
            if (!context.hasFile(attachments.otherFileIds().get(i), FilePurpose.OTHER)) {
                problems.invalid("otherFileIds[" + i + "]", "application.rule.file.not-attached");
            }
        }
    }

    /** The rules of one equipment row; the spreadsheet import reports the same problems per row. */
    static void checkEquipment(Equipment e, String field, Problems problems) {
        problems.requiredText(field + ".name", e.name(), FIELD_LIMIT, "application.rule.attachments.equipment.name.missing");
        code(field + ".category", e.category(), EquipmentCategory.of(e.category()) != null,
                "application.rule.attachments.equipment.category.missing", problems);
        problems.requiredText(field + ".brand", e.brand(), FIELD_LIMIT, "application.rule.attachments.equipment.brand.missing");
        problems.requiredText(field + ".supplier", e.supplier(), FIELD_LIMIT,
                "application.rule.attachments.equipment.supplier.missing");
        code(field + ".origin", e.origin(), EquipmentOrigin.of(e.origin()) != null,
                "application.rule.attachments.equipment.origin.missing", problems);
        if (e.quantity() == null) {
            problems.missing(field + ".quantity", "application.rule.attachments.equipment.quantity.missing");
        } else if (!e.quantity().strip().matches("[0-9]{1,7}") || Integer.parseInt(e.quantity().strip()) < 1
                || Integer.parseInt(e.quantity().strip()) > QUANTITY_MAX) {
            problems.invalid(field + ".quantity", "application.rule.attachments.equipment.quantity.invalid");
        }
    }

    private static void code(String field, String value, boolean known, String missingCode, Problems problems) {
        if (value == null) {
            problems.missing(field, missingCode);
        } else if (!known) {
            problems.invalid(field, "application.rule.code.unknown", value);
        }
    }
}

package cn.gov.hubei.jxt.pilot.application;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a section's text becomes when it is saved: LF line ends, trimmed, null when blank. */
class SectionContentTest {

    @Test
    void aBrowsersLineEndsBecomeOneBreakEachAndTheTextIsTrimmed() {
        assertThat(new SectionContent.Narrative("  第一行\r\n第二行\r第三行\n第四行  ").normalised().text())
                .isEqualTo("第一行\n第二行\n第三行\n第四行");
        assertThat(new SectionContent.Narrative("\r\n\r\n概述\r\n").normalised().text()).isEqualTo("概述");
    }

    @Test
    void textWithoutCarriageReturnsIsKeptAsItIsOnceTrimmed() {
        String text = "企业概述\n第二段";
        assertThat(new SectionContent.Narrative(text).normalised().text()).isSameAs(text);
        assertThat(new SectionContent.Narrative(" 企业概述\t").normalised().text()).isEqualTo("企业概述");
    }

    @Test
    void blankTextIsNoText() {
        for (String blank : Arrays.asList(null, "", "   ", "\r\n", "\r", "\u3000")) {
            assertThat(new SectionContent.Narrative(blank).normalised().text()).as("[%s]", blank).isNull();
        }
        assertThat(new SectionContent.BasicInfo(List.of(" M1 ", "M1", "\r\n"), null, null, null, null, null, null,
                null, null, null).normalised().modes()).containsExactly("M1");
    }
}

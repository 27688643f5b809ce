package cn.gov.hubei.jxt.pilot.reference;

import java.util.List;
import java.util.Optional;

/**
 * One version of the content items (项目内容具体要求, 附件2-1): what part 三 (项目实施现状) of an application must
 * cover for each selected mode and new technology.
 *
 * @param modes           groups per mode in the document's order (模式一…)
 * @param newTechnologies groups per new technology (新技术一…); not every technology has one (5G has none in 2020)
 */
public record ContentItemSet(String version, String title, String source, List<Group> modes,
                             List<Group> newTechnologies) {

    public ContentItemSet {
        modes = List.copyOf(modes);
        newTechnologies = List.copyOf(newTechnologies);
    }

    public Optional<Group> forMode(String modeCode) {
        return modes.stream().filter(g -> g.code().equals(modeCode)).findFirst();
    }

    public Optional<Group> forNewTechnology(String technologyCode) {
        return newTechnologies.stream().filter(g -> g.code().equals(technologyCode)).findFirst();
    }

    /**
     * @param code    the mode's or the technology's code
     * @param name    the mode's or the technology's name
     * @param heading as in the document, e.g. 模式一：离散型智能制造试点示范项目
     */
    public record Group(String code, String name, String heading, List<Item> items) {

        public Group {
            items = List.copyOf(items);
        }
    }

    /**
     * @param title       e.g. 项目系统模型建立与运行情况
     * @param requirement what to provide, e.g. 请分别提供车间/工厂总体设计模型…
     */
    public record Item(int number, String title, String requirement) {
    }
}

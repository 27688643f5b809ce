package cn.gov.hubei.jxt.pilot.platform;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stored JSON that does not read fails as the server's fault, without the parser's exception as its cause. */
class StoredJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Item(String code, int value) {
    }

    @Test
    void storedJsonThatReadsIsReadAsItsType() {
        assertThat(StoredJson.read(JSON, "{\"code\":\"A\",\"value\":3}", Item.class, "an item"))
                .isEqualTo(new Item("A", 3));
        assertThat(StoredJson.read(JSON, "[{\"code\":\"B\",\"value\":4}]", new TypeReference<List<Item>>() { },
                "items")).containsExactly(new Item("B", 4));
        assertThat(StoredJson.tree(JSON, "{\"rank\":2}", "a payload").path("rank").asInt()).isEqualTo(2);
    }

    @Test
    void storedJsonThatDoesNotReadFailsAsAnIllegalStateWithoutTheParsersException() {
        assertThatThrownBy(() -> StoredJson.read(JSON, "not JSON", Item.class, "an item"))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Stored JSON does not read: an item: ").hasNoCause();
        assertThatThrownBy(() -> StoredJson.read(JSON, "{\"code\":\"A\",\"value\":\"three\"}", Item.class, "an item"))
                .as("the wrong type of a field").isExactlyInstanceOf(IllegalStateException.class).hasNoCause();
        assertThatThrownBy(() -> StoredJson.read(JSON, "{\"code\":", new TypeReference<Map<String, Item>>() { },
                "items")).isExactlyInstanceOf(IllegalStateException.class).hasNoCause();
        assertThatThrownBy(() -> StoredJson.tree(JSON, "{\"rank\":2", "a payload"))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Stored JSON does not read: a payload: ").hasNoCause();
    }
}

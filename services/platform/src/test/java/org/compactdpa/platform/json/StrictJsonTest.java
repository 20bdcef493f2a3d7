package org.compactdpa.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class StrictJsonTest {

    record Named(String name, List<String> tags) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"a\",\"name\":\"b\"}", Named.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("Duplicate field 'name'");
    }

    @Test
    void aNulInsideAStringIsRefusedAndTheFieldNamed() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"a\\u0000b\"}", Named.class))
                .isInstanceOf(StrictJson.UnsafeText.class)
                .satisfies(e -> assertThat(((JsonMappingException) e).getPath().get(0).getFieldName()).isEqualTo("name"))
                .hasMessageContaining("U+0000");
    }

    @Test
    void aBidiOverrideInAListElementIsRefused() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"ok\",\"tags\":[\"fine\",\"Reader\\u202e fdp.exe\"]}", Named.class))
                .isInstanceOf(StrictJson.UnsafeText.class).hasMessageContaining("U+202E");
    }

    @Test
    void ordinaryTextStillReads() throws Exception {
        assertThat(json.readValue("{\"name\":\"Line\\nbreak – ü\",\"tags\":[\"x\"]}", Named.class))
                .isEqualTo(new Named("Line\nbreak – ü", List.of("x")));
    }
}

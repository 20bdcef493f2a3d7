package org.compactdpa.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.compactdpa.platform.text.SafeText;

/**
 * How every service reads JSON: a key given twice is an error (which of the two would win is
 * nobody's guess), and no string may carry control, bidi-override or invisible characters.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.registerModule(new SimpleModule("compact-safe-text").addDeserializer(String.class, new SafeStrings()));
    }

    /** A string field holding a character that text may not contain; answered as 422 naming the field. */
    public static final class UnsafeText extends MismatchedInputException {
        UnsafeText(JsonParser parser, String message) {
            super(parser, message, String.class);
        }
    }

    static final class SafeStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null) {
                int at = SafeText.firstForbidden(value);
                if (at >= 0) {
                    throw new UnsafeText(parser, "must not contain the character " + SafeText.describe(value.charAt(at))
                            + " (control, bidirectional-override or invisible characters are refused)");
                }
            }
            return value;
        }
    }
}

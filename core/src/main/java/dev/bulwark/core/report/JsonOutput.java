package dev.bulwark.core.report;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes report documents as UTF-8 JSON the same way on every platform: two-space indentation, {@code \n} line
 * ends, {@code "key": value}, null fields left out, a final newline, and the caller's stream left open.
 */
final class JsonOutput {
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
  private static final ObjectWriter WRITER = mapper().writer(new DefaultPrettyPrinter(
          Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
      .withObjectIndenter(INDENTER)
      .withArrayIndenter(INDENTER));

  private JsonOutput() {}

  private static ObjectMapper mapper() {
    return JsonMapper.builder()
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .defaultPropertyInclusion(JsonInclude.Value.construct(NON_NULL, NON_NULL))
        .build();
  }

  static void write(Object document, OutputStream out) throws IOException {
    WRITER.writeValue(out, document);
    out.write("\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}

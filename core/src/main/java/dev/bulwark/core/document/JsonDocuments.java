package dev.bulwark.core.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.Range;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads strict JSON with Jackson's streaming parser, whose token locations give exact offsets. A trailing comma,
 * a comment or a second top-level value is a {@code parse-error} at its position. Never throws for bad input.
 */
public final class JsonDocuments {
  private JsonDocuments() {}

  /** The document of {@code source}, or the diagnostic that stopped reading it. */
  public static Documents read(SourceText source, ScanSettings settings) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(settings.maxNestingDepth()).build())
        .build();
    PositionMapper positions = new PositionMapper(source);
    try (JsonParser parser = factory.createParser(source.text())) {
      if (parser.nextToken() == null) {
        return new Documents(List.of(), List.of());
      }
      DocNode document = new Reader(parser, positions).value();
      if (parser.nextToken() != null) {
        return Documents.failed(error(positions, parser.currentTokenLocation().getCharOffset(),
            "invalid JSON: more than one top-level value"));
      }
      return new Documents(List.of(document), List.of());
    } catch (StreamConstraintsException e) {
      return Documents.failed(Diagnostic.forFile(Diagnostic.Level.ERROR, "limit-exceeded",
          "the document nests deeper than " + settings.maxNestingDepth() + " levels; it was not read",
          source.path()));
    } catch (JsonParseException e) {
      long offset = e.getLocation() != null ? e.getLocation().getCharOffset() : 0;
      return Documents.failed(error(positions, offset, "invalid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      return Documents.failed(Diagnostic.forFile(Diagnostic.Level.ERROR, "parse-error",
          "invalid JSON: " + e.getMessage(), source.path()));
    }
  }

  private static Diagnostic error(PositionMapper positions, long offset, String message) {
    return Diagnostic.at(Diagnostic.Level.ERROR, "parse-error", message, positions.at((int) Math.max(0, offset)));
  }

  /** Reads one value at the parser's current token. */
  private static final class Reader {
    private final JsonParser parser;
    private final PositionMapper positions;

    Reader(JsonParser parser, PositionMapper positions) {
      this.parser = parser;
      this.positions = positions;
    }

    DocNode value() throws IOException {
      int start = (int) parser.currentTokenLocation().getCharOffset();
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_OBJECT) {
        List<DocNode.Entry> entries = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          int keyStart = (int) parser.currentTokenLocation().getCharOffset();
          String name = parser.currentName();
          int keyEnd = keyStart + positions.quotedLength(keyStart);
          DocNode key = new DocNode.Scalar(name, DocNode.Kind.STRING, Optional.empty(), range(keyStart, keyEnd));
          parser.nextToken();
          entries.add(new DocNode.Entry(key, value()));
        }
        return new DocNode.Mapping(entries, Optional.empty(), range(start, end()));
      }
      if (token == JsonToken.START_ARRAY) {
        List<DocNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value());
        }
        return new DocNode.Sequence(items, Optional.empty(), range(start, end()));
      }
      String text = parser.getText();
      return new DocNode.Scalar(text, kind(token), Optional.empty(), range(start, end()));
    }

    /** The offset just after the current token. */
    private int end() {
      return (int) parser.currentLocation().getCharOffset();
    }

    private Range range(int start, int end) {
      return positions.range(start, end);
    }

    private static DocNode.Kind kind(JsonToken token) {
      return switch (token) {
        case VALUE_NUMBER_INT -> DocNode.Kind.INTEGER;
        case VALUE_NUMBER_FLOAT -> DocNode.Kind.FLOAT;
        case VALUE_TRUE, VALUE_FALSE -> DocNode.Kind.BOOLEAN;
        case VALUE_NULL -> DocNode.Kind.NULL;
        default -> DocNode.Kind.STRING;
      };
    }
  }
}

package dev.bulwark.terraform.eval;

import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.document.Documents;
import dev.bulwark.core.document.JsonDocuments;
import dev.bulwark.core.document.YamlDocuments;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.value.BoolValue;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.NumberValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Encodings and digests: {@code jsonencode}, {@code jsondecode}, {@code yamldecode}, {@code base64encode}, ... */
final class EncodingFunctions {
  private EncodingFunctions() {}

  static void register(Map<String, Functions.Builtin> into, ScanSettings settings) {
    into.put("jsonencode", call -> {
      if (!Values.whollyKnown(call.arity(1).arg(0))) {
        return call.unknown().encoding(call.arg(0));
      }
      Value encoded = call.wholly(0);
      StringValue text = call.text(Json.encode(encoded));
      return new StringValue(text.value(), text.range(), text.origin(), Optional.of(encoded));
    });
    into.put("jsondecode", call -> decode(call, JsonDocuments.read(source(call), settings)));
    into.put("yamldecode", call -> decode(call, YamlDocuments.read(source(call), settings)));
    into.put("base64encode", call -> call.text(Base64.getEncoder().encodeToString(bytes(call))));
    into.put("base64decode", call -> {
      try {
        return call.text(new String(Base64.getDecoder().decode(call.arity(1).string(0)), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new EvaluationError("invalid base64");
      }
    });
    into.put("urlencode", call -> call.text(URLEncoder.encode(call.arity(1).string(0), StandardCharsets.UTF_8)
        .replace("+", "%20")));
    into.put("md5", digest("MD5", false));
    into.put("sha1", digest("SHA-1", false));
    into.put("sha256", digest("SHA-256", false));
    into.put("sha512", digest("SHA-512", false));
    into.put("base64sha256", digest("SHA-256", true));
    into.put("base64sha512", digest("SHA-512", true));
  }

  private static byte[] bytes(Call call) {
    return call.arity(1).string(0).getBytes(StandardCharsets.UTF_8);
  }

  private static SourceText source(Call call) {
    return SourceText.of(call.range().file(), call.arity(1).string(0));
  }

  private static Functions.Builtin digest(String algorithm, boolean base64) {
    return call -> {
      try {
        byte[] hash = MessageDigest.getInstance(algorithm).digest(bytes(call));
        return call.text(base64 ? Base64.getEncoder().encodeToString(hash) : HexFormat.of().formatHex(hash));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(algorithm + " is always available", e);
      }
    };
  }

  private static Value decode(Call call, Documents documents) {
    if (!documents.errors().isEmpty() || documents.documents().size() > 1) {
      throw new EvaluationError("the text does not decode to one document");
    }
    return documents.documents().isEmpty() ? call.nullValue() : value(call, documents.documents().get(0));
  }

  private static Value value(Call call, DocNode node) {
    call.spend(1);
    if (node instanceof DocNode.Sequence sequence) {
      List<Value> items = new ArrayList<>(sequence.items().size());
      sequence.items().forEach(item -> items.add(value(call, item)));
      return new ListValue(items, call.range());
    }
    if (node instanceof DocNode.Mapping mapping) {
      List<MapEntry> entries = new ArrayList<>(mapping.entries().size());
      for (DocNode.Entry entry : mapping.entries()) {
        if (!(entry.key() instanceof DocNode.Scalar key)) {
          throw new EvaluationError("a mapping key is not a scalar");
        }
        entries.add(new MapEntry(key.text(), call.range(), value(call, entry.value())));
      }
      return MapValue.of(entries, call.range());
    }
    DocNode.Scalar scalar = (DocNode.Scalar) node;
    String text = scalar.text();
    return switch (scalar.kind()) {
      case NULL -> new NullValue(call.range());
      case INTEGER, FLOAT -> number(call, text);
      case BOOLEAN -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
          ? new BoolValue(text.toLowerCase(Locale.ROOT).equals("true"), call.range())
          : new StringValue(text, call.range());
      default -> new StringValue(text, call.range());
    };
  }

  private static Value number(Call call, String text) {
    try {
      return new NumberValue(new BigDecimal(text.replace("_", "")), call.range());
    } catch (NumberFormatException e) {
      return new StringValue(text, call.range());
    }
  }
}

package dev.bulwark.core.model;

import dev.bulwark.core.Range;
import dev.bulwark.core.document.DocNode;
import dev.bulwark.core.document.Documents;
import dev.bulwark.core.document.JsonDocuments;
import dev.bulwark.core.frontend.ScanSettings;
import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * What an EMR security configuration encrypts: the clusters' data at rest (S3 through EMRFS, and local disks) when
 * {@code EncryptionConfiguration.EnableAtRestEncryption} is true, and the traffic among their nodes and with clients
 * when {@code EnableInTransitEncryption} is; both are off when missing. The keys it uses are not assessed.
 */
public final class EmrEncryption {
  /** The flag that encrypts data at rest. */
  public static final String AT_REST = "EnableAtRestEncryption";
  /** The flag that encrypts traffic. */
  public static final String IN_TRANSIT = "EnableInTransitEncryption";

  private EmrEncryption() {}

  /** The models of a security configuration whose flags state {@code atRest} and {@code inTransit}. */
  public static List<CloudModel> models(Resource configuration, Fact atRest, Fact inTransit) {
    return List.of(new DataStore(configuration, "cluster storage", atRest,
        Fact.unknown("AtRestEncryptionConfiguration", configuration.range(), List.of())),
        new TrafficEncryption(configuration, inTransit));
  }

  /**
   * The models of a security configuration written as JSON text in {@code entry}: read from the located value the
   * text was made from where a front end kept it (each flag at its place), else from the text, every fact located at
   * the entry; unknown when the text is not known or not a JSON object.
   */
  public static List<CloudModel> fromJson(Resource configuration, MapEntry entry) {
    Range at = entry.range();
    Optional<MapValue> encoded = entry.value() instanceof StringValue text
        ? text.encoded().flatMap(Value::asMap)
        : Optional.empty();
    if (encoded.isPresent()) {
      return fromEncoded(configuration, encoded.get(), at);
    }
    Optional<DocNode.Mapping> document = entry.value().asString().flatMap(EmrEncryption::parse);
    if (document.isEmpty()) {
      return models(configuration, Fact.unknown(AT_REST, at, entry.value().origin()),
          Fact.unknown(IN_TRANSIT, at, entry.value().origin()));
    }
    Optional<DocNode> encryption = document.get().get("EncryptionConfiguration");
    Optional<DocNode.Mapping> flags = encryption.flatMap(DocNode::asMapping);
    if (encryption.isPresent() && flags.isEmpty()) {
      return models(configuration, Fact.unknown(AT_REST, at, List.of()), Fact.unknown(IN_TRANSIT, at, List.of()));
    }
    return models(configuration, flag(flags, AT_REST, at), flag(flags, IN_TRANSIT, at));
  }

  /**
   * The models of a security configuration made from the located value {@code document}: each flag at its own
   * place, a missing one at the deepest key that exists ({@code at}, the attribute, without
   * {@code EncryptionConfiguration}).
   */
  private static List<CloudModel> fromEncoded(Resource configuration, MapValue document, Range at) {
    Optional<MapEntry> encryption = document.entry("EncryptionConfiguration");
    if (encryption.isEmpty()) {
      return models(configuration, Fact.byDefault(false, AT_REST, at), Fact.byDefault(false, IN_TRANSIT, at));
    }
    Optional<MapValue> flags = encryption.get().value().asMap();
    if (flags.isEmpty()) {
      return models(configuration, Fact.unknown(AT_REST, encryption.get().range(), List.of()),
          Fact.unknown(IN_TRANSIT, encryption.get().range(), List.of()));
    }
    Range within = encryption.get().range();
    return models(configuration, Fact.of(flags.get(), AT_REST, false, within),
        Fact.of(flags.get(), IN_TRANSIT, false, within));
  }

  private static Fact flag(Optional<DocNode.Mapping> flags, String name, Range at) {
    Optional<DocNode> value = flags.flatMap(mapping -> mapping.get(name));
    if (value.isEmpty()) {
      return Fact.byDefault(false, name, at);
    }
    return value.get().asScalar().filter(scalar -> scalar.kind() == DocNode.Kind.BOOLEAN)
        .map(scalar -> Fact.known(Boolean.parseBoolean(scalar.text()), name, at, List.of()))
        .orElseGet(() -> Fact.unknown(name, at, List.of()));
  }

  private static Optional<DocNode.Mapping> parse(String text) {
    Documents documents = JsonDocuments.read(SourceText.of("security-configuration.json", text),
        ScanSettings.DEFAULTS);
    return documents.errors().isEmpty() && documents.documents().size() == 1
        ? documents.documents().get(0).asMapping()
        : Optional.empty();
  }
}

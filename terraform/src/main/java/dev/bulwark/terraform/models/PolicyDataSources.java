package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.value.ListValue;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.StringValue;
import dev.bulwark.core.value.UnknownValue;
import dev.bulwark.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The policy data sources an attribute refers to, read from their blocks, since Terraform renders them only when it
 * plans: an {@code aws_iam_policy_document} (its {@code json}) as the structured IAM policy it renders, and a
 * {@code google_iam_policy} (its {@code policy_data}) as its bindings.
 */
final class PolicyDataSources {
  /** The arguments that merge other documents into an {@code aws_iam_policy_document}, which are not read. */
  private static final List<String> MERGED = List.of("source_policy_documents", "override_policy_documents",
      "source_json", "override_json");

  private PolicyDataSources() {}

  /**
   * The data source of {@code type} whose {@code output} is the whole value of {@code owner}'s {@code attribute}
   * ({@code data.<type>.<name>.<output>}), if it is in the unit.
   */
  static Optional<Resource> rendering(Resource owner, MapEntry attribute, String type, String output, Module module) {
    Pattern whole = Pattern.compile("data\\." + type + "\\.[\\w-]+(\\[[^\\]]+\\])?\\." + output);
    boolean renders = attribute.value() instanceof UnknownValue unknown
        && whole.matcher(unknown.expression().strip()).matches();
    if (!renders) {
      return Optional.empty();
    }
    return module.referredTo(owner, attribute.key()).stream()
        .filter(resource -> resource.type().equals(type))
        .findFirst();
  }

  /**
   * The IAM policy document that the {@code aws_iam_policy_document} {@code document} renders, as {@code entry}'s
   * value: each {@code statement} block a {@code Statement} with its {@code effect} ({@code Allow} when missing), a
   * {@code Principal} that maps each {@code principals} block's {@code type} to its {@code identifiers} (the type
   * {@code *} as the principal {@code *}), and a {@code Condition} when it has {@code condition} blocks. A statement
   * that cannot be read, and a document that merges others, make the statements unknown.
   */
  static MapEntry awsDocument(MapEntry entry, Resource document) {
    NestedBlocks statements = NestedBlocks.of(document.attributes(), "statement");
    boolean merges = MERGED.stream().anyMatch(key -> document.attribute(key)
        .filter(merged -> !(merged.value() instanceof NullValue)).isPresent());
    Value rendered = merges || statements.hasUnknown()
        ? new UnknownValue(document.address(), document.range())
        : new ListValue(statements.known().stream().map(PolicyDataSources::statement).toList(), document.range());
    Range at = entry.value().range();
    MapValue policy = MapValue.of(List.of(new MapEntry("Statement", at, rendered)), at)
        .withOriginPrefix(List.of(new RelatedLocation(document.range(), "the policy document `"
            + document.address() + "` that `" + entry.key() + "` renders")));
    return new MapEntry(entry.key(), entry.range(), policy);
  }

  private static Value statement(MapValue block) {
    NestedBlocks principals = NestedBlocks.of(block, "principals");
    if (principals.hasUnknown()) {
      return new UnknownValue("principals", block.range());
    }
    List<MapEntry> entries = new ArrayList<>();
    entries.add(new MapEntry("Effect", block.range(),
        block.get("effect").orElseGet(() -> new StringValue("Allow", block.range(), List.of()))));
    if (!principals.isMissing()) {
      entries.add(new MapEntry("Principal", block.range(), principal(principals.known(), block)));
    }
    block.entry("condition").filter(condition -> !NestedBlocks.of(block, "condition").isMissing())
        .ifPresent(condition -> entries.add(new MapEntry("Condition", condition.range(), condition.value())));
    return MapValue.of(entries, block.range());
  }

  private static Value principal(List<MapValue> blocks, MapValue statement) {
    Map<String, List<Value>> byType = new LinkedHashMap<>();
    for (MapValue block : blocks) {
      Optional<String> type = block.get("type").flatMap(Value::asString);
      Optional<Value> identifiers = block.get("identifiers");
      if (type.isEmpty() || identifiers.isEmpty()) {
        return new UnknownValue("principals", block.range());
      }
      if (type.get().equals("*")) {
        return new StringValue("*", identifiers.get().range(), identifiers.get().origin());
      }
      byType.computeIfAbsent(type.get(), key -> new ArrayList<>()).add(identifiers.get());
    }
    return MapValue.of(byType.entrySet().stream()
        .map(type -> new MapEntry(type.getKey(), statement.range(), identifiers(type.getValue(), statement)))
        .toList(), statement.range());
  }

  /** The identifiers of one principal type: the only block's list as it is located, or all blocks' items. */
  private static Value identifiers(List<Value> lists, MapValue statement) {
    if (lists.size() == 1) {
      return lists.get(0);
    }
    if (lists.stream().anyMatch(list -> list.asList().isEmpty())) {
      return new UnknownValue("identifiers", statement.range());
    }
    return new ListValue(lists.stream().flatMap(list -> list.asList().orElseThrow().stream()).toList(),
        statement.range());
  }
}

package dev.bulwark.terraform;

import dev.bulwark.core.frontend.SourceText;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceId;
import dev.bulwark.core.graph.ResourceKind;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import dev.bulwark.terraform.hcl.Body;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the top-level blocks of one file to resources: {@code resource}, {@code data}, {@code module},
 * {@code variable}, {@code output}, {@code provider}, and each value of a {@code locals} block. Other blocks
 * ({@code terraform}, {@code moved}, {@code import}, ...) declare nothing to check.
 */
final class BlockMapper {
  private final String unit;
  private final ValueConverter values;

  BlockMapper(String unit, SourceText source) {
    this.unit = unit;
    this.values = new ValueConverter(source);
  }

  List<Declaration> map(Body file) {
    List<Declaration> declarations = new ArrayList<>();
    for (Body.Block block : file.blocks()) {
      if (block.type().name().equals("locals")) {
        block.body().attributes().forEach(local -> declarations.add(local(local)));
      } else {
        declaration(block).ifPresent(declarations::add);
      }
    }
    return declarations;
  }

  private Optional<Declaration> declaration(Body.Block block) {
    List<String> labels = block.labels().stream().map(Body.Label::value).toList();
    String type = block.type().name();
    return switch (type) {
      case "resource" -> labels.size() == 2
          ? Optional.of(declare(block, ResourceKind.MANAGED, labels.get(0), labels.get(0) + "." + labels.get(1)))
          : Optional.empty();
      case "data" -> labels.size() == 2
          ? Optional.of(declare(block, ResourceKind.DATA, labels.get(0),
              "data." + labels.get(0) + "." + labels.get(1)))
          : Optional.empty();
      case "module" -> single(block, labels, ResourceKind.MODULE_CALL, "module", "module.");
      case "variable" -> single(block, labels, ResourceKind.INPUT, "variable", "var.");
      case "output" -> single(block, labels, ResourceKind.OUTPUT, "output", "output.");
      case "provider" -> labels.size() == 1
          ? Optional.of(declare(block, ResourceKind.PROVIDER, labels.get(0), providerAddress(block, labels.get(0))))
          : Optional.empty();
      default -> Optional.empty();
    };
  }

  private Optional<Declaration> single(
      Body.Block block, List<String> labels, ResourceKind kind, String type, String prefix) {
    return labels.size() == 1
        ? Optional.of(declare(block, kind, type, prefix + labels.get(0)))
        : Optional.empty();
  }

  private String providerAddress(Body.Block block, String name) {
    return block.body().attribute("alias")
        .map(alias -> values.value(alias.value()).asString())
        .flatMap(text -> text)
        .map(alias -> "provider." + name + "." + alias)
        .orElse("provider." + name);
  }

  private Declaration declare(Body.Block block, ResourceKind kind, String type, String address) {
    MapValue attributes = values.body(block.body(), block.range());
    Resource resource = new Resource(new ResourceId(unit, address), TerraformFrontend.FORMAT, kind, type,
        block.header(), attributes);
    return new Declaration(resource, block.body());
  }

  private Declaration local(Body.Attribute local) {
    String name = local.name().name();
    Value value = values.value(local.value());
    MapValue attributes = new MapValue(Map.of("value", new MapEntry("value", local.name().range(), value)),
        local.range());
    Resource resource = new Resource(new ResourceId(unit, "local." + name), TerraformFrontend.FORMAT,
        ResourceKind.LOCALS, "local", local.name().range(), attributes);
    return new Declaration(resource, new Body(List.of(local), local.range()));
  }

}

package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.model.ApiStage;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import java.util.Optional;

/**
 * API Gateway execution logging as a settings block states it ({@code settings} of
 * {@code aws_api_gateway_method_settings}, {@code default_route_settings} of {@code aws_apigatewayv2_stage}): its
 * {@code logging_level}, which is {@code OFF} when missing.
 */
final class ExecutionLogging {
  static final String LEVEL = "logging_level";

  private ExecutionLogging() {}

  /**
   * The execution logging the blocks under {@code key} configure: off (by default) at {@code header} without
   * them, at an empty block list, or at a block without a level.
   */
  static Fact of(MapValue attributes, String key, Range header) {
    NestedBlocks blocks = NestedBlocks.of(attributes, key);
    if (blocks.isMissing()) {
      return Fact.byDefault(false, LEVEL, header);
    }
    MapEntry entry = blocks.entry().orElseThrow();
    if (blocks.known().isEmpty()) {
      return blocks.hasUnknown()
          ? Fact.unknown(LEVEL, entry.range(), entry.value().origin())
          : Fact.byDefault(false, LEVEL, entry.range());
    }
    MapValue block = blocks.known().get(0);
    return level(block, blocks.known().size() == 1 ? entry.range() : block.range());
  }

  private static Fact level(MapValue block, Range at) {
    Optional<MapEntry> level = block.entry(LEVEL).filter(e -> !(e.value() instanceof NullValue));
    return level.map(e -> Fact.of(e.value(), LEVEL, e.range(), value -> value.asString().flatMap(ApiStage::logs)))
        .orElseGet(() -> Fact.byDefault(false, LEVEL, at));
  }
}

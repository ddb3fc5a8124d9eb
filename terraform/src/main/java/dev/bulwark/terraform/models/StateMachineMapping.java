package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.StateMachine;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_sfn_state_machine}: executions are logged when its {@code logging_configuration}'s {@code level} is
 * {@code ALL}, {@code ERROR} or {@code FATAL}; it is {@code OFF} without the block or the level.
 */
final class StateMachineMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_sfn_state_machine");
  }

  @Override
  public List<CloudModel> map(Resource machine, Module module) {
    return List.of(new StateMachine(machine, NestedBlocks.first(machine.attributes(), "logging_configuration",
        machine.range(), StateMachineMapping::level)));
  }

  private static Fact level(MapValue configuration, Range at) {
    return configuration.entry("level").map(level -> Fact.ofText(level, StateMachine::logs))
        .orElseGet(() -> Fact.byDefault(false, "level", at));
  }
}

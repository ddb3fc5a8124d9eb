package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.StateMachine;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::StepFunctions::StateMachine} ({@code LoggingConfiguration}) and SAM's
 * {@code AWS::Serverless::StateMachine} ({@code Logging}): executions are logged when the configuration's
 * {@code Level} is {@code ALL}, {@code ERROR} or {@code FATAL}; it is {@code OFF} without a configuration or a level.
 */
final class StateMachineMapping implements ModelMapping {
  private static final String SAM = "AWS::Serverless::StateMachine";

  @Override
  public Set<String> types() {
    return Set.of("AWS::StepFunctions::StateMachine", SAM);
  }

  @Override
  public List<CloudModel> map(Resource machine, Stack stack) {
    NestedProperty level = NestedProperty.of(machine,
        machine.type().equals(SAM) ? "Logging" : "LoggingConfiguration", "Level");
    Fact logging = level.entry().map(entry -> Fact.ofText(entry, StateMachine::logs))
        .orElseGet(() -> level.absent(false));
    return List.of(new StateMachine(machine, logging));
  }
}

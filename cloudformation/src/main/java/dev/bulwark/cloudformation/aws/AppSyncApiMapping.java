package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.GraphqlApi;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.NullValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AWS::AppSync::GraphQLApi} and SAM's {@code AWS::Serverless::GraphQLApi}: resolvers log to CloudWatch Logs
 * when the {@code FieldLogLevel} of its {@code LogConfig} (SAM: {@code Logging}) is not {@code NONE}. Without
 * {@code LogConfig} the API logs nothing; without {@code Logging}, SAM turns logging on at level {@code ALL}, and
 * {@code Logging: false} turns it off. A configuration without a level is unknown (the AppSync API requires one).
 */
final class AppSyncApiMapping implements ModelMapping {
  private static final String SAM = "AWS::Serverless::GraphQLApi";

  @Override
  public Set<String> types() {
    return Set.of("AWS::AppSync::GraphQLApi", SAM);
  }

  @Override
  public List<CloudModel> map(Resource api, Stack stack) {
    return List.of(new GraphqlApi(api, api.type().equals(SAM) ? samLogging(api) : logging(api, "LogConfig")));
  }

  /** SAM's {@code Logging}: on by default, off when {@code false}, else a configuration read as CloudFormation's. */
  private static Fact samLogging(Resource api) {
    Optional<MapEntry> entry = api.attributes().entry("Logging").filter(e -> !(e.value() instanceof NullValue));
    if (entry.isEmpty()) {
      return Fact.byDefault(true, "Logging", api.range());
    }
    Value value = entry.get().value();
    if (value instanceof MapValue) {
      return logging(api, "Logging");
    }
    return value.asBoolean()
        .map(on -> Fact.known(on, "Logging", entry.get().range(), value.origin()))
        .orElseGet(() -> Fact.unknown("Logging", entry.get().range(), value.origin()));
  }

  private static Fact logging(Resource api, String configuration) {
    NestedProperty level = NestedProperty.of(api, configuration, "FieldLogLevel");
    return level.entry().map(entry -> Fact.ofText(entry, GraphqlApi::logs))
        .orElseGet(() -> level.key().equals(configuration) ? level.absent(false)
            : Fact.unknown(level.key(), level.range(), List.of()));
  }
}

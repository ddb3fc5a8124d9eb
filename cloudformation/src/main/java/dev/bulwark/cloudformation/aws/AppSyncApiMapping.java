package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.GraphqlApi;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::AppSync::GraphQLApi}: resolvers log to CloudWatch Logs when its {@code LogConfig.FieldLogLevel} is not
 * {@code NONE}; without {@code LogConfig} the API logs nothing. A {@code LogConfig} without a level is unknown (the
 * AppSync API requires one).
 */
final class AppSyncApiMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("AWS::AppSync::GraphQLApi");
  }

  @Override
  public List<CloudModel> map(Resource api, ResourceGraph graph) {
    NestedProperty level = NestedProperty.of(api, "LogConfig", "FieldLogLevel");
    Fact logging = level.entry().map(entry -> Fact.ofText(entry, GraphqlApi::logs))
        .orElseGet(() -> level.key().equals("LogConfig") ? level.absent(false)
            : Fact.unknown(level.key(), level.range(), List.of()));
    return List.of(new GraphqlApi(api, logging));
  }
}

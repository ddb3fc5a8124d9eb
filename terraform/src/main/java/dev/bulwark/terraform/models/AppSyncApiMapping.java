package dev.bulwark.terraform.models;

import dev.bulwark.core.Range;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.GraphqlApi;
import dev.bulwark.core.value.MapValue;
import java.util.List;
import java.util.Set;

/**
 * {@code aws_appsync_graphql_api}: resolvers log to CloudWatch Logs when its {@code log_config}'s
 * {@code field_log_level} is not {@code NONE}; without {@code log_config} the API logs nothing. The level is required
 * in the block, so a block without one is unknown.
 */
final class AppSyncApiMapping implements ModelMapping {
  @Override
  public Set<String> types() {
    return Set.of("aws_appsync_graphql_api");
  }

  @Override
  public List<CloudModel> map(Resource api, Module module) {
    return List.of(new GraphqlApi(api,
        NestedBlocks.first(api.attributes(), "log_config", api.range(), AppSyncApiMapping::level)));
  }

  private static Fact level(MapValue config, Range at) {
    return config.entry("field_log_level").map(level -> Fact.ofText(level, GraphqlApi::logs))
        .orElseGet(() -> Fact.unknown("field_log_level", at, List.of()));
  }
}

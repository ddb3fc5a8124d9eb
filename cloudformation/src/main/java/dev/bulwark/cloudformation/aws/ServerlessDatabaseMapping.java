package dev.bulwark.cloudformation.aws;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.graph.ResourceGraph;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * Databases whose only exposure setting is {@code PubliclyAccessible} (false by default): a Redshift Serverless
 * workgroup ({@code AWS::RedshiftServerless::Workgroup}, whose storage Redshift Serverless always encrypts) and a
 * Lightsail database ({@code AWS::Lightsail::Database}, whose encryption is not a setting).
 */
final class ServerlessDatabaseMapping implements ModelMapping {
  private static final String WORKGROUP = "AWS::RedshiftServerless::Workgroup";

  @Override
  public Set<String> types() {
    return Set.of(WORKGROUP, "AWS::Lightsail::Database");
  }

  @Override
  public List<CloudModel> map(Resource database, ResourceGraph graph) {
    Fact encrypted = database.type().equals(WORKGROUP)
        ? Fact.byDefault(true, "encryption", database.range())
        : Fact.unknown("encryption", database.range(), List.of());
    return List.of(new DatabaseInstance(database,
        Fact.of(database.attributes(), "PubliclyAccessible", false, database.range()), encrypted));
  }
}

package dev.bulwark.terraform.models;

import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import java.util.List;
import java.util.Set;

/**
 * Databases whose only exposure setting is {@code publicly_accessible} (false by default): a Redshift Serverless
 * workgroup ({@code aws_redshiftserverless_workgroup}, whose storage Redshift Serverless always encrypts) and a
 * Lightsail database ({@code aws_lightsail_database}, whose encryption is not a setting).
 */
final class ServerlessDatabaseMapping implements ModelMapping {
  private static final String WORKGROUP = "aws_redshiftserverless_workgroup";

  @Override
  public Set<String> types() {
    return Set.of(WORKGROUP, "aws_lightsail_database");
  }

  @Override
  public List<CloudModel> map(Resource database, Module module) {
    Fact encrypted = database.type().equals(WORKGROUP)
        ? Fact.byDefault(true, "encryption", database.range())
        : Fact.unknown("encryption", database.range(), List.of());
    return List.of(new DatabaseInstance(database,
        Fact.of(database.attributes(), "publicly_accessible", false, database.range()), encrypted));
  }
}

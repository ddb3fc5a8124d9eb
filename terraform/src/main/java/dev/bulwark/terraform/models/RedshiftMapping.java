package dev.bulwark.terraform.models;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.DatabaseInstance;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.KmsKeys;
import dev.bulwark.core.model.TrafficEncryption;
import dev.bulwark.core.value.MapValue;
import dev.bulwark.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws_redshift_cluster}, with an {@code aws_redshift_logging} whose {@code cluster_identifier} refers to it or
 * names it. Defaults (AWS provider v6, in line with the Redshift API since January 2025): {@code publicly_accessible}
 * false, {@code encrypted} true. Releases before 6.0 default {@code publicly_accessible} to true and send it, so a
 * cluster the configuration holds to such a release is public without it; they send {@code encrypted} only when
 * true, which leaves encryption to the API's default. Audit logging is on with a {@code logging} block whose
 * {@code enable} is true (the block of provider v5) or an attached {@code aws_redshift_logging}; off otherwise.
 * Connections are encrypted as its parameter group's {@code require_ssl} says ({@link ClusterParameterGroup}): the
 * default groups ({@code default.redshift-1.0}, used without {@code cluster_parameter_group_name}) leave it false, a
 * group of the module is read for it (false without it), and a group the module does not declare is unknown.
 */
final class RedshiftMapping implements ModelMapping {
  private static final String CLUSTER = "aws_redshift_cluster";
  private static final String LOGGING = "aws_redshift_logging";
  private static final String PUBLICLY_ACCESSIBLE = "publicly_accessible";
  private static final int PRIVATE_BY_DEFAULT = 6;

  @Override
  public Set<String> types() {
    return Set.of(CLUSTER);
  }

  @Override
  public List<CloudModel> map(Resource cluster, Module module) {
    MapValue attributes = cluster.attributes();
    return List.of(new DatabaseInstance(cluster, publiclyAccessible(cluster, module),
        Fact.of(attributes, "encrypted", true, cluster.range()),
        List.of(), logging(cluster, module))
            .withKey(KmsKeys.customerManaged(attributes, "kms_key_id", cluster.range())),
        new TrafficEncryption(cluster, ClusterParameterGroup.setting(cluster, module, "cluster_parameter_group_name",
            "aws_redshift_parameter_group", "require_ssl", Value::asBoolean)));
  }

  private static Fact publiclyAccessible(Resource cluster, Module module) {
    Optional<RelatedLocation> olderRelease = module.versions()
        .before("aws", PRIVATE_BY_DEFAULT, "`" + PUBLICLY_ACCESSIBLE + "` defaults to true");
    Fact fact = Fact.of(cluster.attributes(), PUBLICLY_ACCESSIBLE, olderRelease.isPresent(), cluster.range());
    return fact.byDefault() && olderRelease.isPresent()
        ? Fact.byDefault(true, PUBLICLY_ACCESSIBLE, fact.range(), List.of(olderRelease.get()))
        : fact;
  }

  private static Fact logging(Resource cluster, Module module) {
    NestedBlocks inline = NestedBlocks.of(cluster.attributes(), "logging");
    if (!inline.isMissing()) {
      List<MapValue> blocks = inline.known();
      return blocks.isEmpty()
          ? inline.presence("logging")
          : Fact.of(blocks.get(0), "enable", false, blocks.get(0).range());
    }
    Attachments attachments = module.attachments(LOGGING, "cluster_identifier", Set.of(CLUSTER),
        Optional.of("cluster_identifier"));
    List<Resource> attached = attachments.to(cluster);
    if (!attached.isEmpty()) {
      return Fact.known(true, LOGGING, attached.get(0).range(), List.of());
    }
    return attachments.ambiguous()
        ? Fact.unknown("logging", cluster.range(), List.of())
        : Fact.byDefault(false, "logging", cluster.range());
  }
}

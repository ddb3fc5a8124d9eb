package dev.bulwark.terraform.models;

import dev.bulwark.core.RelatedLocation;
import dev.bulwark.core.graph.Resource;
import dev.bulwark.core.model.CloudModel;
import dev.bulwark.core.model.CustomerKeyed;
import dev.bulwark.core.model.DataStore;
import dev.bulwark.core.model.DatasetAccess;
import dev.bulwark.core.model.EncryptedAtRest;
import dev.bulwark.core.model.Fact;
import dev.bulwark.core.model.Truth;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.NullValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Snapshots that copy their source's data as it is stored: {@code aws_ebs_snapshot} of an {@code aws_ebs_volume}
 * ({@code volume_id}), {@code aws_db_snapshot} of an {@code aws_db_instance} ({@code db_instance_identifier}) and
 * {@code aws_db_cluster_snapshot}, {@code aws_docdb_cluster_snapshot} and {@code aws_neptune_cluster_snapshot} of
 * an {@code aws_rds_cluster}, {@code aws_docdb_cluster} or {@code aws_neptune_cluster}
 * ({@code db_cluster_identifier}). A snapshot is
 * encrypted, with the same key, exactly when its source is; the snapshot has no setting of its own, so a finding
 * points at its header, with the source's setting as a related location. A source the unit does not declare makes
 * both unknown. A database snapshot whose {@code shared_accounts} name {@code all} is public: any AWS account can
 * copy or restore it ({@link DatasetAccess}).
 */
final class SnapshotMapping implements ModelMapping {
  private record Source(String attribute, String type, ModelMapping mapping) {}

  private static final Map<String, Source> SOURCES = Map.of(
      "aws_ebs_snapshot", new Source("volume_id", "aws_ebs_volume", new EbsVolumeMapping()),
      "aws_db_snapshot", new Source("db_instance_identifier", "aws_db_instance", new DbInstanceMapping()),
      "aws_db_cluster_snapshot", new Source("db_cluster_identifier", "aws_rds_cluster", new DbClusterMapping()),
      "aws_docdb_cluster_snapshot", new Source("db_cluster_identifier", "aws_docdb_cluster", new DbClusterMapping()),
      "aws_neptune_cluster_snapshot",
      new Source("db_cluster_identifier", "aws_neptune_cluster", new DbClusterMapping()));

  @Override
  public Set<String> types() {
    return SOURCES.keySet();
  }

  @Override
  public List<CloudModel> map(Resource snapshot, Module module) {
    Source source = SOURCES.get(snapshot.type());
    Optional<CloudModel> model = module.referredTo(snapshot, source.attribute()).stream()
        .filter(target -> target.type().equals(source.type()))
        .findFirst()
        .flatMap(target -> source.mapping().map(target, module).stream().findFirst());
    Fact encrypted = model.filter(EncryptedAtRest.class::isInstance)
        .map(found -> copied(((EncryptedAtRest) found).encryptedAtRest(), found, snapshot, source))
        .orElseGet(() -> Fact.unknown(source.attribute(), snapshot.range(), List.of()));
    Fact customerKey = model.filter(CustomerKeyed.class::isInstance)
        .map(found -> copied(((CustomerKeyed) found).customerManagedKey(), found, snapshot, source))
        .orElseGet(() -> Fact.unknown(source.attribute(), snapshot.range(), List.of()));
    DataStore store = new DataStore(snapshot, DataStore.SNAPSHOT, encrypted, customerKey);
    Optional<MapEntry> shared = snapshot.attribute("shared_accounts")
        .filter(entry -> !(entry.value() instanceof NullValue));
    return snapshot.type().equals("aws_ebs_snapshot") ? List.of(store)
        : List.of(store, DatasetAccess.of(snapshot, shared.stream().toList(), true, DatasetAccess.AWS_EVERYONE));
  }

  /** The source's fact, as a fact about the snapshot: at its header, with the source's setting as its origin. */
  private static Fact copied(Fact fact, CloudModel source, Resource snapshot, Source kind) {
    if (fact.truth() == Truth.UNKNOWN) {
      return Fact.unknown(kind.attribute(), snapshot.range(), List.of());
    }
    List<RelatedLocation> origin = new ArrayList<>();
    origin.add(new RelatedLocation(fact.range(), "`" + source.resource().address() + "`, the snapshot's source, "
        + (fact.byDefault() ? "leaves `" + fact.attribute() + "` unset" : "sets `" + fact.attribute() + "` here")));
    origin.addAll(fact.origin());
    return Fact.known(fact.isTrue(), kind.attribute(), snapshot.range(), origin);
  }
}

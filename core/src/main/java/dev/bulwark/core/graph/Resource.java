package dev.bulwark.core.graph;

import dev.bulwark.core.Range;
import dev.bulwark.core.value.MapEntry;
import dev.bulwark.core.value.MapValue;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of the shared graph.
 *
 * @param id         unit and address, e.g. {@code module.db.aws_db_instance.this}, {@code MyDatabase}
 * @param format     the front end's format, e.g. {@code terraform}
 * @param kind       what the node declares
 * @param type       the native type, e.g. {@code aws_db_instance}, {@code AWS::RDS::DBInstance}
 * @param range       the header: where a finding about a missing attribute points (CloudFormation's
 *                    {@code Properties:}, where the attribute is to be added)
 * @param declaration where the resource is declared (a Terraform block header, a CloudFormation logical ID, an
 *                    Ansible task): where a finding about a missing companion resource, such as a flow log,
 *                    points, and where a suppression comment above it applies to the whole resource
 * @param attributes  the located attributes
 */
public record Resource(
    ResourceId id, String format, ResourceKind kind, String type, Range range, Range declaration,
    MapValue attributes) {

  public Resource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(declaration, "declaration");
    Objects.requireNonNull(attributes, "attributes");
  }

  /** A resource whose header is where it is declared. */
  public Resource(ResourceId id, String format, ResourceKind kind, String type, Range range, MapValue attributes) {
    this(id, format, kind, type, range, range, attributes);
  }

  /** The address within its unit. */
  public String address() {
    return id.address();
  }

  /** The attribute entry named {@code name}, if present. */
  public Optional<MapEntry> attribute(String name) {
    return attributes.entry(name);
  }
}

package dev.bulwark.core.graph;

import java.util.Objects;

/**
 * Identifies a resource within a scan: the unit it was analysed in (a Terraform root module folder, a
 * CloudFormation template, an Ansible playbook) and its address within that unit.
 */
public record ResourceId(String unit, String address) implements Comparable<ResourceId> {
  public ResourceId {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(address, "address");
  }

  @Override
  public int compareTo(ResourceId other) {
    int byUnit = unit.compareTo(other.unit);
    return byUnit != 0 ? byUnit : address.compareTo(other.address);
  }

  @Override
  public String toString() {
    return unit.isEmpty() ? address : unit + "#" + address;
  }
}

package dev.bulwark.core.model;

/** Which traffic a firewall rule governs. */
public enum Direction {
  INGRESS,
  EGRESS
}

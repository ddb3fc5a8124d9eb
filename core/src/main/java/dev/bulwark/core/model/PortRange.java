package dev.bulwark.core.model;

/** An inclusive range of ports. */
public record PortRange(int from, int to) {
  /** Every port. */
  public static final PortRange ALL = new PortRange(0, 65535);

  public PortRange {
    if (from > to) {
      throw new IllegalArgumentException("port range " + from + "-" + to);
    }
  }

  /** Whether {@code port} is in the range. */
  public boolean contains(int port) {
    return from <= port && port <= to;
  }

  /** Whether the range covers every port. */
  public boolean isAll() {
    return from <= 0 && to >= 65535;
  }

  @Override
  public String toString() {
    return isAll() ? "all ports" : from == to ? "port " + from : "ports " + from + "-" + to;
  }
}

package dev.bulwark.core.model;

import java.util.Locale;

/** An IP protocol as a firewall rule names it. */
public enum Protocol {
  TCP,
  UDP,
  ICMP,
  ICMPV6,
  /** Every protocol (AWS {@code -1} or {@code all}). */
  ALL,
  OTHER;

  /**
   * Parses a protocol name or IANA number as AWS and others write it: {@code tcp}, {@code 6}, {@code -1}, {@code all}.
   */
  public static Protocol parse(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "-1", "all", "*", "any" -> ALL;
      case "tcp", "6" -> TCP;
      case "udp", "17" -> UDP;
      case "icmp", "1" -> ICMP;
      case "icmpv6", "58" -> ICMPV6;
      default -> OTHER;
    };
  }

  /** Whether traffic of {@code protocol} is covered by a rule for this protocol. */
  public boolean covers(Protocol protocol) {
    return this == ALL || this == protocol;
  }
}

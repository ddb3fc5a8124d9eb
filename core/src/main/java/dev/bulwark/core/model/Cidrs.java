package dev.bulwark.core.model;

import java.util.Locale;

/** Address-range helpers shared by the models and rules. */
public final class Cidrs {
  private Cidrs() {}

  /** Whether {@code cidr} stands for every IPv4 or every IPv6 address, e.g. {@code 0.0.0.0/0} or {@code ::/0}. */
  public static boolean isInternet(String cidr) {
    String text = cidr.trim().toLowerCase(Locale.ROOT);
    int slash = text.indexOf('/');
    if (slash < 0 || !text.substring(slash + 1).equals("0")) {
      return false;
    }
    String address = text.substring(0, slash);
    return address.equals("0.0.0.0") || address.chars().allMatch(c -> c == '0' || c == ':') && address.contains(":");
  }
}

package dev.bulwark.core.model;

import java.util.Locale;
import java.util.Set;

/** Address-range helpers shared by the models and rules. */
public final class Cidrs {
  /** Azure's names for every address: any address, and the {@code Internet} service tag. */
  private static final Set<String> EVERY_ADDRESS = Set.of("*", "any", "internet");

  private Cidrs() {}

  /**
   * Whether {@code cidr} stands for every IPv4 or every IPv6 address: {@code 0.0.0.0/0} or {@code ::/0} (in any
   * spelling of the zero address), or Azure's {@code *}, {@code Any} or {@code Internet}. A malformed range with
   * address bits beyond its prefix (e.g. {@code 1.2.3.4/0}, or {@code /0} without address) is not: the provider
   * rejects or rewrites it, so what it means cannot be told from the file.
   */
  public static boolean isInternet(String cidr) {
    String text = cidr.trim().toLowerCase(Locale.ROOT);
    if (EVERY_ADDRESS.contains(text)) {
      return true;
    }
    int slash = text.indexOf('/');
    if (slash < 0 || !text.substring(slash + 1).equals("0")) {
      return false;
    }
    String address = text.substring(0, slash);
    return address.equals("0.0.0.0") || address.chars().allMatch(c -> c == '0' || c == ':') && address.contains(":");
  }
}

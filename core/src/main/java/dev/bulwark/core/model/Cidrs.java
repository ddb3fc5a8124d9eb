package dev.bulwark.core.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Address-range helpers shared by the models and rules. */
public final class Cidrs {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*");
  /** Azure's names for every address: any address, and the {@code Internet} service tag. */
  private static final Set<String> EVERY_ADDRESS = Set.of("*", "any", "internet");

  private Cidrs() {}

  /**
   * Whether {@code cidr} stands for every IPv4 or every IPv6 address: a prefix of length 0 such as
   * {@code 0.0.0.0/0} or {@code ::/0}, whatever its address bits (a prefix of length 0 matches every address, as
   * CIDR matchers read {@code 10.0.0.1/0}), or Azure's {@code *}, {@code Any} or {@code Internet}. A {@code /0}
   * without an address is malformed, not the internet.
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
    return IPV4.matcher(address).matches() || IPV6.matcher(address).matches();
  }
}

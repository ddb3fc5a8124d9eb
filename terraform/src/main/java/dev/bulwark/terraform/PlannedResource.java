package dev.bulwark.terraform;

import dev.bulwark.core.graph.Resource;
import java.util.regex.Pattern;

/**
 * A resource instance of a plan with the module instance it is in.
 *
 * @param module the module instance's address with a trailing dot, {@code module.a[0].}, or {@code ""} at the root
 */
record PlannedResource(Resource resource, String module) {
  /** An instance key, {@code [0]} or {@code ["a"]}, quoted brackets inside it allowed. */
  private static final Pattern KEY = Pattern.compile("\\[(?:\"(?:[^\"\\\\]|\\\\.)*\"|[^\\]\"]*)]");

  /** The instance key, {@code [0]} or {@code ["a"]}, or {@code ""} for a resource without one. */
  String key() {
    String own = ownAddress();
    int open = own.indexOf('[');
    return open < 0 ? "" : own.substring(open);
  }

  /** The address in the configuration: module calls and resource without instance keys. */
  String configAddress() {
    String own = ownAddress();
    int open = own.indexOf('[');
    return KEY.matcher(module).replaceAll("") + (open < 0 ? own : own.substring(0, open));
  }

  /** The module call path in the configuration, {@code module.a.module.b}, or {@code ""} at the root. */
  String modulePath() {
    String path = KEY.matcher(module).replaceAll("");
    return path.isEmpty() ? path : path.substring(0, path.length() - 1);
  }

  private String ownAddress() {
    String address = resource.address();
    return address.startsWith(module) ? address.substring(module.length()) : address;
  }
}

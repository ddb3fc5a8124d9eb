package dev.bulwark.terraform;

/**
 * The key of one instance of a resource or module with {@code count} ({@code [0]}) or {@code for_each}
 * ({@code ["key"]}); none for a single instance, and for the one instance that stands for all when the count or
 * the keys are unknown.
 */
record InstanceKey(Object key) {
  static final InstanceKey NONE = new InstanceKey(null);

  static InstanceKey of(int index) {
    return new InstanceKey(index);
  }

  static InstanceKey of(String key) {
    return new InstanceKey(key);
  }

  /** What follows the name in the instance's address: {@code [0]}, {@code ["key"]}, or nothing. */
  String suffix() {
    if (key == null) {
      return "";
    }
    if (key instanceof Integer index) {
      return "[" + index + "]";
    }
    return "[\"" + key.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }
}

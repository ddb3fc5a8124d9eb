package dev.bulwark.core.frontend;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The context of one scan: its settings and the values its units share. */
final class ScanContext implements AnalysisContext {
  private final ScanSettings settings;
  private final Map<Object, Object> shared = new ConcurrentHashMap<>();

  ScanContext(ScanSettings settings) {
    this.settings = settings;
  }

  @Override
  public ScanSettings settings() {
    return settings;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T shared(Object key, Supplier<T> compute) {
    Object value = shared.get(key);
    if (value == null) {
      Object computed = compute.get();
      Object previous = shared.putIfAbsent(key, computed);
      value = previous != null ? previous : computed;
    }
    return (T) value;
  }
}

package dev.bulwark.core.frontend;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The context of one scan: its settings, its base directory and the values its units share. */
final class ScanContext implements AnalysisContext {
  private final ScanSettings settings;
  private final Path baseDirectory;
  private final Map<Object, Object> shared = new ConcurrentHashMap<>();

  ScanContext(ScanSettings settings, Path baseDirectory) {
    this.settings = settings;
    this.baseDirectory = baseDirectory;
  }

  @Override
  public ScanSettings settings() {
    return settings;
  }

  @Override
  public Path baseDirectory() {
    return baseDirectory;
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

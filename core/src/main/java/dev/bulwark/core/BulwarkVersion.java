package dev.bulwark.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build of Bulwark, written into {@code version.properties} by Maven. */
public final class BulwarkVersion {
  private static final String VERSION = read();

  private BulwarkVersion() {}

  /** The version, e.g. {@code 0.1.0}. */
  public static String current() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = BulwarkVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the build");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

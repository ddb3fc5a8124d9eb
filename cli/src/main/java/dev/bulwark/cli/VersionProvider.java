package dev.bulwark.cli;

import dev.bulwark.core.BulwarkVersion;
import picocli.CommandLine.IVersionProvider;

/** The version Maven stamped into the build. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"bulwark " + BulwarkVersion.current()};
  }
}

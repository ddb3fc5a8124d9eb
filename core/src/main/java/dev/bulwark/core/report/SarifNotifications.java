package dev.bulwark.core.report;

import dev.bulwark.core.Diagnostic;
import java.util.List;
import java.util.Locale;

/** Diagnostics and reporting notes as SARIF tool execution notifications. */
final class SarifNotifications {
  private SarifNotifications() {}

  static Sarif.Notification of(Diagnostic diagnostic, SarifLocations locations) {
    List<Sarif.Location> where = diagnostic.file().isEmpty() ? null : List.of(new Sarif.Location(null,
        diagnostic.range().map(locations::region).orElseGet(() -> locations.file(diagnostic.file())), null, null));
    return new Sarif.Notification(diagnostic.level().name().toLowerCase(Locale.ROOT),
        Sarif.Text.plain(diagnostic.message()), new Sarif.DescriptorReference(diagnostic.code()), where);
  }

  static Sarif.Notification warning(String code, String message) {
    return new Sarif.Notification("warning", Sarif.Text.plain(message), new Sarif.DescriptorReference(code), null);
  }
}

package dev.bulwark.ansible;

import dev.bulwark.core.document.DocNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code group_vars} and {@code host_vars} files of a project. Those beside a playbook apply to its plays:
 * {@code all} always, a group's or host's own file when the play targets exactly that group or host. The
 * others (another group's, or an inventory's, which depends on the inventory used) may or may not apply: a
 * variable they define is unknown unless something of higher precedence sets it.
 */
final class InventoryVars {
  private static final Pattern SIMPLE_PATTERN = Pattern.compile("[A-Za-z0-9_.-]+");

  /**
   * One file: whether it holds group or host vars, for which name, in which folder, and its variables as a layer
   * that applies and as one that may apply.
   */
  private record Source(boolean host, String name, String folder, Layer applies, Layer mayApply) {
    static Source of(boolean host, String name, String folder, DocNode.Mapping variables) {
      Precedence precedence = host
          ? Precedence.HOST_VARS
          : name.equals("all") ? Precedence.GROUP_VARS_ALL : Precedence.GROUP_VARS;
      return new Source(host, name, folder, Layer.of(precedence, variables, true),
          Layer.of(precedence, variables, false));
    }
  }

  private final List<Source> sources = new ArrayList<>();

  InventoryVars(ProjectFiles files, Map<String, FileKind> kinds) {
    for (AnsibleFile file : files.all()) {
      if (kinds.get(file.path()) != FileKind.VARS || file.mapping().isEmpty()) {
        continue;
      }
      String[] segments = file.path().split("/");
      for (int i = segments.length - 2; i >= 0; i--) {
        if (segments[i].equals("group_vars") || segments[i].equals("host_vars")) {
          String name = i == segments.length - 2 ? Paths.stem(file.path()) : segments[i + 1];
          String folder = String.join("/", List.of(segments).subList(0, i));
          sources.add(Source.of(segments[i].equals("host_vars"), name, folder, file.mapping().get()));
          break;
        }
      }
    }
  }

  /** The layers for a play in {@code playbookDir} whose {@code hosts} pattern is {@code hosts}. */
  List<Layer> layers(String playbookDir, String hosts) {
    boolean single = SIMPLE_PATTERN.matcher(hosts).matches();
    List<Layer> layers = new ArrayList<>();
    for (Source source : sources) {
      boolean beside = source.folder().equals(playbookDir);
      boolean named = source.name().equals(hosts) && single;
      boolean applies = beside && (named || !source.host() && source.name().equals("all"));
      layers.add(applies ? source.applies() : source.mayApply());
    }
    return layers;
  }
}

package dev.bulwark.ansible;

import dev.bulwark.core.frontend.AnalysisContext;
import dev.bulwark.core.frontend.AnalysisUnit;
import dev.bulwark.core.frontend.Frontend;
import dev.bulwark.core.frontend.SourceFile;
import dev.bulwark.core.frontend.UnitResult;
import java.util.List;

/**
 * The Ansible front end: playbooks, roles and task files whose tasks call cloud modules, with Jinja variables
 * resolved. It claims every {@code .yml} and {@code .yaml} file and decides by place and content which are
 * Ansible; the others (CloudFormation templates, Kubernetes manifests, ...) are skipped without a word. Each
 * playbook is the unit of the resources it reaches; roles and task files no playbook reaches are units of their
 * own.
 */
public final class AnsibleFrontend implements Frontend {
  /** The format name of Ansible resources. */
  public static final String FORMAT = "ansible";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean claims(String relativePath) {
    return Paths.isYaml(relativePath);
  }

  @Override
  public List<AnalysisUnit> group(List<SourceFile> files) {
    return Projects.group(files);
  }

  @Override
  public UnitResult analyze(AnalysisUnit unit, AnalysisContext context) {
    return new ProjectAnalysis(unit, context).run();
  }
}

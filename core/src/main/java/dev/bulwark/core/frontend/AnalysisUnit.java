package dev.bulwark.core.frontend;

import java.util.List;
import java.util.Objects;

/**
 * The files a front end analyses together because names resolve across them: a Terraform module folder, one
 * CloudFormation template, one Ansible playbook with its roles.
 *
 * @param name  the unit's name, the {@code unit} of its resources' ids (e.g. the folder's relative path)
 * @param files the unit's files in a stable order
 */
public record AnalysisUnit(String name, List<SourceFile> files) {
  public AnalysisUnit {
    Objects.requireNonNull(name, "name");
    files = List.copyOf(files);
  }

  /** The total size of the unit's files, used to schedule large units first. */
  public long size() {
    return files.stream().mapToLong(SourceFile::size).sum();
  }
}

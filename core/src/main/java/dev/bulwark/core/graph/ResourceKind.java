package dev.bulwark.core.graph;

/** What a node of the graph declares, in terms common to all formats. */
public enum ResourceKind {
  /** A managed cloud resource (Terraform {@code resource}, a CloudFormation resource, an Ansible task). */
  MANAGED,
  /** A read-only lookup (Terraform {@code data}). */
  DATA,
  /** A call of a module (Terraform {@code module}). */
  MODULE_CALL,
  /** An input (Terraform {@code variable}, CloudFormation parameter). */
  INPUT,
  /** Named local values (Terraform {@code locals}). */
  LOCALS,
  /** An output. */
  OUTPUT,
  /** Provider configuration. */
  PROVIDER
}

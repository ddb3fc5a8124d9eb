package dev.bulwark.ansible;

/**
 * Where a variable is defined, from lowest to highest precedence, as Ansible documents variable precedence.
 * {@link #OUTSIDE} stands for everything a unit analysed on its own cannot see (the playbook that would include
 * it, the inventory): it answers "unknown" for any name.
 */
enum Precedence {
  OUTSIDE("outside this unit"),
  ROLE_DEFAULTS("role defaults"),
  GROUP_VARS_ALL("group_vars/all"),
  GROUP_VARS("group_vars"),
  HOST_VARS("host_vars"),
  PLAY_VARS("play vars"),
  VARS_PROMPT("vars_prompt"),
  VARS_FILES("vars_files"),
  ROLE_VARS("role vars"),
  BLOCK_VARS("block vars"),
  TASK_VARS("task vars"),
  INCLUDE_VARS("include_vars"),
  FACTS("set_fact or register"),
  ROLE_PARAMS("role parameters"),
  INCLUDE_PARAMS("include parameters"),
  EXTRA_VARS("extra vars"),
  LOOP("loop variable"),
  SPECIAL("special variable");

  private final String label;

  Precedence(String label) {
    this.label = label;
  }

  /** How a finding's related location names this source, e.g. "play vars". */
  String label() {
    return label;
  }
}

package dev.bulwark.cloudformation;

import dev.bulwark.core.Range;

/** Receives the resources an evaluated value refers to ({@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub}). */
@FunctionalInterface
interface References {
  /** Ignores references, for values evaluated only to decide a condition. */
  References NONE = (logicalId, path, range) -> { };

  /** Resource {@code logicalId} is referred to at {@code range} within the attribute at {@code path}. */
  void refer(String logicalId, String path, Range range);
}

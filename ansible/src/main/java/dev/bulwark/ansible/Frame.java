package dev.bulwark.ansible;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a walk is: the file whose tasks it reads, the role they belong to, the address of the current task list
 * within the unit, the module defaults in force, whether its tasks inherit check mode ({@link CheckMode}), and the
 * files and roles entered on the way (to stop cycles).
 */
record Frame(String file, Optional<Role> role, String address, ModuleDefaults defaults, boolean checkMode,
    List<String> stack) {
  Frame {
    stack = List.copyOf(stack);
  }

  /** The address of {@code segment} below this frame's address. */
  String at(String segment) {
    return address.isEmpty() ? segment : address + "." + segment;
  }

  Frame withAddress(String newAddress) {
    return new Frame(file, role, newAddress, defaults, checkMode, stack);
  }

  Frame withDefaults(ModuleDefaults newDefaults) {
    return new Frame(file, role, address, newDefaults, checkMode, stack);
  }

  Frame withCheckMode(boolean inherited) {
    return new Frame(file, role, address, defaults, inherited, stack);
  }

  /** A frame for the tasks of {@code newFile} (in {@code newRole}), entered from this one. */
  Frame enter(String newFile, Optional<Role> newRole, String newAddress, String entered) {
    List<String> deeper = new ArrayList<>(stack);
    deeper.add(entered);
    return new Frame(newFile, newRole, newAddress, defaults, checkMode, deeper);
  }
}

package dev.bulwark.core.scan;

import dev.bulwark.core.Diagnostic;
import dev.bulwark.core.frontend.SourceFile;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Walks the scan's paths and lists regular files; skips hidden and dependency folders. */
final class FileDiscovery {
  private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules");

  private final Path baseDirectory;
  private final PathFilter filter;
  private final List<SourceFile> files = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<Path> seen = new HashSet<>();

  private FileDiscovery(Path baseDirectory, PathFilter filter) {
    this.baseDirectory = baseDirectory;
    this.filter = filter;
  }

  record Discovered(List<SourceFile> files, List<Diagnostic> diagnostics) {}

  static Discovered discover(List<Path> paths, Path baseDirectory, PathFilter filter) {
    FileDiscovery discovery = new FileDiscovery(baseDirectory, filter);
    for (Path path : paths) {
      discovery.walk(path.toAbsolutePath().normalize());
    }
    discovery.files.sort(Comparator.comparing(SourceFile::relativePath));
    return new Discovered(List.copyOf(discovery.files), List.copyOf(discovery.diagnostics));
  }

  private void walk(Path root) {
    if (!Files.exists(root)) {
      diagnostics.add(Diagnostic.forFile(Diagnostic.Level.ERROR, "path-not-found",
          "path does not exist: " + root, relative(root)));
      return;
    }
    try {
      Files.walkFileTree(root, Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new Visitor(root));
    } catch (IOException e) {
      diagnostics.add(Diagnostic.unreadable(relative(root), e));
    }
  }

  private String relative(Path path) {
    Path relative = path.startsWith(baseDirectory) ? baseDirectory.relativize(path) : path;
    return relative.toString().replace(path.getFileSystem().getSeparator(), "/");
  }

  private final class Visitor extends SimpleFileVisitor<Path> {
    private final Path root;

    Visitor(Path root) {
      this.root = root;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (dir.equals(root)) {
        return FileVisitResult.CONTINUE;
      }
      String name = dir.getFileName().toString();
      boolean skipped = name.startsWith(".") || SKIPPED_FOLDERS.contains(name)
          || (dir.startsWith(baseDirectory) && !filter.walks(baseDirectory.relativize(dir)));
      return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      boolean wanted = !file.startsWith(baseDirectory) || filter.scans(baseDirectory.relativize(file));
      if (attrs.isRegularFile() && wanted && seen.add(realPath(file))) {
        files.add(new SourceFile(file, relative(file), attrs.size()));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      String code = e instanceof FileSystemLoopException ? "symlink-loop" : "unreadable";
      String message = e instanceof FileSystemLoopException
          ? "symbolic link loop, not followed"
          : "cannot read: " + e.getMessage();
      diagnostics.add(Diagnostic.forFile(Diagnostic.Level.WARNING, code, message, relative(file)));
      return FileVisitResult.CONTINUE;
    }
  }

  private static Path realPath(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file;
    }
  }
}

package dev.bulwark.terraform.hcl;

import dev.bulwark.terraform.hcl.TemplatePiece.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes the common indentation of a {@code <<-} heredoc, as hclsyntax does: the smallest number of leading white
 * space characters over the lines that start with text is removed from each of those lines. Blank lines do not count
 * and are left alone; a line that starts with an interpolation or directive has no indentation, so nothing is removed.
 */
final class HeredocIndent {
  private HeredocIndent() {}

  static void apply(List<TemplatePiece> pieces) {
    int indent = Integer.MAX_VALUE;
    List<Integer> indented = new ArrayList<>();
    boolean lineStart = true;
    for (int i = 0; i < pieces.size(); i++) {
      TemplatePiece piece = pieces.get(i);
      if (lineStart) {
        if (piece instanceof Text text) {
          int spaces = UnicodeSpace.leading(text.value());
          if (spaces < text.value().length() || !text.endsLine()) {
            indent = Math.min(indent, spaces);
            indented.add(i);
          }
        } else {
          indent = 0;
        }
      }
      lineStart = piece instanceof Text text && text.endsLine();
    }
    for (int i : indented) {
      Text text = (Text) pieces.get(i);
      pieces.set(i, new Text(text.value().substring(indent), text.start() + indent, text.end()));
    }
  }
}

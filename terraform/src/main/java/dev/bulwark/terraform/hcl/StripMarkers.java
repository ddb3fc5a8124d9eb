package dev.bulwark.terraform.hcl;

import dev.bulwark.terraform.hcl.TemplatePiece.Sequence;
import dev.bulwark.terraform.hcl.TemplatePiece.Text;
import java.util.List;

/**
 * Applies strip markers: <code>${~</code> and <code>%{~</code> remove the white space at the end of the text piece
 * just before, <code>~}</code> the white space at the start of the text piece just after.
 */
final class StripMarkers {
  private StripMarkers() {}

  static void apply(List<TemplatePiece> pieces) {
    for (int i = 0; i < pieces.size(); i++) {
      if (!(pieces.get(i) instanceof Sequence sequence)) {
        continue;
      }
      if (sequence.stripBefore() && i > 0 && pieces.get(i - 1) instanceof Text text) {
        String value = text.value();
        pieces.set(i - 1, text.withValue(value.substring(0, value.length() - UnicodeSpace.trailing(value))));
      }
      if (sequence.stripAfter() && i + 1 < pieces.size() && pieces.get(i + 1) instanceof Text text) {
        pieces.set(i + 1, text.withValue(text.value().substring(UnicodeSpace.leading(text.value()))));
      }
    }
  }
}

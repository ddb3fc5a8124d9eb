package dev.bulwark.terraform.hcl.grammar;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The state behind {@link HclLexer}'s actions: a stack of the brackets, templates and template sequences that are
 * open, which decides whether a newline is significant, whether a closing brace ends a template sequence and where a
 * heredoc ends. At the end of the input, the innermost construct still open (if any) is reported as a hidden
 * {@code UNCLOSED} token spanning its opener, just before {@code EOF}, so that errors can point at it.
 */
abstract class HclLexerBase extends Lexer {

  /** What an entry of the stack is; {@code mode} is the lexer mode it runs in, or -1 when it keeps the mode. */
  enum Kind {
    BRACE(true, -1),
    FOR_BRACE(false, -1),
    BRACKET(false, -1),
    PAREN(false, -1),
    INTERPOLATION(false, DEFAULT_MODE),
    DIRECTIVE(false, DEFAULT_MODE),
    STRING(false, HclLexer.STRING),
    HEREDOC(false, HclLexer.HEREDOC);

    private final boolean newlinesSignificant;
    private final int mode;

    Kind(boolean newlinesSignificant, int mode) {
      this.newlinesSignificant = newlinesSignificant;
      this.mode = mode;
    }
  }

  private record Open(Kind kind, int start, int stop, int line, int column, String marker) {}

  private final Deque<Open> open = new ArrayDeque<>();
  private int previousType = Token.INVALID_TYPE;
  private Token eofAfterUnclosed;
  private String text;

  HclLexerBase(CharStream input) {
    super(input);
  }

  @Override
  public Token nextToken() {
    if (eofAfterUnclosed != null) {
      return eofAfterUnclosed;
    }
    Token token = super.nextToken();
    if (token.getType() != Token.EOF || open.isEmpty()) {
      return token;
    }
    eofAfterUnclosed = token;
    Open innermost = open.peek();
    return _factory.create(_tokenFactorySourcePair, HclLexer.UNCLOSED, text(innermost.start, innermost.stop),
        Token.HIDDEN_CHANNEL, innermost.start, innermost.stop - 1, innermost.line, innermost.column);
  }

  @Override
  public void emit(Token token) {
    super.emit(token);
    previousType = token.getType();
  }

  /** A newline is a token at body level and directly inside braces; elsewhere it is whitespace. */
  void newline() {
    if (!open.isEmpty() && !open.peek().kind.newlinesSignificant) {
      skip();
    }
  }

  /**
   * Opens a brace. Right after a name or a quoted label it opens a block body; otherwise it is a for-expression's
   * (newlines ignored) when {@code for} and a name follow, else an object constructor's.
   */
  void openBrace() {
    boolean blockBody = previousType == HclLexer.IDENT || previousType == HclLexer.CQUOTE;
    open(!blockBody && forFollows() ? Kind.FOR_BRACE : Kind.BRACE);
  }

  /** A closing brace closes a template sequence (and is then a {@code TEMPLATE_END}) or a brace. */
  void closeBrace() {
    if (inSequence()) {
      setType(HclLexer.TEMPLATE_END);
      leave();
    } else if (!open.isEmpty() && (open.peek().kind == Kind.BRACE || open.peek().kind == Kind.FOR_BRACE)) {
      leave();
    }
  }

  /** <code>~}</code> closes a template sequence; anywhere else it is left for the parser to reject. */
  void closeSequence() {
    if (inSequence()) {
      leave();
    }
  }

  private boolean inSequence() {
    return !open.isEmpty() && (open.peek().kind == Kind.INTERPOLATION || open.peek().kind == Kind.DIRECTIVE);
  }

  /** Opens a construct of {@code kind} at the current token, entering its lexer mode. */
  void open(Kind kind) {
    int stop = _input.index();
    String marker = null;
    if (kind == Kind.HEREDOC) {
      String opener = getText().strip();
      stop = _tokenStartCharIndex + opener.length();
      marker = opener.substring(opener.charAt(2) == '-' ? 3 : 2);
    }
    open.push(new Open(kind, _tokenStartCharIndex, stop, _tokenStartLine, _tokenStartCharPositionInLine, marker));
    if (kind.mode >= 0) {
      pushMode(kind.mode);
    }
  }

  /**
   * Lexes the input as a template on its own, without quotes or heredoc markers (a string of Terraform's JSON
   * syntax): as the text of a heredoc that has no closing marker. Call before the first token.
   */
  public void startBareTemplate() {
    open.push(new Open(Kind.HEREDOC, 0, 0, 1, 0, null));
    pushMode(HclLexer.HEREDOC);
  }

  /** Closes the innermost construct if it is of {@code kind}; a stray closer is left for the parser to reject. */
  void close(Kind kind) {
    if (!open.isEmpty() && open.peek().kind == kind) {
      leave();
    }
  }

  private void leave() {
    if (open.pop().kind.mode >= 0) {
      popMode();
    }
  }

  /**
   * Whether the text matched so far is the innermost heredoc's closing marker: alone on its line apart from spaces
   * and tabs, followed by a newline or the end of the input.
   */
  boolean atHeredocEnd() {
    int start = _tokenStartCharIndex;
    int end = _input.index();
    if (start == 0 || _input.LA(1) != '\n' && _input.LA(1) != '\r' && _input.LA(1) != Token.EOF
        || _input.LA(1) == '\r' && _input.LA(2) != '\n') {
      return false;
    }
    String all = text(0, _input.size());
    if (all.charAt(start - 1) != '\n') {
      return false;
    }
    String marker = open.peek().marker;
    if (marker == null) {
      return false;
    }
    while (start < end && isBlank(all.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(all.charAt(end - 1))) {
      end--;
    }
    return end - start == marker.length() && all.startsWith(marker, start);
  }

  private String text(int start, int end) {
    if (start == 0 && end == _input.size()) {
      if (text == null) {
        text = _input.getText(Interval.of(0, _input.size() - 1));
      }
      return text;
    }
    return _input.getText(Interval.of(start, end - 1));
  }

  private static boolean isBlank(int c) {
    return c == ' ' || c == '\t';
  }

  /** After an opening brace: optional blanks, newlines and comments, {@code for}, a blank, then a name. */
  private boolean forFollows() {
    int i = skipBlanks(1);
    if (_input.LA(i) != 'f' || _input.LA(i + 1) != 'o' || _input.LA(i + 2) != 'r') {
      return false;
    }
    int name = skipBlanks(i + 3);
    int c = _input.LA(name);
    return name > i + 3 && (c == '_' || Character.isUnicodeIdentifierStart(c));
  }

  private int skipBlanks(int from) {
    int i = from;
    while (true) {
      int c = _input.LA(i);
      if (isBlank(c) || c == '\r' || c == '\n') {
        i++;
      } else if (c == '#' || c == '/' && _input.LA(i + 1) == '/') {
        while (_input.LA(i) != '\n' && _input.LA(i) != Token.EOF) {
          i++;
        }
      } else if (c == '/' && _input.LA(i + 1) == '*') {
        i += 2;
        while (_input.LA(i) != Token.EOF && !(_input.LA(i) == '*' && _input.LA(i + 1) == '/')) {
          i++;
        }
        i += 2;
      } else {
        return i;
      }
    }
  }
}

/*
 * Parser for the HCL2 native syntax, after HashiCorp's "HCL Native Syntax Specification".
 *
 * Newlines reach the parser only where they matter (see HclLexer): they end attributes and blocks, and separate the
 * items of an object constructor. Escapes, strip markers and heredoc indentation are handled by the AST builder.
 */
parser grammar HclGrammar;

options { tokenVocab = HclLexer; }

configFile
  : NL* (bodyItem (NL+ bodyItem)*)? NL* EOF
  ;

bodyItem
  : attribute
  | block
  ;

attribute
  : identifier ASSIGN expression
  ;

block
  : identifier blockLabel* LBRACE (NL+ (bodyItem NL+)* | attribute?) RBRACE
  ;

blockLabel
  : stringLiteral
  | identifier
  ;

/* A quoted string without interpolations or directives. */
stringLiteral
  : OQUOTE templateLiteral* CQUOTE
  ;

expression
  : exprTerm                                                                  # termExpression
  | operator=(MINUS | NOT) expression                                         # unaryExpression
  | expression operator=(STAR | SLASH | PERCENT) expression                   # binaryExpression
  | expression operator=(PLUS | MINUS) expression                             # binaryExpression
  | expression operator=(LT | GT | LE | GE) expression                        # binaryExpression
  | expression operator=(EQ | NE) expression                                  # binaryExpression
  | expression operator=AND expression                                        # binaryExpression
  | expression operator=OR expression                                         # binaryExpression
  | <assoc=right> expression QUESTION expression COLON expression             # conditionalExpression
  ;

/* A term and its traversals; the AST builder folds splats. */
exprTerm
  : primary postfix*
  ;

postfix
  : DOT identifier                                                            # getAttr
  | DOT NUMBER                                                                # legacyIndex
  | DOT STAR                                                                  # attrSplat
  | LBRACK STAR RBRACK                                                        # fullSplat
  | LBRACK expression RBRACK                                                  # index
  ;

primary
  : NUMBER                                                                    # number
  | (TRUE | FALSE)                                                            # bool
  | NULL                                                                      # null
  | quotedTemplate                                                            # quoted
  | heredocTemplate                                                           # heredoc
  | functionName LPAREN (expression (COMMA expression)* (COMMA | ELLIPSIS)?)? RPAREN  # functionCall
  | variable                                                                  # variableReference
  | LBRACK forIntro expression forCondition? RBRACK                           # forTuple
  | LBRACE forIntro expression ARROW expression ELLIPSIS? forCondition? RBRACE  # forObject
  | LBRACK (expression (COMMA expression)* COMMA?)? RBRACK                    # tuple
  | LBRACE NL* (objectItem (objectSeparator objectItem)* objectSeparator?)? RBRACE  # object
  | LPAREN expression RPAREN                                                  # parens
  ;

functionName
  : identifier (DCOLON identifier)*
  ;

forIntro
  : FOR identifier (COMMA identifier)? IN expression COLON
  ;

forCondition
  : IF expression
  ;

objectItem
  : expression (ASSIGN | COLON) expression
  ;

objectSeparator
  : COMMA NL*
  | NL+
  ;

quotedTemplate
  : OQUOTE templatePart* CQUOTE
  ;

heredocTemplate
  : HEREDOC_OPEN templatePart* HEREDOC_END
  ;

// A template or an expression on its own, written in a string of Terraform's JSON syntax.
bareTemplate
  : templatePart* EOF
  ;

bareExpression
  : expression EOF
  ;

templatePart
  : templateLiteral
  | interpolation
  | templateIf
  | templateFor
  ;

templateLiteral
  : Q_TEXT
  | H_TEXT
  | H_NEWLINE
  | T_DOLLAR
  | T_PERCENT
  | T_DOLLAR_ESC
  | T_PERCENT_ESC
  ;

interpolation
  : INTERP_OPEN expression templateEnd
  ;

templateIf
  : DIRECTIVE_OPEN IF expression templateEnd templatePart* templateElse? DIRECTIVE_OPEN ENDIF templateEnd
  ;

templateElse
  : DIRECTIVE_OPEN ELSE templateEnd templatePart*
  ;

templateFor
  : DIRECTIVE_OPEN FOR identifier (COMMA identifier)? IN expression templateEnd templatePart*
    DIRECTIVE_OPEN ENDFOR templateEnd
  ;

templateEnd
  : TEMPLATE_END
  | TEMPLATE_END_STRIP
  ;

/* A name: keywords are reserved only where they introduce something. */
identifier
  : IDENT | FOR | IN | IF | ELSE | ENDIF | ENDFOR | TRUE | FALSE | NULL
  ;

/* A variable: any name but the literals. A "for" first in brackets or braces starts a for-expression instead. */
variable
  : IDENT | FOR | IN | IF | ELSE | ENDIF | ENDFOR
  ;

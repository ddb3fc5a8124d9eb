/*
 * Lexer for the HCL2 native syntax (hclsyntax).
 *
 * Three modes: the default mode for bodies and expressions, STRING for quoted templates and HEREDOC for heredoc
 * templates. Interpolations and directives return to the default mode until their closing brace. HclLexerBase keeps
 * a stack of open brackets and templates; it decides whether a newline is a token (at body level and directly inside
 * an object constructor's braces) or ignored (inside parentheses, brackets, for-expressions and template sequences),
 * and whether a closing brace ends a template sequence.
 */
lexer grammar HclLexer;

options { superClass = HclLexerBase; }

tokens { TEMPLATE_END, UNCLOSED }

NL                    : '\r'? '\n' { newline(); } ;
WS                    : [ \t]+ -> skip ;
LINE_COMMENT          : ('#' | '//') ~[\r\n]* -> skip ;
BLOCK_COMMENT         : '/*' .*? '*/' -> skip ;
UNTERMINATED_COMMENT  : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF ;

LBRACE                : '{' { openBrace(); } ;
RBRACE                : '}' { closeBrace(); } ;
TEMPLATE_END_STRIP    : '~}' { closeSequence(); } ;
LBRACK                : '[' { open(Kind.BRACKET); } ;
RBRACK                : ']' { close(Kind.BRACKET); } ;
LPAREN                : '(' { open(Kind.PAREN); } ;
RPAREN                : ')' { close(Kind.PAREN); } ;
OQUOTE                : '"' { open(Kind.STRING); } ;
HEREDOC_OPEN          : '<<' '-'? IDENTIFIER '\r'? '\n' { open(Kind.HEREDOC); } ;

FOR                   : 'for' ;
IN                    : 'in' ;
IF                    : 'if' ;
ELSE                  : 'else' ;
ENDIF                 : 'endif' ;
ENDFOR                : 'endfor' ;
TRUE                  : 'true' ;
FALSE                 : 'false' ;
NULL                  : 'null' ;
IDENT                 : IDENTIFIER ;
NUMBER                : DIGIT+ ('.' DIGIT+)? ([eE] [+-]? DIGIT+)? ;

EQ                    : '==' ;
NE                    : '!=' ;
LE                    : '<=' ;
GE                    : '>=' ;
LT                    : '<' ;
GT                    : '>' ;
AND                   : '&&' ;
OR                    : '||' ;
NOT                   : '!' ;
ARROW                 : '=>' ;
ASSIGN                : '=' ;
PLUS                  : '+' ;
MINUS                 : '-' ;
STAR                  : '*' ;
SLASH                 : '/' ;
PERCENT               : '%' ;
QUESTION              : '?' ;
DCOLON                : '::' ;
COLON                 : ':' ;
COMMA                 : ',' ;
ELLIPSIS              : '...' ;
DOT                   : '.' ;
ERROR_CHAR            : [\uD800-\uDBFF] [\uDC00-\uDFFF] | . ;

fragment IDENTIFIER   : [\p{ID_Start}_] [\p{ID_Continue}-]* ;
fragment DIGIT        : [0-9] ;
fragment INTERP       : '${' '~'? ;
fragment DIRECTIVE    : '%{' '~'? ;

// A quoted template: escapes stay in Q_TEXT and are decoded by the AST builder.
mode STRING;
CQUOTE                : '"' { close(Kind.STRING); } ;
UNTERMINATED_STRING   : '\r'? '\n' { close(Kind.STRING); } | '\r' { close(Kind.STRING); } ;
INTERP_OPEN           : INTERP { open(Kind.INTERPOLATION); } ;
DIRECTIVE_OPEN        : DIRECTIVE { open(Kind.DIRECTIVE); } ;
T_DOLLAR_ESC          : '$${' ;
T_PERCENT_ESC         : '%%{' ;
T_DOLLAR              : '$' ;
T_PERCENT             : '%' ;
Q_TEXT                : (~[$%"\\\r\n] | '\\' ~[\r\n])+ | '\\' ;

// A heredoc: text is split at line ends so that a line holding only the closing marker can be recognised.
mode HEREDOC;
HEREDOC_END           : [ \t]* IDENTIFIER [ \t]* { atHeredocEnd() }? { close(Kind.HEREDOC); } ;
H_INTERP_OPEN         : INTERP { open(Kind.INTERPOLATION); setType(INTERP_OPEN); } ;
H_DIRECTIVE_OPEN      : DIRECTIVE { open(Kind.DIRECTIVE); setType(DIRECTIVE_OPEN); } ;
H_DOLLAR_ESC          : '$${' -> type(T_DOLLAR_ESC) ;
H_PERCENT_ESC         : '%%{' -> type(T_PERCENT_ESC) ;
H_DOLLAR              : '$' -> type(T_DOLLAR) ;
H_PERCENT             : '%' -> type(T_PERCENT) ;
H_TEXT                : ~[$%\r\n]+ | '\r' ;
H_NEWLINE             : '\r'? '\n' ;

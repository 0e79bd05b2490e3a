// Go's grammar for Bison (lalr1.cc). The shape descends from Go 1.4's
// go.y, the last yacc grammar of gc: types and expressions share rules where
// Go's syntax cannot tell them apart before the type checker, and the LBody
// token (lexer.hpp) resolves composite literals in statement headers.
// Actions only build nodes through AstBuilder (builder.hpp); rules that are
// not context-free live there too. `%expect 0`: the grammar has no
// unresolved conflicts, and the few resolved by precedence are commented.

%require "3.8"
%language "c++"
%skeleton "lalr1.cc"
%expect 0

%define api.namespace {govm::bison}
%define api.parser.class {Parser}
%define api.value.type variant
%define api.token.constructor
%define api.token.prefix {T_}
%define api.location.type {govm::Pos}
%define parse.error custom
// IELR(1) rather than LALR(1): the statement and type-parameter contexts
// share `name` states that LALR would merge into false conflicts.
%define lr.type ielr
// Exact expected-token sets for diagnostics (see syntax_error.cpp).
%define parse.lac full
%locations

%param {govm::AstBuilder& b}

%code requires {
#include <vector>
#include "parser/builder.hpp"
// The semantic value types, unqualified, inside the parser's namespace only.
namespace govm::bison {
using namespace govm::ast;
using govm::ParamEntry;
using govm::Pos;
using govm::Tok;
}
}

%code {
#include "parser/builder.hpp"
#include "parser/syntax_error.hpp"

namespace govm::bison {
Parser::symbol_type yylex(AstBuilder& b);
}

// A nonterminal starts where its first symbol starts; an empty one where
// the next token starts.
#define YYLLOC_DEFAULT(Current, Rhs, N) \
    do { (Current) = (N) ? YYRHSLOC(Rhs, 1) : YYRHSLOC(Rhs, 0); } while (false)

using namespace govm;
using namespace govm::ast;
}

%token EOF 0 "EOF"
%token <std::string_view> NAME "name" INT "int literal" FLOAT "float literal" IMAG "imaginary literal"
%token <std::string_view> RUNE "rune literal" STRING "string literal"
%token SEMI ";" COMMA "," PERIOD "." ELLIPSIS "..." COLON ":" DEFINE ":=" ASSIGN "="
%token LPAREN "(" RPAREN ")" LBRACK "[" RBRACK "]" LBRACE "{" RBRACE "}" LBODY "LBODY"
%token ADD "+" SUB "-" MUL "*" QUO "/" REM "%" AND "&" OR "|" XOR "^" SHL "<<" SHR ">>" ANDNOT "&^"
%token ANDAND "&&" OROR "||" EQL "==" NEQ "!=" LSS "<" LEQ "<=" GTR ">" GEQ ">="
%token ARROW "<-" INC "++" DEC "--" NOT "!" TILDE "~"
%token <Tok> ASSIGN_OP "assignment operator"
%token BREAK "break" CASE "case" CHAN "chan" CONST "const" CONTINUE "continue" DEFAULT "default"
%token DEFER "defer" ELSE "else" FALLTHROUGH "fallthrough" FOR "for" FUNC "func" GO "go" GOTO "goto"
%token IF "if" IMPORT "import" INTERFACE "interface" MAP "map" PACKAGE "package" RANGE "range"
%token RETURN "return" SELECT "select" STRUCT "struct" SWITCH "switch" TYPE "type" VAR "var"

%left OROR
%left ANDAND
%left EQL NEQ LSS LEQ GTR GEQ
%left ADD SUB OR XOR
%left MUL QUO REM SHL SHR AND ANDNOT

// `func() T` followed by `(`: the result is T, not a parenthesized call
// (go.y's NotParen / PreferToRightParen).
%precedence NotParen
%precedence LPAREN
// `(a [N]T)` in a parameter list: a name and an array type, not an
// instantiated generic type `a[N]` (which must then be named).
%precedence NotBrack
%precedence LBRACK

%type <Expr*> expr uexpr pexpr pexpr_no_paren operand_name expr_or_type non_expr_type ntype
%type <Expr*> non_recvchantype recvchantype fntype_expr othertype ptrtype dotname convtype comptype
%type <Expr*> fnret_type oexpr complitexpr complit_body_expr fnliteral keyval_or_elem array_length
%type <Expr*> type_constraint constraint_term constraint_union
%type <FuncType*> fntype
%type <std::vector<Expr*>> expr_list expr_or_type_list oexpr_list keyval_list braced_keyval_list ntype_list
%type <Ident*> sym new_name label_name onew_name
%type <std::vector<Ident*>> new_name_list
%type <Stmt*> stmt non_dcl_stmt simple_stmt osimple_stmt compound_stmt for_stmt if_stmt else_part
%type <Stmt*> switch_stmt select_stmt labeled_stmt for_header range_clause
%type <BlockStmt*> block loop_body fnbody
%type <std::vector<Stmt*>> stmt_list
%type <CaseClause*> case_clause case_head
%type <std::vector<CaseClause*>> case_clause_list
%type <bool> lbrace ocomma
%type <FieldList*> params fnres oresult tparams
%type <std::vector<ParamEntry>> param_list
%type <ParamEntry> param
%type <Expr*> param_type dotdotdot
%type <std::vector<Field*>> struct_field_list interface_elem_list tparam_list
%type <Field*> struct_field interface_elem tparam_group tparam_first
%type <Expr*> first_constraint first_constraint_term keyword_type braced_type
%type <BasicLit*> otag import_path
%type <Spec*> import_spec var_spec const_spec type_spec
%type <std::vector<Spec*>> import_spec_list var_spec_list const_spec_list type_spec_list
%type <GenDecl*> common_decl import_decl
%type <Decl> top_decl
%type <std::vector<Decl>> import_list top_decl_list
%type <FuncDecl*> func_decl
%type <Ident*> package_clause

%%

file:
    package_clause import_list top_decl_list {
        b.file = b.make<File>(File{$1 ? $1->pos : Pos{1, 1}, $1, {}, b.list(b.lexer.directives())});
        std::vector<Decl> all = std::move($2);
        all.insert(all.end(), $3.begin(), $3.end());
        b.file->decls = b.list(all);
    }
    ;

package_clause:
    PACKAGE sym SEMI { $$ = $2; }
    ;

import_list:
    %empty { }
  | import_list import_decl SEMI { $$ = std::move($1); $$.push_back(Decl{$2, nullptr}); }
  ;

import_decl:
    IMPORT import_spec { $$ = b.genDecl(@1, Tok::Import, false, {$2}); }
  | IMPORT LPAREN import_spec_list osemi RPAREN { $$ = b.genDecl(@1, Tok::Import, true, $3); }
  | IMPORT LPAREN RPAREN { $$ = b.genDecl(@1, Tok::Import, true, {}); }
  ;

import_spec_list:
    import_spec { $$.push_back($1); }
  | import_spec_list SEMI import_spec { $$ = std::move($1); $$.push_back($3); }
  ;

import_spec:
    import_path { $$ = b.make<ImportSpec>(ImportSpec{{SpecKind::Import, @1}, nullptr, $1}); }
  | sym import_path { $$ = b.make<ImportSpec>(ImportSpec{{SpecKind::Import, @1}, $1, $2}); }
  | PERIOD import_path { $$ = b.make<ImportSpec>(ImportSpec{{SpecKind::Import, @1}, b.ident(@1, "."), $2}); }
  ;

import_path:
    STRING { $$ = static_cast<BasicLit*>(b.literal(@1, Tok::String, $1)); }
  ;

top_decl_list:
    %empty { }
  | top_decl_list top_decl SEMI { $$ = std::move($1); if ($2.gen || $2.func) $$.push_back($2); }
  ;

top_decl:
    %empty { }
  | common_decl { $$.gen = $1; $1->directives = b.directivesAbove($1->pos.line); }
  | func_decl { $$.func = $1; $1->directives = b.directivesAbove($1->pos.line); }
  ;

common_decl:
    VAR var_spec { $$ = b.genDecl(@1, Tok::Var, false, {$2}); }
  | VAR LPAREN var_spec_list osemi RPAREN { $$ = b.genDecl(@1, Tok::Var, true, $3); }
  | VAR LPAREN RPAREN { $$ = b.genDecl(@1, Tok::Var, true, {}); }
  | CONST const_spec { std::vector<Spec*> specs{$2}; b.numberConstSpecs(specs); $$ = b.genDecl(@1, Tok::Const, false, specs); }
  | CONST LPAREN const_spec_list osemi RPAREN { b.numberConstSpecs($3); $$ = b.genDecl(@1, Tok::Const, true, $3); }
  | CONST LPAREN RPAREN { $$ = b.genDecl(@1, Tok::Const, true, {}); }
  | TYPE type_spec { $$ = b.genDecl(@1, Tok::Type, false, {$2}); }
  | TYPE LPAREN type_spec_list osemi RPAREN { $$ = b.genDecl(@1, Tok::Type, true, $3); }
  | TYPE LPAREN RPAREN { $$ = b.genDecl(@1, Tok::Type, true, {}); }
  ;

var_spec_list:
    var_spec { $$.push_back($1); }
  | var_spec_list SEMI var_spec { $$ = std::move($1); $$.push_back($3); }
  ;

var_spec:
    new_name_list ntype { $$ = b.valueSpec(@1, $1, $2, {}); }
  | new_name_list ntype ASSIGN expr_list { $$ = b.valueSpec(@1, $1, $2, $4); }
  | new_name_list ASSIGN expr_list { $$ = b.valueSpec(@1, $1, nullptr, $3); }
  ;

const_spec_list:
    const_spec { $$.push_back($1); }
  | const_spec_list SEMI const_spec { $$ = std::move($1); $$.push_back($3); }
  ;

const_spec:
    new_name_list { $$ = b.valueSpec(@1, $1, nullptr, {}); }
  | new_name_list ntype { $$ = b.valueSpec(@1, $1, $2, {}); }
  | new_name_list ntype ASSIGN expr_list { $$ = b.valueSpec(@1, $1, $2, $4); }
  | new_name_list ASSIGN expr_list { $$ = b.valueSpec(@1, $1, nullptr, $3); }
  ;

type_spec_list:
    type_spec { $$.push_back($1); }
  | type_spec_list SEMI type_spec { $$ = std::move($1); $$.push_back($3); }
  ;

type_spec:
    sym ntype { $$ = b.make<TypeSpec>(TypeSpec{{SpecKind::Type, @1}, $1, nullptr, false, $2}); }
  | sym ASSIGN ntype { $$ = b.make<TypeSpec>(TypeSpec{{SpecKind::Type, @1}, $1, nullptr, true, $3}); }
  | sym tparams ntype { $$ = b.make<TypeSpec>(TypeSpec{{SpecKind::Type, @1}, $1, $2, false, $3}); }
  ;

// Type parameters of a type declaration. `type T[N]int` is an array type;
// a parameter list needs a constraint after the first name, so `[P any]`,
// `[P, Q any]` and `[P interface{...}]` are parameters.
tparams:
    LBRACK tparam_list ocomma RBRACK { $$ = b.fields(@1, $2, @4); }
  ;

tparam_list:
    tparam_first { $$.push_back($1); }
  | tparam_list COMMA tparam_group { $$ = std::move($1); $$.push_back($3); }
  ;

// `[P *C]` and `[P []E]` read as array lengths (go/parser does the same
// unless more context follows), so a lone first name takes a constraint
// that starts otherwise.
tparam_first:
    sym first_constraint { $$ = b.make<Field>(Field{b.list(std::vector<Ident*>{$1}), $2, nullptr, @1}); }
  | sym COMMA new_name_list type_constraint {
        std::vector<Ident*> names{$1};
        names.insert(names.end(), $3.begin(), $3.end());
        $$ = b.make<Field>(Field{b.list(names), $4, nullptr, @1});
    }
  ;

first_constraint:
    first_constraint_term { $$ = $1; }
  | first_constraint OR constraint_term { $$ = b.binary(@2, Tok::Or, $1, $3); }
  ;

first_constraint_term:
    dotname { $$ = $1; }
  | dotname LBRACK ntype_list ocomma RBRACK { $$ = b.finish(b.make<IndexExpr>(@2, $1, b.list($3)), $3, $1); }
  | TILDE ntype { $$ = b.unary(@1, Tok::Tilde, $2); }
  | keyword_type { $$ = $1; }
  | fntype_expr { $$ = $1; }
  | recvchantype { $$ = $1; }
  ;

tparam_group:
    new_name_list type_constraint { $$ = b.make<Field>(Field{b.list($1), $2, nullptr, @1}); }
  ;

type_constraint:
    constraint_union { $$ = $1; }
  ;

constraint_union:
    constraint_term { $$ = $1; }
  | constraint_union OR constraint_term { $$ = b.binary(@2, Tok::Or, $1, $3); }
  ;

constraint_term:
    dotname { $$ = $1; }
  | dotname LBRACK ntype_list ocomma RBRACK { $$ = b.finish(b.make<IndexExpr>(@2, $1, b.list($3)), $3, $1); }
  | TILDE ntype { $$ = b.unary(@1, Tok::Tilde, $2); }
  | othertype { $$ = $1; }
  | fntype_expr { $$ = $1; }
  | MUL ntype { $$ = b.finish(b.make<StarExpr>(@1, $2), {$2}); }
  | recvchantype { $$ = $1; }
  ;

func_decl:
    FUNC sym params fnres fnbody {
        FuncType* type = b.make<FuncType>(@1, nullptr, $3, $4);
        $$ = b.make<FuncDecl>(FuncDecl{@1, nullptr, $2, type, $5, {}});
    }
  | FUNC sym LBRACK tparam_list ocomma RBRACK params fnres fnbody {
        FuncType* type = b.make<FuncType>(@1, b.fields(@3, $4, @6), $7, $8);
        $$ = b.make<FuncDecl>(FuncDecl{@1, nullptr, $2, type, $9, {}});
    }
  | FUNC params sym params fnres fnbody {
        if ($2->fields.empty()) b.error(@3, "method has no receiver");
        else if ($2->fields.size() > 1 || $2->fields[0]->names.size() > 1) b.error(@3, "method has multiple receivers");
        FuncType* type = b.make<FuncType>(@1, nullptr, $4, $5);
        $$ = b.make<FuncDecl>(FuncDecl{@1, $2, $3, type, $6, {}});
    }
  ;

fnbody:
    %empty { $$ = nullptr; }
  | LBRACE stmt_list RBRACE { $$ = b.make<BlockStmt>(@1, b.list($2), @3); }
  ;

fntype:
    FUNC params fnres { $$ = b.make<FuncType>(@1, nullptr, $2, $3); }
  ;

fntype_expr:
    fntype { $$ = b.finish($1, {}); }
  ;

fnres:
    %empty %prec NotParen { $$ = nullptr; }
  | fnret_type { $$ = b.singleResult($1); }
  | params { $$ = $1; }
  ;

oresult:
    fnres { $$ = $1; }
  ;

params:
    LPAREN RPAREN { $$ = b.params(@1, {}, @2); }
  | LPAREN param_list ocomma RPAREN { $$ = b.params(@1, $2, @4); }
  ;

param_list:
    param { $$.push_back($1); }
  | param_list COMMA param { $$ = std::move($1); $$.push_back($3); }
  ;

param:
    param_type { $$ = ParamEntry{nullptr, $1, @1}; }
  | sym param_type { $$ = ParamEntry{$1, $2, @1}; }
  ;

param_type:
    ntype { $$ = $1; }
  | dotdotdot { $$ = $1; }
  ;

dotdotdot:
    ELLIPSIS ntype { $$ = b.finish(b.make<EllipsisExpr>(@1, $2), {$2}); }
  ;

// ---------------------------------------------------------------------------
// Types

ntype:
    recvchantype { $$ = $1; }
  | fntype_expr { $$ = $1; }
  | othertype { $$ = $1; }
  | ptrtype { $$ = $1; }
  | dotname { $$ = $1; }
  | dotname LBRACK ntype_list ocomma RBRACK { $$ = b.finish(b.make<IndexExpr>(@2, $1, b.list($3)), $3, $1); }
  | LPAREN ntype RPAREN { $$ = b.finish(b.make<ParenExpr>(@1, $2), {$2}); }
  ;

ntype_list:
    ntype { $$.push_back($1); }
  | ntype_list COMMA ntype { $$ = std::move($1); $$.push_back($3); }
  ;

non_expr_type:
    recvchantype { $$ = $1; }
  | fntype_expr { $$ = $1; }
  | othertype { $$ = $1; }
  | MUL non_expr_type { $$ = b.finish(b.make<StarExpr>(@1, $2), {$2}); }
  ;

non_recvchantype:
    fntype_expr { $$ = $1; }
  | othertype { $$ = $1; }
  | ptrtype { $$ = $1; }
  | dotname { $$ = $1; }
  | LPAREN ntype RPAREN { $$ = b.finish(b.make<ParenExpr>(@1, $2), {$2}); }
  ;

convtype:
    fntype_expr { $$ = $1; }
  | othertype { $$ = $1; }
  ;

comptype:
    othertype { $$ = $1; }
  ;

fnret_type:
    recvchantype { $$ = $1; }
  | fntype_expr { $$ = $1; }
  | othertype { $$ = $1; }
  | ptrtype { $$ = $1; }
  | dotname { $$ = $1; }
  | dotname LBRACK ntype_list ocomma RBRACK { $$ = b.finish(b.make<IndexExpr>(@2, $1, b.list($3)), $3, $1); }
  ;

dotname:
    operand_name { $$ = $1; }
  | operand_name PERIOD sym { $$ = b.finish(b.make<SelectorExpr>(@2, $1, $3), {$1}); }
  ;

othertype:
    LBRACK array_length RBRACK ntype { $$ = b.finish(b.make<ArrayType>(@1, $2, $4), {$2, $4}); }
  | keyword_type { $$ = $1; }
  ;

keyword_type:
    CHAN non_recvchantype { $$ = b.finish(b.make<ChanType>(@1, ChanDir::Both, $2), {$2}); }
  | CHAN ARROW ntype { $$ = b.finish(b.make<ChanType>(@1, ChanDir::Send, $3), {$3}); }
  | MAP LBRACK ntype RBRACK ntype { $$ = b.finish(b.make<MapType>(@1, $3, $5), {$3, $5}); }
  | braced_type { $$ = $1; }
  ;

// The type literals that can have methods, and so head a method expression.
braced_type:
    STRUCT lbrace struct_field_list osemi RBRACE {
        $$ = b.make<StructType>(@1, b.fields(@2, $3, @5));
        if ($2) b.lexer.reenterHeader();
    }
  | STRUCT lbrace RBRACE { $$ = b.make<StructType>(@1, b.fields(@2, {}, @3)); if ($2) b.lexer.reenterHeader(); }
  | INTERFACE lbrace interface_elem_list osemi RBRACE {
        $$ = b.make<InterfaceType>(@1, b.fields(@2, $3, @5));
        if ($2) b.lexer.reenterHeader();
    }
  | INTERFACE lbrace RBRACE { $$ = b.make<InterfaceType>(@1, b.fields(@2, {}, @3)); if ($2) b.lexer.reenterHeader(); }
  ;

array_length:
    %empty { $$ = nullptr; }
  | expr { $$ = $1; }
  | ELLIPSIS { $$ = b.make<EllipsisExpr>(@1, nullptr); }
  ;

ptrtype:
    MUL ntype { $$ = b.finish(b.make<StarExpr>(@1, $2), {$2}); }
  ;

recvchantype:
    ARROW CHAN ntype { $$ = b.finish(b.make<ChanType>(@1, ChanDir::Recv, $3), {$3}); }
  ;

struct_field_list:
    struct_field { $$.push_back($1); }
  | struct_field_list SEMI struct_field { $$ = std::move($1); $$.push_back($3); }
  ;

struct_field:
    new_name_list ntype otag { $$ = b.make<Field>(Field{b.list($1), $2, $3, @1}); }
  | dotname otag { $$ = b.make<Field>(Field{{}, $1, $2, @1}); }
  | MUL dotname otag { $$ = b.make<Field>(Field{{}, b.finish(b.make<StarExpr>(@1, $2), {$2}), $3, @1}); }
  | LPAREN dotname RPAREN otag { b.error(@1, "syntax error: cannot parenthesize embedded type"); $$ = b.make<Field>(Field{{}, $2, $4, @1}); }
  ;

otag:
    %empty { $$ = nullptr; }
  | STRING { $$ = static_cast<BasicLit*>(b.literal(@1, Tok::String, $1)); }
  ;

interface_elem_list:
    interface_elem { $$.push_back($1); }
  | interface_elem_list SEMI interface_elem { $$ = std::move($1); $$.push_back($3); }
  ;

interface_elem:
    new_name params oresult {
        FuncType* type = b.make<FuncType>(@1, nullptr, $2, $3);
        $$ = b.make<Field>(Field{b.list(std::vector<Ident*>{$1}), type, nullptr, @1});
    }
  | constraint_union { $$ = b.make<Field>(Field{{}, $1, nullptr, @1}); }
  ;

lbrace:
    LBODY { $$ = true; }
  | LBRACE { $$ = false; }
  ;

// ---------------------------------------------------------------------------
// Statements

stmt_list:
    stmt { if ($1) $$.push_back($1); }
  | stmt_list SEMI stmt { $$ = std::move($1); if ($3) $$.push_back($3); }
  ;

stmt:
    %empty { $$ = nullptr; }
  | compound_stmt { $$ = $1; }
  | common_decl { $$ = b.make<DeclStmt>(@1, $1); }
  | non_dcl_stmt { $$ = $1; }
  ;

compound_stmt:
    block { $$ = $1; }
  ;

block:
    LBRACE stmt_list RBRACE { $$ = b.make<BlockStmt>(@1, b.list($2), @3); }
  ;

non_dcl_stmt:
    simple_stmt { $$ = $1; }
  | for_stmt { $$ = $1; }
  | switch_stmt { $$ = $1; }
  | select_stmt { $$ = $1; }
  | if_stmt { $$ = $1; }
  | labeled_stmt { $$ = $1; }
  | FALLTHROUGH { $$ = b.make<BranchStmt>(@1, Tok::Fallthrough, nullptr); }
  | BREAK onew_name { $$ = b.make<BranchStmt>(@1, Tok::Break, $2); }
  | CONTINUE onew_name { $$ = b.make<BranchStmt>(@1, Tok::Continue, $2); }
  | GOTO new_name { $$ = b.make<BranchStmt>(@1, Tok::Goto, $2); }
  | GO pexpr { $$ = b.make<GoStmt>(@1, b.callOf($2, "go")); }
  | DEFER pexpr { $$ = b.make<DeferStmt>(@1, b.callOf($2, "defer")); }
  | RETURN oexpr_list { $$ = b.make<ReturnStmt>(@1, b.list($2)); }
  ;

labeled_stmt:
    label_name COLON stmt {
        // No statement is an empty one only before `}` or an explicit `;` (gc's labeledStmtOrNil).
        if (!$3 && b.lookahead.kind != Tok::RBrace && !(b.lookahead.kind == Tok::Semi && b.lookahead.text == "semicolon"))
            b.error(@2, "syntax error: missing statement after label");
        $$ = b.make<LabeledStmt>(@1, $1, $3 ? $3 : b.make<EmptyStmt>(@2));
    }
  ;

label_name:
    new_name { $$ = $1; }
  ;

simple_stmt:
    expr { $$ = b.simpleStmt($1); }
  | expr ARROW expr { $$ = b.make<SendStmt>(@2, $1, $3); }
  | expr ASSIGN_OP expr { $$ = b.make<AssignStmt>(@2, b.list(std::vector<Expr*>{$1}), $2, b.list(std::vector<Expr*>{$3})); }
  | expr_list ASSIGN expr_list { $$ = b.make<AssignStmt>(@2, b.list($1), Tok::Assign, b.list($3)); }
  | expr_list DEFINE expr_list { $$ = b.make<AssignStmt>(@2, b.list($1), Tok::Define, b.list($3)); }
  | expr INC { $$ = b.make<IncDecStmt>(@2, $1, Tok::Inc); }
  | expr DEC { $$ = b.make<IncDecStmt>(@2, $1, Tok::Dec); }
  ;

osimple_stmt:
    %empty { $$ = nullptr; }
  | simple_stmt { $$ = $1; }
  ;

range_clause:
    expr_list ASSIGN RANGE expr { $$ = b.make<RangeStmt>(@1, $1[0], $1.size() > 1 ? $1[1] : nullptr, Tok::Assign, $4, nullptr, @3); }
  | expr_list DEFINE RANGE expr { $$ = b.make<RangeStmt>(@1, $1[0], $1.size() > 1 ? $1[1] : nullptr, Tok::Define, $4, nullptr, @3); }
  | RANGE expr { $$ = b.make<RangeStmt>(@1, nullptr, nullptr, Tok::Eof, $2, nullptr, @1); }
  ;

for_header:
    osimple_stmt SEMI osimple_stmt SEMI osimple_stmt {
        if ($5 && $5->kind == StmtKind::Assign && $5->as<AssignStmt>()->op == Tok::Define)
            b.error($5->pos, "syntax error: cannot declare in post statement of for loop");
        $$ = b.make<ForStmt>(@1, $1, b.headerCondition($3, nullptr, @3), $5, nullptr);
    }
  | osimple_stmt { $$ = b.make<ForStmt>(@1, nullptr, b.headerCondition($1, "for", @1), nullptr, nullptr); }
  | range_clause { $$ = $1; }
  ;

for_stmt:
    FOR for_header loop_body {
        $$ = $2;
        $$->pos = @1;
        if (auto* loop = $$->as<ForStmt>()) loop->body = $3;
        else $$->as<RangeStmt>()->body = $3;
    }
  ;

loop_body:
    LBODY stmt_list RBRACE { $$ = b.make<BlockStmt>(@1, b.list($2), @3); }
  ;

if_stmt:
    IF osimple_stmt loop_body else_part {
        $$ = b.make<IfStmt>(@1, nullptr, b.headerCondition($2, "if", @3), $3, $4);
    }
  | IF osimple_stmt SEMI osimple_stmt loop_body else_part {
        $$ = b.make<IfStmt>(@1, $2, b.headerCondition($4, "if", @5), $5, $6);
    }
  ;

else_part:
    %empty { $$ = nullptr; }
  | ELSE if_stmt { $$ = $2; }
  | ELSE compound_stmt { $$ = $2; }
  ;

switch_stmt:
    SWITCH osimple_stmt LBODY case_clause_list RBRACE { $$ = b.switchStmt(@1, nullptr, $2, $4, @5); }
  | SWITCH osimple_stmt SEMI osimple_stmt LBODY case_clause_list RBRACE { $$ = b.switchStmt(@1, $2, $4, $6, @7); }
  ;

select_stmt:
    SELECT LBODY case_clause_list RBRACE { $$ = b.selectStmt(@1, $3, @4); }
  ;

case_clause_list:
    %empty { }
  | case_clause_list case_clause { $$ = std::move($1); $$.push_back($2); }
  ;

case_clause:
    case_head stmt_list { $$ = $1; $$->body = b.list($2); }
  ;

// Select cases reuse these: `case v := <-ch:` arrives as a Define of one
// receive, and selectStmt turns each clause into a CommClause.
case_head:
    CASE expr_or_type_list COLON { $$ = b.make<CaseClause>(@1, b.list($2), false, nullptr); }
  | CASE expr ARROW expr COLON { $$ = b.make<CaseClause>(@1, List<Expr*>{}, false, b.make<SendStmt>(@3, $2, $4)); }
  | CASE expr_or_type_list ASSIGN expr COLON {
        Stmt* recv = b.make<AssignStmt>(@3, b.list($2), Tok::Assign, b.list(std::vector<Expr*>{$4}));
        $$ = b.make<CaseClause>(@1, List<Expr*>{}, false, recv);
    }
  | CASE expr_or_type_list DEFINE expr COLON {
        Stmt* recv = b.make<AssignStmt>(@3, b.list($2), Tok::Define, b.list(std::vector<Expr*>{$4}));
        $$ = b.make<CaseClause>(@1, List<Expr*>{}, false, recv);
    }
  | DEFAULT COLON { $$ = b.make<CaseClause>(@1, List<Expr*>{}, true, nullptr); }
  ;

// ---------------------------------------------------------------------------
// Expressions

expr:
    uexpr { $$ = $1; }
  | expr OROR expr { $$ = b.binary(@2, Tok::OrOr, $1, $3); }
  | expr ANDAND expr { $$ = b.binary(@2, Tok::AndAnd, $1, $3); }
  | expr EQL expr { $$ = b.binary(@2, Tok::Eql, $1, $3); }
  | expr NEQ expr { $$ = b.binary(@2, Tok::Neq, $1, $3); }
  | expr LSS expr { $$ = b.binary(@2, Tok::Lss, $1, $3); }
  | expr LEQ expr { $$ = b.binary(@2, Tok::Leq, $1, $3); }
  | expr GTR expr { $$ = b.binary(@2, Tok::Gtr, $1, $3); }
  | expr GEQ expr { $$ = b.binary(@2, Tok::Geq, $1, $3); }
  | expr ADD expr { $$ = b.binary(@2, Tok::Add, $1, $3); }
  | expr SUB expr { $$ = b.binary(@2, Tok::Sub, $1, $3); }
  | expr OR expr { $$ = b.binary(@2, Tok::Or, $1, $3); }
  | expr XOR expr { $$ = b.binary(@2, Tok::Xor, $1, $3); }
  | expr MUL expr { $$ = b.binary(@2, Tok::Mul, $1, $3); }
  | expr QUO expr { $$ = b.binary(@2, Tok::Quo, $1, $3); }
  | expr REM expr { $$ = b.binary(@2, Tok::Rem, $1, $3); }
  | expr AND expr { $$ = b.binary(@2, Tok::And, $1, $3); }
  | expr ANDNOT expr { $$ = b.binary(@2, Tok::AndNot, $1, $3); }
  | expr SHL expr { $$ = b.binary(@2, Tok::Shl, $1, $3); }
  | expr SHR expr { $$ = b.binary(@2, Tok::Shr, $1, $3); }
  ;

uexpr:
    pexpr { $$ = $1; }
  | MUL uexpr { $$ = b.finish(b.make<StarExpr>(@1, $2), {$2}); }
  | AND uexpr { $$ = b.unary(@1, Tok::And, $2); }
  | ADD uexpr { $$ = b.unary(@1, Tok::Add, $2); }
  | SUB uexpr { $$ = b.unary(@1, Tok::Sub, $2); }
  | NOT uexpr { $$ = b.unary(@1, Tok::Not, $2); }
  | XOR uexpr { $$ = b.unary(@1, Tok::Xor, $2); }
  | ARROW uexpr { $$ = b.unary(@1, Tok::Arrow, $2); }
  ;

pexpr_no_paren:
    INT { $$ = b.literal(@1, Tok::Int, $1); }
  | FLOAT { $$ = b.literal(@1, Tok::Float, $1); }
  | IMAG { $$ = b.literal(@1, Tok::Imag, $1); }
  | RUNE { $$ = b.literal(@1, Tok::Rune, $1); }
  | STRING { $$ = b.literal(@1, Tok::String, $1); }
  | operand_name %prec NotParen { $$ = $1; }
  | pexpr PERIOD sym { $$ = b.finish(b.make<SelectorExpr>(@2, $1, $3), {$1}); }
  | pexpr PERIOD LPAREN expr_or_type RPAREN { $$ = b.finish(b.make<TypeAssertExpr>(@2, $1, $4), {$1, $4}); }
  | pexpr PERIOD LPAREN TYPE RPAREN { $$ = b.finish(b.make<TypeAssertExpr>(@2, $1, nullptr), {$1}); }
  | pexpr LBRACK expr_or_type_list ocomma RBRACK { $$ = b.finish(b.make<IndexExpr>(@2, $1, b.list($3)), $3, $1); }
  | pexpr LBRACK oexpr COLON oexpr RBRACK { $$ = b.finish(b.make<SliceExpr>(@2, $1, $3, $5, nullptr, false), {$1, $3, $5}); }
  | pexpr LBRACK oexpr COLON oexpr COLON oexpr RBRACK {
        if (!$5) b.error(@6, "middle index required in 3-index slice");
        if (!$7) b.error(@8, "final index required in 3-index slice");
        $$ = b.finish(b.make<SliceExpr>(@2, $1, $3, $5, $7, true), {$1, $3, $5, $7});
    }
  | pexpr LPAREN RPAREN { $$ = b.finish(b.make<CallExpr>(@2, $1, List<Expr*>{}, false, @3), {$1}); }
  | pexpr LPAREN expr_or_type_list ocomma RPAREN { $$ = b.finish(b.make<CallExpr>(@2, $1, b.list($3), false, @5), $3, $1); }
  | pexpr LPAREN expr_or_type_list ELLIPSIS ocomma RPAREN { $$ = b.finish(b.make<CallExpr>(@2, $1, b.list($3), true, @6), $3, $1); }
  | convtype LPAREN expr ocomma RPAREN {
        $$ = b.finish(b.make<CallExpr>(@2, $1, b.list(std::vector<Expr*>{$3}), false, @5), {$1, $3});
    }
  | braced_type PERIOD sym { $$ = b.finish(b.make<SelectorExpr>(@2, $1, $3), {$1}); }  // interface{ M() }.M
  | comptype lbrace braced_keyval_list RBRACE {
        $$ = b.finish(b.make<CompositeLit>(@2, $1, b.list($3), @4), $3, $1);
        if ($2) b.lexer.reenterHeader();
    }
  | pexpr_no_paren LBRACE braced_keyval_list RBRACE { $$ = b.finish(b.make<CompositeLit>(@2, $1, b.list($3), @4), $3, $1); }
  | LPAREN expr_or_type RPAREN LBRACE braced_keyval_list RBRACE {
        $$ = b.finish(b.make<CompositeLit>(@4, $2, b.list($5), @6), $5, $2);
    }
  | fnliteral { $$ = $1; }
  ;

operand_name:
    sym %prec NotBrack { $$ = $1; }
  ;

pexpr:
    pexpr_no_paren { $$ = $1; }
  | LPAREN expr_or_type RPAREN { $$ = b.finish(b.make<ParenExpr>(@1, $2), {$2}); }
  ;

fnliteral:
    fntype lbrace stmt_list RBRACE {
        BlockStmt* body = b.make<BlockStmt>(@2, b.list($3), @4);
        $$ = b.finish(b.make<FuncLit>(@1, $1, body), {$1});
        if ($2) b.lexer.reenterHeader();
    }
  ;

braced_keyval_list:
    %empty { }
  | keyval_list ocomma { $$ = std::move($1); }
  ;

keyval_list:
    keyval_or_elem { $$.push_back($1); }
  | keyval_list COMMA keyval_or_elem { $$ = std::move($1); $$.push_back($3); }
  ;

keyval_or_elem:
    complitexpr { $$ = $1; }
  | complitexpr COLON complitexpr { $$ = b.finish(b.make<KeyValueExpr>(@2, $1, $3), {$1, $3}); }
  ;

complitexpr:
    expr { $$ = $1; }
  | complit_body_expr { $$ = $1; }
  ;

complit_body_expr:
    LBRACE braced_keyval_list RBRACE { $$ = b.finish(b.make<CompositeLit>(@1, nullptr, b.list($2), @3), $2); }
  ;

expr_or_type:
    expr { $$ = $1; }
  | non_expr_type { $$ = $1; }
  ;

expr_list:
    expr { $$.push_back($1); }
  | expr_list COMMA expr { $$ = std::move($1); $$.push_back($3); }
  ;

expr_or_type_list:
    expr_or_type { $$.push_back($1); }
  | expr_or_type_list COMMA expr_or_type { $$ = std::move($1); $$.push_back($3); }
  ;

oexpr:
    %empty { $$ = nullptr; }
  | expr { $$ = $1; }
  ;

oexpr_list:
    %empty { }
  | expr_list { $$ = std::move($1); }
  ;

sym:
    NAME { $$ = b.ident(@1, $1); }
  ;

new_name:
    sym { $$ = $1; }
  ;

onew_name:
    %empty { $$ = nullptr; }
  | new_name { $$ = $1; }
  ;

new_name_list:
    new_name { $$.push_back($1); }
  | new_name_list COMMA new_name { $$ = std::move($1); $$.push_back($3); }
  ;

ocomma:
    %empty { $$ = false; }
  | COMMA { $$ = true; }
  ;

osemi:
    %empty
  | SEMI
  ;

%%

namespace govm::bison {

void Parser::error(const location_type& pos, const std::string& message) {
    b.error(pos, message);
}

void Parser::report_syntax_error(const context& ctx) const {
    symbol_kind_type expected[64];
    int count = ctx.expected_tokens(expected, 64);
    std::vector<std::string_view> names;
    for (int i = 0; i < count; ++i) names.push_back(symbol_name(expected[i]));
    reportSyntaxError(b, names);
}

}  // namespace govm::bison

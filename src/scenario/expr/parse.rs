//! Text → syntax tree for expressions and effect statements.

use std::ops::Range;

use super::{ExprError, MAX_DEPTH, MAX_LEN};
use crate::i18n::Lang;
use crate::tr;

/// Binary operators, from the expression text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
}

impl BinOp {
    /// The operator as written.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Or => "or",
            BinOp::And => "and",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
        }
    }

    /// Whether it compares two values.
    pub fn is_comparison(self) -> bool {
        matches!(self, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge)
    }
}

/// How an effect statement changes its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Set,
    /// `+=`
    Add,
    /// `-=`
    Sub,
}

/// A syntax tree node with its byte span in the expression text.
#[derive(Debug, Clone, PartialEq)]
pub struct Ast {
    pub kind: AstKind,
    pub span: Range<usize>,
}

/// The shapes an expression can take.
#[derive(Debug, Clone, PartialEq)]
pub enum AstKind {
    Num(i64),
    Bool(bool),
    /// `a`, `a.b` — each segment with its span.
    Path(Vec<(String, Range<usize>)>),
    Call(String, Range<usize>, Vec<Ast>),
    Neg(Box<Ast>),
    Not(Box<Ast>),
    Binary(BinOp, Box<Ast>, Box<Ast>),
    /// `sum(r in regions where cond: value)` and the like.
    Aggregate(Box<Aggregate>),
}

/// The functions that go over every faction, region or route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AggFunc {
    /// `sum(…)`: the total of the value.
    Sum,
    /// `count(…)`: how many items pass the filter.
    Count,
    /// `min(…)`: the smallest value (0 when no item passes).
    Min,
    /// `max(…)`: the largest value (0 when no item passes).
    Max,
    /// `mean(…)`: the total divided by the number of items, rounded toward zero (0 when none).
    Mean,
}

impl AggFunc {
    /// The function for a name, if it can go over a set.
    pub fn parse(name: &str) -> Option<AggFunc> {
        Some(match name {
            "sum" => AggFunc::Sum,
            "count" => AggFunc::Count,
            "min" => AggFunc::Min,
            "max" => AggFunc::Max,
            "mean" => AggFunc::Mean,
            _ => return None,
        })
    }

    /// The name as written.
    pub fn name(self) -> &'static str {
        match self {
            AggFunc::Sum => "sum",
            AggFunc::Count => "count",
            AggFunc::Min => "min",
            AggFunc::Max => "max",
            AggFunc::Mean => "mean",
        }
    }
}

/// `func(var in set where filter: value)`, each part with its span.
#[derive(Debug, Clone, PartialEq)]
pub struct Aggregate {
    /// Which function.
    pub func: AggFunc,
    /// The name the items are called by inside, e.g. `r`.
    pub var: (String, Range<usize>),
    /// `factions`, `regions` or `routes` (checked when compiled).
    pub set: (String, Range<usize>),
    /// `where …`: only the items for which it holds.
    pub filter: Option<Ast>,
    /// `: …`: the value taken for each item (none for `count`).
    pub value: Option<Ast>,
}

/// `place op value`.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub place: Ast,
    pub op: AssignOp,
    pub value: Ast,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(i64),
    Ident(String),
    Dot,
    Comma,
    Colon,
    LParen,
    RParen,
    Op(BinOp),
    Not,
    Minus,
    Assign(AssignOp),
    End,
}

#[derive(Clone)]
struct Lexer<'a> {
    text: &'a str,
    pos: usize,
    /// The language problems are written in.
    lang: Lang,
}

impl Lexer<'_> {
    fn next(&mut self) -> Result<(Tok, Range<usize>), ExprError> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() && bytes[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
        let start = self.pos;
        let Some(&b) = bytes.get(self.pos) else { return Ok((Tok::End, start..start)) };
        let two = |s: &str| self.text[self.pos..].starts_with(s);
        let (tok, len) = match b {
            b'0'..=b'9' => {
                let end = self.text[start..]
                    .find(|c: char| !(c.is_ascii_digit() || c == '_'))
                    .map_or(self.text.len(), |i| start + i);
                let digits: String = self.text[start..end].chars().filter(|&c| c != '_').collect();
                let lang = self.lang;
                let value = digits.parse::<i64>().map_err(|_| {
                    ExprError::new(
                        "expr-syntax",
                        start..end,
                        tr!(lang, "diag-expr-number-too-large", number = &self.text[start..end]),
                    )
                    .with_help(tr!(
                        lang,
                        "diag-expr-number-too-large-help",
                        max = i64::MAX.to_string()
                    ))
                })?;
                if self.text[end..].starts_with('.') && self.text[end + 1..].starts_with(|c: char| c.is_ascii_digit()) {
                    return Err(ExprError::new("expr-syntax", start..end + 1, tr!(lang, "diag-expr-decimal"))
                        .with_help(tr!(lang, "diag-expr-decimal-help")));
                }
                (Tok::Num(value), end - start)
            }
            b'a'..=b'z' | b'A'..=b'Z' | b'_' => {
                let end = self.text[start..]
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .map_or(self.text.len(), |i| start + i);
                let word = &self.text[start..end];
                let tok = match word {
                    "and" => Tok::Op(BinOp::And),
                    "or" => Tok::Op(BinOp::Or),
                    "not" => Tok::Not,
                    _ => Tok::Ident(word.to_string()),
                };
                (tok, end - start)
            }
            b'.' => (Tok::Dot, 1),
            b',' => (Tok::Comma, 1),
            b':' => (Tok::Colon, 1),
            b'(' => (Tok::LParen, 1),
            b')' => (Tok::RParen, 1),
            b'+' if two("+=") => (Tok::Assign(AssignOp::Add), 2),
            b'-' if two("-=") => (Tok::Assign(AssignOp::Sub), 2),
            b'+' => (Tok::Op(BinOp::Add), 1),
            b'-' => (Tok::Minus, 1),
            b'*' => (Tok::Op(BinOp::Mul), 1),
            b'/' => (Tok::Op(BinOp::Div), 1),
            b'%' => (Tok::Op(BinOp::Rem), 1),
            b'=' if two("==") => (Tok::Op(BinOp::Eq), 2),
            b'=' => (Tok::Assign(AssignOp::Set), 1),
            b'!' if two("!=") => (Tok::Op(BinOp::Ne), 2),
            b'!' => (Tok::Not, 1),
            b'<' if two("<=") => (Tok::Op(BinOp::Le), 2),
            b'<' => (Tok::Op(BinOp::Lt), 1),
            b'>' if two(">=") => (Tok::Op(BinOp::Ge), 2),
            b'>' => (Tok::Op(BinOp::Gt), 1),
            b'&' if two("&&") => (Tok::Op(BinOp::And), 2),
            b'|' if two("||") => (Tok::Op(BinOp::Or), 2),
            _ => {
                let c = self.text[start..].chars().next().unwrap_or('?');
                return Err(ExprError::new(
                    "expr-syntax",
                    start..start + c.len_utf8(),
                    tr!(self.lang, "diag-expr-unexpected-character", character = c.to_string()),
                )
                .with_help(tr!(self.lang, "diag-expr-unexpected-character-help")));
            }
        };
        self.pos += len;
        Ok((tok, start..start + len))
    }
}

struct Parser<'a> {
    lexer: Lexer<'a>,
    tok: Tok,
    span: Range<usize>,
    depth: usize,
}

/// Parses a whole expression; problems are written in `lang`.
pub fn parse_expr(text: &str, lang: Lang) -> Result<Ast, ExprError> {
    let mut p = Parser::new(text, lang)?;
    let ast = p.expr()?;
    p.expect_end()?;
    Ok(ast)
}

/// Parses an effect statement such as `self.treasury -= 10`; problems are written in `lang`.
pub fn parse_statement(text: &str, lang: Lang) -> Result<Statement, ExprError> {
    let mut p = Parser::new(text, lang)?;
    let place = p.postfix()?;
    let op = match p.tok {
        Tok::Assign(op) => op,
        _ => {
            return Err(ExprError::new("expr-syntax", p.span.clone(), tr!(lang, "diag-expr-expected-assign"))
                .with_help(tr!(lang, "diag-expr-expected-assign-help")));
        }
    };
    p.advance()?;
    let value = p.expr()?;
    p.expect_end()?;
    Ok(Statement { place, op, value })
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, lang: Lang) -> Result<Self, ExprError> {
        if text.len() > MAX_LEN {
            let message = tr!(lang, "diag-expr-too-long", length = text.len().to_string(), max = MAX_LEN.to_string());
            return Err(ExprError::new("expr-too-long", 0..text.len().min(40), message)
                .with_help(tr!(lang, "diag-expr-too-long-help")));
        }
        let mut lexer = Lexer { text, pos: 0, lang };
        let (tok, span) = lexer.next()?;
        if tok == Tok::End {
            return Err(ExprError::new("expr-syntax", 0..0, tr!(lang, "diag-expr-empty"))
                .with_help(tr!(lang, "diag-expr-empty-help")));
        }
        Ok(Parser { lexer, tok, span, depth: 0 })
    }

    fn advance(&mut self) -> Result<(), ExprError> {
        let (tok, span) = self.lexer.next()?;
        self.tok = tok;
        self.span = span;
        Ok(())
    }

    /// A syntax problem at the current token, with help, both message keys.
    fn syntax(&self, message: String, help: &str) -> ExprError {
        ExprError::new("expr-syntax", self.span.clone(), message).with_help(tr!(self.lexer.lang, help))
    }

    /// The text of the current token.
    fn token(&self) -> &str {
        &self.lexer.text[self.span.clone()]
    }

    fn expect_end(&self) -> Result<(), ExprError> {
        let lang = self.lexer.lang;
        match self.tok {
            Tok::End => Ok(()),
            Tok::Assign(_) => Err(self.syntax(tr!(lang, "diag-expr-assignment"), "diag-expr-assignment-help")),
            _ => Err(self.syntax(tr!(lang, "diag-expr-unexpected", token = self.token()), "diag-expr-unexpected-help")),
        }
    }

    fn enter(&mut self) -> Result<(), ExprError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let lang = self.lexer.lang;
            return Err(ExprError::new(
                "expr-too-deep",
                self.span.clone(),
                tr!(lang, "diag-expr-too-deep", levels = MAX_DEPTH.to_string()),
            )
            .with_help(tr!(lang, "diag-expr-too-deep-help")));
        }
        Ok(())
    }

    fn expr(&mut self) -> Result<Ast, ExprError> {
        self.enter()?;
        let result = self.binary(0);
        self.depth -= 1;
        result
    }

    /// Precedence climbing over `or` < `and` < comparisons < `+ -` < `* / %`.
    fn binary(&mut self, min_level: u8) -> Result<Ast, ExprError> {
        let mut left = self.unary()?;
        loop {
            let op = match &self.tok {
                Tok::Op(op) => *op,
                Tok::Minus => BinOp::Sub,
                _ => return Ok(left),
            };
            let level = level(op);
            if level < min_level {
                return Ok(left);
            }
            let op_span = self.span.clone();
            self.advance()?;
            let right = self.binary(level + 1)?;
            if op.is_comparison() {
                if let Tok::Op(next) = &self.tok {
                    if next.is_comparison() {
                        let message = tr!(self.lexer.lang, "diag-expr-chained");
                        return Err(self.syntax(message, "diag-expr-chained-help"));
                    }
                }
            }
            let _ = op_span;
            let span = left.span.start..right.span.end;
            left = Ast { kind: AstKind::Binary(op, Box::new(left), Box::new(right)), span };
        }
    }

    fn unary(&mut self) -> Result<Ast, ExprError> {
        let start = self.span.start;
        match self.tok {
            Tok::Minus | Tok::Not => {
                let negate = self.tok == Tok::Minus;
                self.advance()?;
                self.enter()?;
                let inner = if negate { self.unary() } else { self.binary(level(BinOp::Eq)) };
                self.depth -= 1;
                let inner = inner?;
                let span = start..inner.span.end;
                let kind = if negate { AstKind::Neg(Box::new(inner)) } else { AstKind::Not(Box::new(inner)) };
                Ok(Ast { kind, span })
            }
            _ => self.postfix(),
        }
    }

    fn postfix(&mut self) -> Result<Ast, ExprError> {
        let start = self.span.start;
        match self.tok.clone() {
            Tok::Num(n) => {
                let span = self.span.clone();
                self.advance()?;
                Ok(Ast { kind: AstKind::Num(n), span })
            }
            Tok::LParen => {
                self.advance()?;
                let inner = self.expr()?;
                if self.tok != Tok::RParen {
                    let lang = self.lexer.lang;
                    return Err(ExprError::new(
                        "expr-syntax",
                        self.span.clone(),
                        tr!(lang, "diag-expr-expected-paren"),
                    )
                    .with_help(tr!(
                        lang,
                        "diag-expr-expected-paren-help",
                        position = (start + 1).to_string()
                    )));
                }
                let end = self.span.end;
                self.advance()?;
                Ok(Ast { kind: inner.kind, span: start..end })
            }
            Tok::Ident(name) => {
                let name_span = self.span.clone();
                self.advance()?;
                if name == "true" || name == "false" {
                    return Ok(Ast { kind: AstKind::Bool(name == "true"), span: name_span });
                }
                if self.tok == Tok::LParen {
                    return self.call(name, name_span);
                }
                let mut segments = vec![(name, name_span.clone())];
                let mut end = name_span.end;
                while self.tok == Tok::Dot {
                    self.advance()?;
                    match self.tok.clone() {
                        Tok::Ident(seg) => {
                            segments.push((seg, self.span.clone()));
                            end = self.span.end;
                            self.advance()?;
                        }
                        _ => {
                            let message = tr!(self.lexer.lang, "diag-expr-name-after-dot");
                            return Err(self.syntax(message, "diag-expr-name-after-dot-help"));
                        }
                    }
                }
                Ok(Ast { kind: AstKind::Path(segments), span: start..end })
            }
            Tok::End => Err(self.syntax(tr!(self.lexer.lang, "diag-expr-ends-early"), "diag-expr-ends-early-help")),
            _ => Err(self.syntax(
                tr!(self.lexer.lang, "diag-expr-expected-value", token = self.token()),
                "diag-expr-expected-value-help",
            )),
        }
    }

    /// The token after the current one, without moving.
    fn peek(&self) -> Result<Tok, ExprError> {
        self.lexer.clone().next().map(|(tok, _)| tok)
    }

    fn call(&mut self, name: String, name_span: Range<usize>) -> Result<Ast, ExprError> {
        self.advance()?; // (
        if let (Some(func), Tok::Ident(var)) = (AggFunc::parse(&name), &self.tok) {
            if matches!(self.peek()?, Tok::Ident(word) if word == "in") {
                let var = (var.clone(), self.span.clone());
                return self.aggregate(func, var, name_span);
            }
        }
        let mut args = Vec::new();
        if self.tok != Tok::RParen {
            loop {
                args.push(self.expr()?);
                match self.tok {
                    Tok::Comma => self.advance()?,
                    Tok::RParen => break,
                    _ => {
                        let message = tr!(self.lexer.lang, "diag-expr-expected-comma", function = name.as_str());
                        return Err(self.syntax(message, "diag-expr-expected-comma-help"));
                    }
                }
            }
        }
        let end = self.span.end;
        self.advance()?;
        Ok(Ast { kind: AstKind::Call(name, name_span.clone(), args), span: name_span.start..end })
    }
}

impl Parser<'_> {
    /// The rest of `func(var in set where filter: value)`, from `var`.
    fn aggregate(
        &mut self,
        func: AggFunc,
        var: (String, Range<usize>),
        name_span: Range<usize>,
    ) -> Result<Ast, ExprError> {
        let name = func.name();
        self.advance()?; // var
        self.advance()?; // in
        let set = match self.tok.clone() {
            Tok::Ident(set) => (set, self.span.clone()),
            _ => {
                let message = tr!(self.lexer.lang, "diag-expr-expected-set", function = name);
                return Err(self.syntax(message, "diag-expr-expected-set-help"));
            }
        };
        self.advance()?;
        let filter = match &self.tok {
            Tok::Ident(word) if word == "where" => {
                self.advance()?;
                Some(self.expr()?)
            }
            _ => None,
        };
        let value = if self.tok == Tok::Colon {
            self.advance()?;
            Some(self.expr()?)
        } else {
            None
        };
        if self.tok != Tok::RParen {
            let lang = self.lexer.lang;
            let help = if filter.is_none() && value.is_none() {
                tr!(lang, "diag-expr-aggregate-body-help", example = format!("{name}({} in {}: …)", var.0, set.0))
            } else {
                tr!(lang, "diag-expr-aggregate-end-help", function = name)
            };
            return Err(ExprError::new(
                "expr-syntax",
                self.span.clone(),
                tr!(lang, "diag-expr-aggregate-end", function = name),
            )
            .with_help(help));
        }
        let end = self.span.end;
        self.advance()?;
        let agg = Aggregate { func, var, set, filter, value };
        Ok(Ast { kind: AstKind::Aggregate(Box::new(agg)), span: name_span.start..end })
    }
}

fn level(op: BinOp) -> u8 {
    match op {
        BinOp::Or => 1,
        BinOp::And => 2,
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => 3,
        BinOp::Add | BinOp::Sub => 4,
        BinOp::Mul | BinOp::Div | BinOp::Rem => 5,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(ast: &Ast) -> String {
        match &ast.kind {
            AstKind::Num(n) => n.to_string(),
            AstKind::Bool(b) => b.to_string(),
            AstKind::Path(p) => p.iter().map(|s| s.0.as_str()).collect::<Vec<_>>().join("."),
            AstKind::Call(n, _, args) => format!("{n}({})", args.iter().map(shape).collect::<Vec<_>>().join(", ")),
            AstKind::Neg(a) => format!("(-{})", shape(a)),
            AstKind::Not(a) => format!("(not {})", shape(a)),
            AstKind::Binary(op, l, r) => format!("({} {} {})", shape(l), op.symbol(), shape(r)),
            AstKind::Aggregate(a) => format!(
                "{}({} in {}{}{})",
                a.func.name(),
                a.var.0,
                a.set.0,
                a.filter.as_ref().map_or(String::new(), |f| format!(" where {}", shape(f))),
                a.value.as_ref().map_or(String::new(), |v| format!(": {}", shape(v)))
            ),
        }
    }

    #[test]
    fn precedence_follows_arithmetic_then_comparison_then_logic() {
        let ast = parse_expr("a.b + 2 * 3 >= 4 and not flag.x or c", Lang::En).unwrap();
        assert_eq!(shape(&ast), "((((a.b + (2 * 3)) >= 4) and (not flag.x)) or c)");
        assert_eq!(shape(&parse_expr("10 - 3 - 2", Lang::En).unwrap()), "((10 - 3) - 2)");
        assert_eq!(shape(&parse_expr("-min(1, x)", Lang::En).unwrap()), "(-min(1, x))");
    }

    #[test]
    fn statements_have_a_place_an_operator_and_a_value() {
        let s = parse_statement("relation(self, target) += 5", Lang::En).unwrap();
        assert_eq!(s.op, AssignOp::Add);
        assert_eq!(shape(&s.place), "relation(self, target)");
        assert_eq!(shape(&s.value), "5");
    }

    #[test]
    fn aggregates_have_a_variable_a_set_a_filter_and_a_value() {
        let ast = parse_expr("sum(r in regions where controls(self, r): r.unrest) + 1", Lang::En).unwrap();
        assert_eq!(shape(&ast), "(sum(r in regions where controls(self, r): r.unrest) + 1)");
        assert_eq!(shape(&parse_expr("count(f in factions)", Lang::En).unwrap()), "count(f in factions)");
        assert_eq!(shape(&parse_expr("max(a, b)", Lang::En).unwrap()), "max(a, b)");
        let e = parse_expr("sum(r in regions r.unrest)", Lang::En).unwrap_err();
        assert_eq!((e.span.start, e.message.as_str()), (17, "expected `)` to end `sum(…)`"));
        assert!(e.help.unwrap().contains("`where`"));
        let e = parse_expr("sum(r in 3)", Lang::En).unwrap_err();
        assert_eq!(e.span, 9..10);
    }

    #[test]
    fn errors_point_at_the_problem() {
        let e = parse_expr("self.treasury >= ", Lang::En).unwrap_err();
        assert_eq!((e.code, e.span.start), ("expr-syntax", 17));
        let e = parse_expr("a < b < c", Lang::En).unwrap_err();
        assert!(e.message.contains("chained"), "{}", e.message);
        let e = parse_expr("x * 1.5", Lang::En).unwrap_err();
        assert!(e.message.contains("decimal"));
        let e = parse_expr("(1 + 2", Lang::En).unwrap_err();
        assert_eq!(e.message, "expected `)`");
        let e = parse_expr("99999999999999999999", Lang::En).unwrap_err();
        assert!(e.message.contains("too large"));
    }

    #[test]
    fn deep_nesting_is_refused_without_overflowing_the_stack() {
        let deep = format!("{}1{}", "(".repeat(10_000), ")".repeat(10_000));
        assert_eq!(parse_expr(&deep, Lang::En).unwrap_err().code, "expr-too-long");
        let deep = format!("{}1{}", "(".repeat(100), ")".repeat(100));
        assert_eq!(parse_expr(&deep, Lang::En).unwrap_err().code, "expr-too-deep");
        let negs = format!("{}1", "-".repeat(200));
        assert_eq!(parse_expr(&negs, Lang::En).unwrap_err().code, "expr-too-deep");
    }
}

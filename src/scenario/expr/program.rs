//! Compiled expressions as a flat list of steps for a small stack machine:
//! the form the engine evaluates, thousands of times a turn.
//!
//! The tree ([`Node`]) stays what checks, explanations and descriptions
//! read, and [`Node::num`] is the reference meaning; a [`Program`] built
//! from a type-checked tree gives the same number for every state and
//! binding (a property test holds them to it), without following a pointer
//! per node. Conditions are 1 or 0 on the stack; `and`, `or` and `if` jump
//! over what they do not need, as the tree evaluator skips it.

use super::compile::{AggNode, Ent, Node, NodeKind, RouteField};
use super::eval::{Bindings, Env, arith, compare};
use super::parse::{AggFunc, BinOp};

/// Numbers a program may hold under the top of its stack without
/// allocating (more than expressions people write need; deeper ones allocate).
const BELOW: usize = 8;

/// An expression compiled to steps run in order on a stack of numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    steps: Vec<Step>,
    /// The most numbers on the stack at once.
    depth: usize,
    /// Whether it mentions `target` anywhere.
    target: bool,
    /// Whether it is one value and operators on it alone (no stack needed).
    linear: bool,
    /// Whether it reads the game at all (else its value depends on the bindings alone).
    game: bool,
    /// Its value, when it is a number alone (`5`, `true`).
    constant: Option<i64>,
}

/// One thing an expression may read from the game, with what `self`,
/// `target` and an aggregate's item stand for resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    /// The turn.
    Turn,
    /// A faction's variable: faction, variable.
    FactionVar(usize, usize),
    /// A region's variable: region, variable.
    RegionVar(usize, usize),
    /// A route's numeric property.
    RouteNum(usize, RouteField),
    /// Whether a route is open.
    RouteOpen(usize),
    /// A flag.
    Flag(usize),
    /// The relation between two factions.
    Relation(usize, usize),
    /// Who controls a region.
    Controller(usize),
    /// Which lasting actions are in effect.
    Active,
}

/// One step. Reads push one number; operators pop their operands and push
/// the result (a `…With` or `…From` operator takes its right or left
/// operand from the step); jumps go to a step index.
// A plain tag byte: telling the steps apart is a lookup, not a decoding
// of the tags nested in their fields.
#[derive(Debug, Clone, PartialEq)]
#[repr(u8)]
enum Step {
    Push(i64),
    Turn,
    FactionVar(Ent, usize),
    RegionVar(Ent, usize),
    RouteNum(Ent, RouteField),
    RouteOpen(Ent),
    Flag(usize),
    Relation(Ent, Ent),
    Controls(Ent, Ent),
    Active(usize, Option<Ent>),
    EntityEq(bool, Ent, Ent),
    Neg,
    Abs,
    Not,
    Arith(BinOp),
    // An operator with a constant, the operation in the step itself (one
    // dispatch, not two): `top + n`, …; `…From` has the constant on the
    // left (`n - top`). A comparison with the constant on the left is
    // turned around, and `n + top`, `n * top` are `top + n`, `top * n`.
    AddWith(i64),
    SubWith(i64),
    SubFrom(i64),
    MulWith(i64),
    DivWith(i64),
    DivFrom(i64),
    RemWith(i64),
    RemFrom(i64),
    Compare(BinOp),
    EqWith(i64),
    NeWith(i64),
    LtWith(i64),
    LeWith(i64),
    GtWith(i64),
    GeWith(i64),
    BoolEq(bool),
    Min,
    MinWith(i64),
    Max,
    MaxWith(i64),
    Clamp,
    ClampWith(i64, i64),
    /// `if(condition, a, b)` with both numbers known: the condition on top becomes one of them.
    Select(i64, i64),
    /// Pops a condition and jumps when it is false.
    JumpIfFalse(usize),
    Jump(usize),
    /// `and`: jumps when the condition on top is false, keeping it as the result; else pops it.
    AndThen(usize),
    /// `or`: jumps when the condition on top is true, keeping it as the result; else pops it.
    OrElse(usize),
    Aggregate(Box<Aggregate>),
    /// A number at a position of the game's row of values ([`Program::placed`]).
    At(usize),
    /// A condition at a position of the game's row of values: 1 or 0.
    AtTruth(usize),
}

impl Step {
    /// Whether it only pushes a number: a constant, a value read or an aggregate.
    fn is_value(&self) -> bool {
        matches!(
            self,
            Step::Push(_)
                | Step::Turn
                | Step::FactionVar(..)
                | Step::RegionVar(..)
                | Step::RouteNum(..)
                | Step::RouteOpen(_)
                | Step::Flag(_)
                | Step::Relation(..)
                | Step::Controls(..)
                | Step::Active(..)
                | Step::EntityEq(..)
                | Step::Aggregate(_)
                | Step::At(_)
                | Step::AtTruth(_)
        )
    }

    /// Whether it changes the number on top of the stack alone ([`apply`]).
    fn is_unary(&self) -> bool {
        // Neither a value nor a step that takes two numbers or jumps.
        let binary_or_jump = matches!(
            self,
            Step::Arith(_)
                | Step::Compare(_)
                | Step::BoolEq(_)
                | Step::Min
                | Step::Max
                | Step::Clamp
                | Step::JumpIfFalse(_)
                | Step::Jump(_)
                | Step::AndThen(_)
                | Step::OrElse(_)
        );
        !self.is_value() && !binary_or_jump
    }

    /// Whether it reads the game (an aggregate counts as reading it).
    fn reads_game(&self) -> bool {
        self.is_value() && !matches!(self, Step::Push(_) | Step::EntityEq(..))
    }

    fn mentions_target(&self) -> bool {
        let target = |e: &Ent| *e == Ent::Target;
        match self {
            Step::FactionVar(e, _) | Step::RegionVar(e, _) | Step::RouteNum(e, _) | Step::RouteOpen(e) => target(e),
            Step::Relation(x, y) | Step::Controls(x, y) | Step::EntityEq(_, x, y) => target(x) || target(y),
            Step::Active(_, e) => e.as_ref().is_some_and(target),
            Step::Aggregate(agg) => agg.filter.iter().chain(&agg.value).any(Program::mentions_target),
            _ => false,
        }
    }
}

/// An aggregate: its filter and value are programs of their own, run once per item.
#[derive(Debug, Clone, PartialEq)]
struct Aggregate {
    func: AggFunc,
    count: usize,
    filter: Option<Program>,
    value: Option<Program>,
}

impl Program {
    /// Compiles a type-checked tree.
    pub fn new(root: &Node) -> Program {
        let mut out = Emitter { steps: Vec::new(), depth: 0, max: 0 };
        out.node(root);
        Program::of_steps(out.steps, out.max)
    }

    /// A program of these steps, which need a stack this deep.
    fn of_steps(steps: Vec<Step>, depth: usize) -> Program {
        let target = steps.iter().any(Step::mentions_target);
        let linear = match steps.split_first() {
            Some((first, rest)) => first.is_value() && rest.iter().all(Step::is_unary),
            None => false,
        };
        let game = steps.iter().any(Step::reads_game);
        let constant = match steps.as_slice() {
            [Step::Push(n)] => Some(*n),
            _ => None,
        };
        Program { steps, depth, target, linear, game, constant }
    }

    /// The same program under bindings `b`, with each value it reads from
    /// the game's row of values (a variable, a route's property, a flag, a
    /// relation) read at its position there: `locate` gives the position
    /// (`None`: the game has no such value, which reads 0). It gives the
    /// same number as this one for a game laid out as `locate` says, and
    /// must be run with the same bindings (an aggregate's items still read
    /// through them).
    pub fn placed(&self, b: Bindings, locate: impl Fn(Read) -> Option<usize>) -> Program {
        let steps = self
            .steps
            .iter()
            .map(|step| match (step, bound_read(step, &b)) {
                (Step::RouteOpen(_) | Step::Flag(_), Some(read)) => locate(read).map_or(Step::Push(0), Step::AtTruth),
                (_, Some(read)) if read.in_row() => locate(read).map_or(Step::Push(0), Step::At),
                _ => step.clone(),
            })
            .collect();
        Program::of_steps(steps, self.depth)
    }

    /// Its value, when it has the same one whatever the game and bindings.
    pub fn constant(&self) -> Option<i64> {
        self.constant
    }

    /// Whether its value may depend on what `target` stands for (without
    /// it, every target gives the same).
    pub fn mentions_target(&self) -> bool {
        self.target
    }

    /// Whether its value may depend on the game (without it, the same
    /// bindings always give the same value).
    pub fn reads_game(&self) -> bool {
        self.game
    }

    /// The expression's value (a condition gives 1 or 0).
    pub fn num<E: Env + ?Sized>(&self, env: &E, b: Bindings) -> i64 {
        if let Some(n) = self.constant {
            return n;
        }
        // One value and operators on it: most conditions, chances and effects.
        if let (true, Some((first, rest))) = (self.linear, self.steps.split_first()) {
            // A value read at its place in the game's row: most of what the rules run.
            let first = at_place(first, env).unwrap_or_else(|| value(first, env, &b));
            return rest.iter().fold(first, |top, step| apply(step, top));
        }
        self.on_stack(env, b)
    }

    /// [`Program::num`] for a program that needs a stack. Kept apart, so
    /// that the common cases above start without setting one up.
    #[inline(never)]
    fn on_stack<E: Env + ?Sized>(&self, env: &E, b: Bindings) -> i64 {
        let below = self.depth.saturating_sub(1);
        if below == 0 {
            self.run(&mut [], env, &b)
        } else if below <= BELOW {
            self.run(&mut [0; BELOW], env, &b)
        } else {
            self.run(&mut vec![0; below], env, &b)
        }
    }

    /// Calls `read` with everything the expression may read under `b`:
    /// both sides of every `if`, `and` and `or`, and every item of an
    /// aggregate. A reference to nothing (`self` unbound, say) reads nothing.
    pub fn reads(&self, b: Bindings, read: &mut impl FnMut(Read)) {
        for step in &self.steps {
            if let Step::Aggregate(agg) = step {
                for each in 0..agg.count {
                    let b = b.at_item(each);
                    agg.filter.iter().chain(&agg.value).for_each(|p| p.reads(b, read));
                }
            }
            bound_read(step, &b).into_iter().for_each(&mut *read);
        }
    }

    /// Whether the condition holds (a number holds when it is not 0).
    pub fn truth<E: Env + ?Sized>(&self, env: &E, b: Bindings) -> bool {
        self.num(env, b) != 0
    }

    fn run<E: Env + ?Sized>(&self, below: &mut [i64], env: &E, b: &Bindings) -> i64 {
        let mut stack = Stack { below, len: 0, top: 0 };
        let mut next = 0;
        while let Some(step) = self.steps.get(next) {
            next += 1;
            match step {
                Step::Push(n) => stack.push(*n),
                Step::Turn
                | Step::FactionVar(..)
                | Step::RegionVar(..)
                | Step::RouteNum(..)
                | Step::RouteOpen(_)
                | Step::Flag(_)
                | Step::Relation(..)
                | Step::Controls(..)
                | Step::Active(..)
                | Step::EntityEq(..)
                | Step::At(_)
                | Step::AtTruth(_) => stack.push(read(step, env, b)),
                Step::Neg
                | Step::Abs
                | Step::Not
                | Step::AddWith(_)
                | Step::SubWith(_)
                | Step::SubFrom(_)
                | Step::MulWith(_)
                | Step::DivWith(_)
                | Step::DivFrom(_)
                | Step::RemWith(_)
                | Step::RemFrom(_)
                | Step::EqWith(_)
                | Step::NeWith(_)
                | Step::LtWith(_)
                | Step::LeWith(_)
                | Step::GtWith(_)
                | Step::GeWith(_)
                | Step::MinWith(_)
                | Step::MaxWith(_)
                | Step::ClampWith(..)
                | Step::Select(..) => stack.top = apply(step, stack.top),
                Step::Arith(op) => stack.combine(|l, r| arith(*op, l, r)),
                Step::Compare(op) => stack.combine(|l, r| i64::from(compare(*op, l, r))),
                Step::BoolEq(equal) => stack.combine(|l, r| i64::from(((l != 0) == (r != 0)) == *equal)),
                Step::Min => stack.combine(i64::min),
                Step::Max => stack.combine(i64::max),
                Step::Clamp => {
                    let hi = stack.pop();
                    stack.combine(|x, lo| clamp(x, lo, hi));
                }
                Step::JumpIfFalse(to) => {
                    if stack.pop() == 0 {
                        next = *to;
                    }
                }
                Step::Jump(to) => next = *to,
                Step::AndThen(to) => {
                    if stack.top == 0 {
                        next = *to;
                    } else {
                        stack.pop();
                    }
                }
                Step::OrElse(to) => {
                    if stack.top != 0 {
                        next = *to;
                    } else {
                        stack.pop();
                    }
                }
                Step::Aggregate(agg) => stack.push(agg.num(env, *b)),
            }
        }
        stack.top
    }
}

impl Read {
    /// Whether it is one of the game's row of values (not the turn, who
    /// controls a region, or which actions are in effect).
    fn in_row(self) -> bool {
        !matches!(self, Read::Turn | Read::Controller(_) | Read::Active)
    }
}

/// What a step reads from the game under `b`, with its references
/// resolved (`None` for a step that reads nothing, or reads through a
/// reference bound to nothing).
fn bound_read(step: &Step, b: &Bindings) -> Option<Read> {
    let bound = |e: Ent| Some(b.resolve(e)).filter(|&i| i != usize::MAX);
    match step {
        Step::Turn => Some(Read::Turn),
        Step::FactionVar(e, v) => bound(*e).map(|f| Read::FactionVar(f, *v)),
        Step::RegionVar(e, v) => bound(*e).map(|r| Read::RegionVar(r, *v)),
        Step::RouteNum(e, f) => bound(*e).map(|r| Read::RouteNum(r, *f)),
        Step::RouteOpen(e) => bound(*e).map(Read::RouteOpen),
        Step::Flag(f) => Some(Read::Flag(*f)),
        Step::Relation(x, y) => bound(*x).zip(bound(*y)).map(|(x, y)| Read::Relation(x, y)),
        Step::Controls(_, r) => bound(*r).map(Read::Controller),
        Step::Active(..) => Some(Read::Active),
        _ => None,
    }
}

/// The value a step that only pushes pushes: a number, a value read, an aggregate.
fn value<E: Env + ?Sized>(step: &Step, env: &E, b: &Bindings) -> i64 {
    match step {
        Step::Push(n) => *n,
        Step::Aggregate(agg) => agg.num(env, *b),
        _ => read_here(step, env, b),
    }
}

/// A step that changes the number on top of the stack alone, applied to it.
fn apply(step: &Step, top: i64) -> i64 {
    match step {
        Step::Neg => top.saturating_neg(),
        Step::Abs => top.saturating_abs(),
        Step::Not => i64::from(top == 0),
        Step::AddWith(r) => arith(BinOp::Add, top, *r),
        Step::SubWith(r) => arith(BinOp::Sub, top, *r),
        Step::SubFrom(l) => arith(BinOp::Sub, *l, top),
        Step::MulWith(r) => arith(BinOp::Mul, top, *r),
        Step::DivWith(r) => arith(BinOp::Div, top, *r),
        Step::DivFrom(l) => arith(BinOp::Div, *l, top),
        Step::RemWith(r) => arith(BinOp::Rem, top, *r),
        Step::RemFrom(l) => arith(BinOp::Rem, *l, top),
        Step::EqWith(r) => i64::from(top == *r),
        Step::NeWith(r) => i64::from(top != *r),
        Step::LtWith(r) => i64::from(top < *r),
        Step::LeWith(r) => i64::from(top <= *r),
        Step::GtWith(r) => i64::from(top > *r),
        Step::GeWith(r) => i64::from(top >= *r),
        Step::MinWith(r) => top.min(*r),
        Step::MaxWith(r) => top.max(*r),
        Step::ClampWith(lo, hi) => clamp(top, *lo, *hi),
        Step::Select(then, otherwise) => {
            if top != 0 {
                *then
            } else {
                *otherwise
            }
        }
        _ => top,
    }
}

/// The value a reading step pushes. Kept out of [`Program::run`]'s loop,
/// which then holds nothing of the game in registers and starts cheaply.
#[inline(never)]
fn read<E: Env + ?Sized>(step: &Step, env: &E, b: &Bindings) -> i64 {
    read_here(step, env, b)
}

/// [`read`] where it is called: a one-value program reads its value with
/// no call between it and the operators that follow.
#[inline(always)]
fn read_here<E: Env + ?Sized>(step: &Step, env: &E, b: &Bindings) -> i64 {
    match step {
        Step::Turn => env.turn(),
        Step::FactionVar(e, v) => env.faction_var(b.resolve(*e), *v),
        Step::RegionVar(e, v) => env.region_var(b.resolve(*e), *v),
        Step::RouteNum(e, f) => env.route_num(b.resolve(*e), *f),
        Step::RouteOpen(e) => i64::from(env.route_open(b.resolve(*e))),
        Step::Flag(f) => i64::from(env.flag(*f)),
        Step::Relation(x, y) => env.relation(b.resolve(*x), b.resolve(*y)),
        Step::Controls(f, r) => i64::from(env.controller(b.resolve(*r)) == Some(b.resolve(*f))),
        Step::Active(action, target) => i64::from(env.active(*action, target.map(|t| b.resolve(t)))),
        Step::EntityEq(equal, x, y) => i64::from((b.resolve(*x) == b.resolve(*y)) == *equal),
        Step::At(_) | Step::AtTruth(_) => at_place(step, env).unwrap_or(0),
        _ => 0,
    }
}

/// The value a step that reads the game's row at a position reads (`None`
/// for any other step): checked first where most programs start.
#[inline(always)]
fn at_place<E: Env + ?Sized>(step: &Step, env: &E) -> Option<i64> {
    match step {
        Step::At(at) => Some(env.at(*at)),
        Step::AtTruth(at) => Some(i64::from(env.at(*at) != 0)),
        _ => None,
    }
}

/// The step for `top op n`, or with the constant on the left (`left`),
/// `n op top`; `None` for an operator that has no such step.
fn with_constant(op: BinOp, n: i64, left: bool) -> Option<Step> {
    Some(match (op, left) {
        (BinOp::Add, _) => Step::AddWith(n),
        (BinOp::Mul, _) => Step::MulWith(n),
        (BinOp::Sub, false) => Step::SubWith(n),
        (BinOp::Sub, true) => Step::SubFrom(n),
        (BinOp::Div, false) => Step::DivWith(n),
        (BinOp::Div, true) => Step::DivFrom(n),
        (BinOp::Rem, false) => Step::RemWith(n),
        (BinOp::Rem, true) => Step::RemFrom(n),
        (BinOp::Eq, _) => Step::EqWith(n),
        (BinOp::Ne, _) => Step::NeWith(n),
        // `n < top` is `top > n`, and so on.
        (BinOp::Lt, false) | (BinOp::Gt, true) => Step::LtWith(n),
        (BinOp::Le, false) | (BinOp::Ge, true) => Step::LeWith(n),
        (BinOp::Gt, false) | (BinOp::Lt, true) => Step::GtWith(n),
        (BinOp::Ge, false) | (BinOp::Le, true) => Step::GeWith(n),
        (BinOp::Or | BinOp::And, _) => return None,
    })
}

/// `clamp(x, lo, hi)` as expressions define it (a range upside down is just `lo`).
fn clamp(x: i64, lo: i64, hi: i64) -> i64 {
    x.max(lo).min(hi.max(lo))
}

impl Aggregate {
    /// Goes over every item once, as [`AggNode`]'s evaluation does.
    fn num<E: Env + ?Sized>(&self, env: &E, b: Bindings) -> i64 {
        let (mut total, mut passed, mut least, mut most) = (0i64, 0i64, i64::MAX, i64::MIN);
        for each in 0..self.count {
            let b = b.at_item(each);
            if self.filter.as_ref().is_some_and(|f| !f.truth(env, b)) {
                continue;
            }
            passed += 1;
            if self.func == AggFunc::Count {
                continue;
            }
            let value = self.value.as_ref().map_or(0, |v| v.num(env, b));
            total = total.saturating_add(value);
            least = least.min(value);
            most = most.max(value);
        }
        match self.func {
            AggFunc::Count => passed,
            AggFunc::Sum => total,
            AggFunc::Min if passed > 0 => least,
            AggFunc::Max if passed > 0 => most,
            AggFunc::Min | AggFunc::Max => 0,
            AggFunc::Mean => arith(BinOp::Div, total, passed),
        }
    }

    fn new(agg: &AggNode) -> Aggregate {
        Aggregate {
            func: agg.func,
            count: agg.count,
            filter: agg.filter.as_ref().map(Program::new),
            value: agg.value.as_ref().map(Program::new),
        }
    }
}

/// The numbers of one run: `len` of them, the last in `top` and the others
/// in `below`. The emitter sized `below`, so it never overflows; were it
/// ever to, values would read as 0 rather than panic.
struct Stack<'a> {
    below: &'a mut [i64],
    len: usize,
    top: i64,
}

impl Stack<'_> {
    fn push(&mut self, value: i64) {
        // With nothing on the stack yet, `top` holds nothing to keep.
        if let Some(slot) = self.below.get_mut(self.len.wrapping_sub(1)) {
            *slot = self.top;
        }
        self.len += 1;
        self.top = value;
    }

    fn pop(&mut self) -> i64 {
        let value = self.top;
        self.len = self.len.saturating_sub(1);
        self.top = self.below.get(self.len.wrapping_sub(1)).copied().unwrap_or(0);
        value
    }

    /// Pops the top number `r` and replaces the one under it, `l`, with `f(l, r)`.
    fn combine(&mut self, f: impl FnOnce(i64, i64) -> i64) {
        let r = self.pop();
        self.top = f(self.top, r);
    }
}

/// Writes the steps of a tree, keeping count of the stack's depth.
struct Emitter {
    steps: Vec<Step>,
    depth: usize,
    max: usize,
}

impl Emitter {
    /// Adds a step that changes the stack's depth by `pushed - popped`.
    fn step(&mut self, step: Step, popped: usize, pushed: usize) {
        self.steps.push(step);
        self.depth = self.depth.saturating_sub(popped) + pushed;
        self.max = self.max.max(self.depth);
    }

    fn read(&mut self, step: Step) {
        self.step(step, 0, 1);
    }

    /// Adds a jump whose destination is set by [`Emitter::land`]; returns its index.
    fn jump(&mut self, step: fn(usize) -> Step, popped: usize) -> usize {
        self.step(step(0), popped, 0);
        self.steps.len() - 1
    }

    /// Makes the jump at `at` go to the next step.
    fn land(&mut self, at: usize) {
        let here = self.steps.len();
        if let Some(Step::JumpIfFalse(to) | Step::Jump(to) | Step::AndThen(to) | Step::OrElse(to)) =
            self.steps.get_mut(at)
        {
            *to = here;
        }
    }

    fn node(&mut self, node: &Node) {
        if let Some(n) = constant(node) {
            return self.read(Step::Push(n));
        }
        match &node.kind {
            NodeKind::Num(n) => self.read(Step::Push(*n)),
            NodeKind::Bool(v) => self.read(Step::Push(i64::from(*v))),
            NodeKind::Entity(..) => self.read(Step::Push(0)),
            NodeKind::Turn => self.read(Step::Turn),
            NodeKind::FactionVar(e, v) => self.read(Step::FactionVar(*e, *v)),
            NodeKind::RegionVar(e, v) => self.read(Step::RegionVar(*e, *v)),
            NodeKind::RouteNum(e, f) => self.read(Step::RouteNum(*e, *f)),
            NodeKind::RouteOpen(e) => self.read(Step::RouteOpen(*e)),
            NodeKind::Flag(f) => self.read(Step::Flag(*f)),
            NodeKind::Relation(x, y) => self.read(Step::Relation(*x, *y)),
            NodeKind::Controls(f, r) => self.read(Step::Controls(*f, *r)),
            NodeKind::Active(action, target) => self.read(Step::Active(*action, *target)),
            NodeKind::EntityEq(equal, x, y) => self.read(Step::EntityEq(*equal, *x, *y)),
            NodeKind::Neg(a) => self.unary(a, Step::Neg),
            NodeKind::Abs(a) => self.unary(a, Step::Abs),
            NodeKind::Not(a) => self.unary(a, Step::Not),
            NodeKind::Arith(op, l, r) | NodeKind::Compare(op, l, r) => {
                let general =
                    if matches!(node.kind, NodeKind::Arith(..)) { Step::Arith(*op) } else { Step::Compare(*op) };
                match (constant(l), constant(r)) {
                    (_, Some(n)) if let Some(step) = with_constant(*op, n, false) => self.unary(l, step),
                    (Some(n), _) if let Some(step) = with_constant(*op, n, true) => self.unary(r, step),
                    _ => self.binary(l, r, general),
                }
            }
            NodeKind::BoolEq(equal, l, r) => self.binary(l, r, Step::BoolEq(*equal)),
            NodeKind::Min(args) => self.fold(args, Step::Min, Step::MinWith),
            NodeKind::Max(args) => self.fold(args, Step::Max, Step::MaxWith),
            NodeKind::Clamp(x, lo, hi) => match (constant(lo), constant(hi)) {
                (Some(lo), Some(hi)) => self.unary(x, Step::ClampWith(lo, hi)),
                _ => {
                    self.node(x);
                    self.node(lo);
                    self.node(hi);
                    self.step(Step::Clamp, 3, 1);
                }
            },
            NodeKind::And(l, r) => self.short_circuit(l, r, Step::AndThen),
            NodeKind::Or(l, r) => self.short_circuit(l, r, Step::OrElse),
            NodeKind::If(c, t, f) if constant(t).is_some() && constant(f).is_some() => {
                let (then, otherwise) = (constant(t).unwrap_or(0), constant(f).unwrap_or(0));
                self.unary(c, Step::Select(then, otherwise));
            }
            NodeKind::If(c, t, f) => {
                self.node(c);
                let otherwise = self.jump(Step::JumpIfFalse, 1);
                self.node(t);
                let end = self.jump(Step::Jump, 0);
                self.land(otherwise);
                // Only one branch runs: the other starts from the same depth.
                self.depth = self.depth.saturating_sub(1);
                self.node(f);
                self.land(end);
            }
            NodeKind::Aggregate(agg) => self.read(Step::Aggregate(Box::new(Aggregate::new(agg)))),
        }
    }

    fn unary(&mut self, a: &Node, step: Step) {
        self.node(a);
        self.step(step, 1, 1);
    }

    fn binary(&mut self, l: &Node, r: &Node, step: Step) {
        self.node(l);
        self.node(r);
        self.step(step, 2, 1);
    }

    /// `min`/`max` of any number of arguments, two at a time, constants
    /// last (the order does not change a minimum); 0 with none, as the tree gives.
    fn fold(&mut self, args: &[Node], step: Step, with: fn(i64) -> Step) {
        let (constants, others): (Vec<&Node>, Vec<&Node>) = args.iter().partition(|a| constant(a).is_some());
        let mut args = others.into_iter().chain(constants);
        let Some(first) = args.next() else { return self.read(Step::Push(0)) };
        self.node(first);
        for arg in args {
            match constant(arg) {
                Some(n) => self.step(with(n), 1, 1),
                None => {
                    self.node(arg);
                    self.step(step.clone(), 2, 1);
                }
            }
        }
    }

    /// `l and r` / `l or r`: `r` runs only when `l` does not decide.
    fn short_circuit(&mut self, l: &Node, r: &Node, step: fn(usize) -> Step) {
        self.node(l);
        let decided = self.jump(step, 1);
        self.node(r);
        self.land(decided);
    }
}

/// The value of a node that reads neither the game nor what `self`,
/// `target` or an aggregate's item stand for, computed by the tree evaluator.
fn constant(node: &Node) -> Option<i64> {
    match &node.kind {
        NodeKind::Num(n) => Some(*n),
        NodeKind::Bool(v) => Some(i64::from(*v)),
        NodeKind::Neg(_)
        | NodeKind::Abs(_)
        | NodeKind::Not(_)
        | NodeKind::Arith(..)
        | NodeKind::Compare(..)
        | NodeKind::BoolEq(..)
        | NodeKind::And(..)
        | NodeKind::Or(..)
        | NodeKind::Min(_)
        | NodeKind::Max(_)
        | NodeKind::Clamp(..)
        | NodeKind::If(..) => {
            node.children().into_iter().all(|c| constant(c).is_some()).then(|| node.num(&Nowhere, Bindings::default()))
        }
        _ => None,
    }
}

/// The game seen by a constant: nothing in it (a constant never reads it).
struct Nowhere;

impl Env for Nowhere {
    fn turn(&self) -> i64 {
        0
    }
    fn faction_var(&self, _: usize, _: usize) -> i64 {
        0
    }
    fn region_var(&self, _: usize, _: usize) -> i64 {
        0
    }
    fn route_num(&self, _: usize, _: RouteField) -> i64 {
        0
    }
    fn route_open(&self, _: usize) -> bool {
        false
    }
    fn flag(&self, _: usize) -> bool {
        false
    }
    fn relation(&self, _: usize, _: usize) -> i64 {
        0
    }
    fn controller(&self, _: usize) -> Option<usize> {
        None
    }
    fn active(&self, _: usize, _: Option<usize>) -> bool {
        false
    }
    fn at(&self, _: usize) -> i64 {
        0
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::compile::tests::wide_names;
    use super::super::compile::{EntityKind, Scope, compile_effect, compile_expr};
    use super::*;

    /// A game state made of arbitrary numbers, for both evaluators to read.
    #[derive(Debug, Clone)]
    struct World {
        turn: i64,
        factions: [[i64; 2]; 3],
        regions: [[i64; 2]; 3],
        routes: [(bool, [i64; 4]); 2],
        flags: [bool; 2],
        relations: [i64; 9],
        controllers: [Option<usize>; 3],
        active: [(usize, Option<usize>); 2],
    }

    impl Env for World {
        fn turn(&self) -> i64 {
            self.turn
        }
        fn faction_var(&self, f: usize, v: usize) -> i64 {
            self.factions.get(f).and_then(|x| x.get(v)).copied().unwrap_or(0)
        }
        fn region_var(&self, r: usize, v: usize) -> i64 {
            self.regions.get(r).and_then(|x| x.get(v)).copied().unwrap_or(0)
        }
        fn route_num(&self, r: usize, field: RouteField) -> i64 {
            self.routes.get(r).map_or(0, |(_, x)| x[field as usize])
        }
        fn route_open(&self, r: usize) -> bool {
            self.routes.get(r).is_some_and(|(open, _)| *open)
        }
        fn flag(&self, f: usize) -> bool {
            self.flags.get(f).copied().unwrap_or(false)
        }
        fn relation(&self, a: usize, b: usize) -> i64 {
            if a == b || a > 2 || b > 2 { 0 } else { self.relations[a * 3 + b] }
        }
        fn controller(&self, r: usize) -> Option<usize> {
            self.controllers.get(r).copied().flatten()
        }
        fn active(&self, action: usize, target: Option<usize>) -> bool {
            self.active.iter().any(|&(a, t)| a == action && target.is_none_or(|x| t == Some(x)))
        }
        fn at(&self, position: usize) -> i64 {
            let routes = self.routes.iter().flat_map(|(open, x)| std::iter::once(i64::from(*open)).chain(*x));
            let flags = self.flags.map(i64::from);
            let row = self.factions.iter().chain(&self.regions).flatten().copied().chain(routes).chain(flags);
            row.chain(self.relations).nth(position).unwrap_or(0)
        }
    }

    /// Where [`World::at`] keeps each value: faction and region variables,
    /// each route's open and four numbers, flags, then the relations as a
    /// square table (`None` for what it does not have).
    fn locate(read: Read) -> Option<usize> {
        match read {
            Read::FactionVar(f, v) if f < 3 && v < 2 => Some(f * 2 + v),
            Read::RegionVar(r, v) if r < 3 && v < 2 => Some(6 + r * 2 + v),
            Read::RouteOpen(r) if r < 2 => Some(12 + r * 5),
            Read::RouteNum(r, field) if r < 2 => Some(12 + r * 5 + 1 + field as usize),
            Read::Flag(f) if f < 2 => Some(22 + f),
            Read::Relation(a, b) if a != b && a < 3 && b < 3 => Some(24 + a * 3 + b),
            _ => None,
        }
    }

    /// Numbers that reach the edges of saturating arithmetic as well as everyday values.
    fn number() -> impl Strategy<Value = i64> {
        prop_oneof![-120i64..120, Just(0), Just(i64::MAX), Just(i64::MIN), Just(i64::MAX - 1), any::<i64>()]
    }

    fn world() -> impl Strategy<Value = World> {
        let pair = || [number(), number()];
        (
            (-2i64..30, [pair(), pair(), pair()], [pair(), pair(), pair()]),
            [
                (any::<bool>(), [number(), number(), number(), number()]),
                (any::<bool>(), [number(), number(), number(), number()]),
            ],
            ([any::<bool>(), any::<bool>()], prop::array::uniform9(-100i64..=100)),
            [prop::option::of(0usize..3), prop::option::of(0usize..3), prop::option::of(0usize..3)],
            [(0usize..3, prop::option::of(0usize..3)), (0usize..3, prop::option::of(0usize..3))],
        )
            .prop_map(|((turn, factions, regions), routes, (flags, relations), controllers, active)| World {
                turn,
                factions,
                regions,
                routes,
                flags,
                relations,
                controllers,
                active,
            })
    }

    /// `self`, `target` (factions, or unbound) and nothing else bound.
    fn bindings() -> impl Strategy<Value = Bindings> {
        (prop::option::of(0usize..4), prop::option::of(0usize..4)).prop_map(|(s, t)| Bindings::of(s, t))
    }

    const FACTIONS: [&str; 5] = ["self", "target", "mali", "algeria", "niger"];
    const REGIONS: [&str; 3] = ["gao", "kidal", "menaka"];
    const ROUTES: [&str; 2] = ["n1", "n2"];

    /// A faction, region or route as text: from the list, or the aggregate's item when there is one.
    fn entity(
        names: &'static [&'static str],
        item: Option<(&'static str, EntityKind)>,
        kind: EntityKind,
    ) -> BoxedStrategy<String> {
        let named = prop::sample::select(names).prop_map(str::to_string);
        match item {
            Some((var, k)) if k == kind => prop_oneof![named, Just(var.to_string())].boxed(),
            _ => named.boxed(),
        }
    }

    fn num_leaf(item: Option<(&'static str, EntityKind)>) -> BoxedStrategy<String> {
        let f = entity(&FACTIONS, item, EntityKind::Faction);
        let r = entity(&REGIONS, item, EntityKind::Region);
        let x = entity(&ROUTES, item, EntityKind::Route);
        prop_oneof![
            number().prop_map(|n| match n {
                i64::MIN => "(0 - 9223372036854775807 - 1)".to_string(),
                -9_223_372_036_854_775_807..0 => format!("(0 - {})", n.unsigned_abs()),
                _ => n.to_string(),
            }),
            Just("turn".to_string()),
            Just("turns".to_string()),
            (f.clone(), prop::sample::select(&["treasury", "stability"][..])).prop_map(|(e, v)| format!("{e}.{v}")),
            (r, prop::sample::select(&["fuel_stock", "need"][..])).prop_map(|(e, v)| format!("{e}.{v}")),
            (x, prop::sample::select(&["capacity", "risk", "loss", "flow"][..])).prop_map(|(e, v)| format!("{e}.{v}")),
            (f.clone(), f).prop_filter_map("a relation names two factions", |(a, b)| {
                (a != b).then(|| format!("relation({a}, {b})"))
            }),
        ]
        .boxed()
    }

    fn bool_leaf(item: Option<(&'static str, EntityKind)>) -> BoxedStrategy<String> {
        let f = entity(&FACTIONS, item, EntityKind::Faction);
        let r = entity(&REGIONS, item, EntityKind::Region);
        let x = entity(&ROUTES, item, EntityKind::Route);
        prop_oneof![
            any::<bool>().prop_map(|b| b.to_string()),
            prop::sample::select(&["airspace_open", "blockade"][..]).prop_map(|f| format!("flag.{f}")),
            x.clone().prop_map(|e| format!("{e}.open")),
            (f.clone(), r.clone()).prop_map(|(a, b)| format!("controls({a}, {b})")),
            Just("active(summit)".to_string()),
            x.clone().prop_map(|e| format!("active(escort, {e})")),
            (f.clone(), f, any::<bool>()).prop_map(|(a, b, eq)| format!("({a} {} {b})", if eq { "==" } else { "!=" })),
            (r.clone(), r).prop_map(|(a, b)| format!("({a} == {b})")),
            (x.clone(), x).prop_map(|(a, b)| format!("({a} != {b})")),
        ]
        .boxed()
    }

    /// A number and a condition of up to `depth` levels, with aggregates when `item` is free.
    fn typed(depth: u32, item: Option<(&'static str, EntityKind)>) -> (BoxedStrategy<String>, BoxedStrategy<String>) {
        if depth == 0 {
            return (num_leaf(item), bool_leaf(item));
        }
        let (n, b) = typed(depth - 1, item);
        let arith = prop::sample::select(&["+", "-", "*", "/", "%"][..]);
        let cmp = prop::sample::select(&["<", "<=", ">", ">=", "==", "!="][..]);
        let mut nums = vec![
            n.clone().boxed(),
            (n.clone(), arith, n.clone()).prop_map(|(l, op, r)| format!("({l} {op} {r})")).boxed(),
            n.clone().prop_map(|a| format!("-({a})")).boxed(),
            n.clone().prop_map(|a| format!("abs({a})")).boxed(),
            (prop::sample::select(&["min", "max"][..]), prop::collection::vec(n.clone(), 2..5))
                .prop_map(|(f, args)| format!("{f}({})", args.join(", ")))
                .boxed(),
            (n.clone(), n.clone(), n.clone()).prop_map(|(x, lo, hi)| format!("clamp({x}, {lo}, {hi})")).boxed(),
            (b.clone(), n.clone(), n.clone()).prop_map(|(c, t, f)| format!("if({c}, {t}, {f})")).boxed(),
        ];
        if item.is_none() {
            nums.push(aggregate(depth - 1));
        }
        let bools = vec![
            b.clone().boxed(),
            (b.clone(), prop::sample::select(&["and", "or"][..]), b.clone())
                .prop_map(|(l, op, r)| format!("({l} {op} {r})"))
                .boxed(),
            b.clone().prop_map(|c| format!("(not {c})")).boxed(),
            (n.clone(), cmp, n).prop_map(|(l, op, r)| format!("({l} {op} {r})")).boxed(),
            (b.clone(), any::<bool>(), b.clone())
                .prop_map(|(l, eq, r)| format!("({l} {} {r})", if eq { "==" } else { "!=" }))
                .boxed(),
            (b.clone(), b.clone(), b).prop_map(|(c, t, f)| format!("if({c}, {t}, {f})")).boxed(),
        ];
        (prop::strategy::Union::new(nums).boxed(), prop::strategy::Union::new(bools).boxed())
    }

    /// `sum`, `count`, `min`, `max` or `mean` over factions, regions or routes, filtered or not.
    fn aggregate(depth: u32) -> BoxedStrategy<String> {
        let over = prop::sample::select(
            &[
                ("f", "factions", EntityKind::Faction),
                ("r", "regions", EntityKind::Region),
                ("x", "routes", EntityKind::Route),
            ][..],
        );
        over.prop_flat_map(move |(var, set, kind)| {
            let (n, b) = typed(depth, Some((var, kind)));
            (prop::sample::select(&["sum", "count", "min", "max", "mean"][..]), prop::option::of(b), n).prop_map(
                move |(func, filter, value)| {
                    let filter = filter.map(|f| format!(" where {f}")).unwrap_or_default();
                    match func {
                        "count" => format!("count({var} in {set}{filter})"),
                        _ => format!("{func}({var} in {set}{filter}: {value})"),
                    }
                },
            )
        })
        .boxed()
    }

    const ACTION: Scope = Scope { self_kind: Some(EntityKind::Faction), target_kind: Some(EntityKind::Faction) };

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        /// The program gives what the tree gives, for any expression, state
        /// and binding, and so does the program placed against the game's layout.
        #[test]
        fn programs_agree_with_the_tree(
            text in prop_oneof![typed(3, None).0, typed(3, None).1],
            world in world(),
            b in bindings(),
        ) {
            let compiled = compile_expr(&text, &wide_names(), ACTION, None);
            prop_assert!(compiled.is_ok(), "{text}: {:?}", compiled.err());
            let Ok(c) = compiled else { return Ok(()) };
            prop_assert_eq!(c.program.num(&world, b), c.root.num(&world, b), "{}", text);
            prop_assert_eq!(c.program.truth(&world, b), c.root.truth(&world, b), "{}", text);
            prop_assert_eq!(c.program.placed(b, locate).num(&world, b), c.root.num(&world, b), "placed: {}", text);
        }
    }

    #[test]
    fn a_placed_program_reads_the_row_where_it_can() {
        let c = compile_expr("self.treasury + relation(self, target) + turn", &wide_names(), ACTION, None).unwrap();
        let placed = c.program.placed(Bindings::of(Some(1), Some(0)), locate);
        assert_eq!(placed.steps[..3], [Step::At(2), Step::At(27), Step::Arith(BinOp::Add)]);
        assert_eq!(placed.steps[3..], c.program.steps[3..], "the turn is not in the row");
        // Unbound, `target`'s reads stay as they were, and read nothing.
        let unbound = c.program.placed(Bindings::of(Some(1), None), locate);
        assert_eq!(unbound.steps[1], c.program.steps[1]);
        // A faction the game does not have reads 0.
        assert_eq!(c.program.placed(Bindings::of(Some(7), Some(0)), locate).steps[0], Step::Push(0));
    }

    fn both(text: &str) -> (i64, i64) {
        let c = compile_expr(text, &wide_names(), ACTION, None).unwrap();
        let world = World {
            turn: 4,
            factions: [[5, 60], [200, 40], [-3, 9]],
            regions: [[12, 1], [0, 2], [7, 3]],
            routes: [(true, [10, 20, 30, 4]), (false, [1, 2, 3, 5])],
            flags: [true, false],
            relations: [0, -30, 5, -30, 0, 70, 5, 70, 0],
            controllers: [Some(0), None, Some(2)],
            active: [(0, Some(1)), (1, None)],
        };
        let b = Bindings::of(Some(0), Some(1));
        (c.program.num(&world, b), c.root.num(&world, b))
    }

    #[test]
    fn deep_expressions_run_on_a_larger_stack() {
        // Twenty numbers wait under the top before the innermost `+` runs.
        let text = (1..=20).map(|i| format!("{i} * (self.treasury + ")).collect::<String>() + "1" + &")".repeat(20);
        let c = compile_expr(&text, &wide_names(), ACTION, None).unwrap();
        assert!(c.program.depth > BELOW + 1, "{}", c.program.depth);
        let (program, tree) = both(&text);
        assert_eq!(program, tree);
    }

    #[test]
    fn constants_are_computed_once_and_operators_take_them_whole() {
        let c =
            compile_expr("self.treasury * (30 * 600) / max(600, self.stability)", &wide_names(), ACTION, None).unwrap();
        assert_eq!(
            c.program.steps,
            [
                Step::FactionVar(Ent::SelfRef, 0),
                Step::MulWith(18_000),
                Step::FactionVar(Ent::SelfRef, 1),
                Step::MaxWith(600),
                Step::Arith(BinOp::Div),
            ]
        );
        assert_eq!(both("clamp(self.treasury - 1, 0, 100) + (2 - 3) * target.treasury"), (4 - 200, 4 - 200));
        let c = compile_expr("if(100 - self.treasury < 50, 1, 0 - 1)", &wide_names(), ACTION, None).unwrap();
        assert_eq!(
            c.program.steps,
            [Step::FactionVar(Ent::SelfRef, 0), Step::SubFrom(100), Step::LtWith(50), Step::Select(1, -1),]
        );
        assert!(c.program.linear);
    }

    #[test]
    fn and_or_and_if_skip_what_they_do_not_need() {
        let c =
            compile_expr("self.treasury > 0 and (target.treasury > 0 or flag.blockade)", &wide_names(), ACTION, None)
                .unwrap();
        let jumps = c.program.steps.iter().filter(|s| matches!(s, Step::AndThen(_) | Step::OrElse(_))).count();
        assert_eq!(jumps, 2);
        assert_eq!(both("if(flag.airspace_open, self.treasury, 1 / 0)"), (5, 5));
        assert_eq!(
            both("mean(r in regions where r.fuel_stock > 0: r.need) + count(x in routes where x.open)"),
            (2 + 1, 2 + 1)
        );
    }

    #[test]
    fn a_program_knows_whether_it_mentions_its_target() {
        let mentions = |text: &str| compile_expr(text, &wide_names(), ACTION, None).unwrap().program.mentions_target();
        assert!(!mentions("self.treasury > 3 and flag.blockade"));
        assert!(mentions("relation(self, target) > 0"));
        assert!(mentions("target != mali"));
        assert!(mentions("sum(f in factions where f != target: f.treasury) > 0"));
        assert!(!mentions("count(x in routes where active(escort, x)) > 0"));
    }

    #[test]
    fn effects_carry_their_value_as_a_program() {
        let e = compile_effect("self.treasury += if(controls(self, gao), 10, 0 - 5)", &wide_names(), ACTION).unwrap();
        let (world, b) = (both("1").0, Bindings::of(Some(0), None));
        assert_eq!(world, 1);
        let w = World {
            turn: 1,
            factions: [[0; 2]; 3],
            regions: [[0; 2]; 3],
            routes: [(false, [0; 4]); 2],
            flags: [false; 2],
            relations: [0; 9],
            controllers: [Some(0), None, None],
            active: [(9, None); 2],
        };
        assert_eq!(e.program.num(&w, b), 10);
        assert_eq!(e.program.num(&w, Bindings::of(Some(1), None)), -5);
    }
}

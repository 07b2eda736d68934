//! The location graph: abstract storage cells ("locations") and the assignment edges between
//! them, weighted by dereference counts.
//!
//! Every variable and every allocating expression is a location. `dst = src` is an edge
//! src → dst whose weight is (#dereferences − #address-of) applied to src: `p = &q` is −1,
//! `p = q` 0, `p = *q` +1. A [`Hole`] is a context an expression is evaluated into: "flow the
//! value, with these dereferences, into that location".

use crate::ir::{Expr, FuncId, Stmt, VarId};
use crate::source::Pos;

use super::leaks::Leaks;

/// Index of a location in its batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LocId(pub u32);

/// The pseudo-locations every batch has.
pub const HEAP: LocId = LocId(0);
pub const MUTATOR: LocId = LocId(1);
pub const CALLEE: LocId = LocId(2);
pub const BLANK: LocId = LocId(3);
/// The first ordinary location.
pub const FIRST_REAL: u32 = 4;

/// Location attributes (bit set).
pub const ATTR_ESCAPES: u8 = 1;
pub const ATTR_PERSISTS: u8 = 2;
pub const ATTR_MUTATES: u8 = 4;
pub const ATTR_CALLS: u8 = 8;
pub const ATTR_ALL: u8 = ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;

/// What a location stands for.
#[derive(Clone, Copy, Debug)]
pub enum LocNode<'p> {
    /// A pseudo-location or anonymous temporary.
    None,
    Var(VarId),
    /// An allocating expression.
    Expr(&'p Expr),
}

#[derive(Clone, Debug)]
pub struct Location<'p> {
    pub node: LocNode<'p>,
    /// The function the location belongs to.
    pub func: FuncId,
    /// Incoming edges.
    pub edges: Vec<Edge>,
    /// Loop depth at declaration.
    pub loop_depth: i32,
    /// 1-based index among its function's results, 0 if not a result.
    pub result_index: usize,
    // State of the current walk.
    pub derefs: i32,
    pub walkgen: u32,
    pub dst: Option<LocId>,
    pub dst_edge_idx: usize,
    pub queued_walk_all: bool,
    pub queued_walk_one: u32,
    pub attrs: u8,
    /// For parameters: where the parameter's value flows.
    pub param_esc: Leaks,
    pub captured: bool,
    pub reassigned: bool,
    pub addrtaken: bool,
    pub param: bool,
    pub param_out: bool,
    /// Replacement text when the allocation prints with a folded literal.
    pub display: Option<String>,
    /// The constant size of a `make` folded by the literal rewriting (saturated at
    /// `i64::MAX`: any size beyond `i32` is treated alike).
    pub folded_size: Option<i64>,
}

impl<'p> Location<'p> {
    pub fn new(node: LocNode<'p>, func: FuncId, loop_depth: i32) -> Location<'p> {
        Location {
            node,
            func,
            edges: Vec::new(),
            loop_depth,
            result_index: 0,
            derefs: 0,
            walkgen: 0,
            dst: None,
            dst_edge_idx: 0,
            queued_walk_all: false,
            queued_walk_one: 0,
            attrs: 0,
            param_esc: Leaks::default(),
            captured: false,
            reassigned: false,
            addrtaken: false,
            param: false,
            param_out: false,
            display: None,
            folded_size: None,
        }
    }

    pub fn has(&self, attr: u8) -> bool {
        self.attrs & attr != 0
    }
}

/// An assignment edge into a location.
#[derive(Clone, Copy, Debug)]
pub struct Edge {
    pub src: LocId,
    pub derefs: i32,
    pub notes: Option<NoteId>,
}

/// Index of an explanation note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoteId(pub u32);

/// What a note points at: the node responsible for a flow step.
#[derive(Clone, Copy, Debug)]
pub enum Where<'p> {
    Expr(&'p Expr),
    Stmt(&'p Stmt),
    /// A variable as a node (a closure variable at its use, a result parameter).
    Var(VarId, Pos),
    /// A type switch clause (`case T: body`).
    Case(&'p crate::ir::TypeSwitchCase),
}

/// "from WHERE (WHY) at POS" in `-m=2` explanations.
#[derive(Clone, Copy, Debug)]
pub struct Note<'p> {
    pub next: Option<NoteId>,
    pub at: Where<'p>,
    pub why: &'static str,
}

/// A context for evaluating an expression: where its value flows.
#[derive(Clone, Copy, Debug)]
pub struct Hole {
    pub dst: LocId,
    pub derefs: i32,
    pub notes: Option<NoteId>,
    /// This context takes the address of the expression.
    pub addrtaken: bool,
}

impl Hole {
    pub fn to(dst: LocId) -> Hole {
        Hole {
            dst,
            derefs: 0,
            notes: None,
            addrtaken: false,
        }
    }

    pub fn shift(mut self, delta: i32) -> Hole {
        self.derefs += delta;
        if self.derefs < -1 {
            self.derefs = -1;
        }
        self.addrtaken = delta < 0;
        self
    }
}

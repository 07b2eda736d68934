//! Checks of labels and branch statements in a function body, as the Go compiler's parser
//! does them (`cmd/compile/internal/syntax/branches.go`, run by `go build` for every
//! function and function literal body without syntax errors).
//!
//! Reports `label L defined and not used`, `label L not defined`, `break is not in a loop,
//! switch, or select`, `goto L jumps into block starting at FILE:LINE:COL`, misplaced
//! `fallthrough`, and so on. These are not `syntax error`s: Go goes on to type check.
//!
//! Messages quoting another position contain [`crate::diag::FILE_NAME_MARKER`] where Go
//! prints the file name; [`crate::diag::Diagnostic::render`] substitutes it.

use super::ast::{Block, BranchKind, Decl, Expr, ExprKind, Stmt, StmtKind};
use super::printer::expr_string;
use crate::diag::FILE_NAME_MARKER;
use crate::fxhash::HashMap;
use crate::source::Pos;

/// Checks one function body; returns errors in the order Go reports them.
pub fn check_body(body: &Block) -> Vec<(Pos, String)> {
    let mut checker = Checker::default();
    let root = Targets {
        breaks: None,
        continues: false,
        case_index: None,
    };
    let fwd = checker.block_branches(None, root, None, body.lbrace, &body.stmts);
    for g in fwd {
        match checker.labels.get_mut(&g.name) {
            Some(l) => {
                l.used = true;
                let start = checker.blocks[l.parent].start;
                let msg = format!(
                    "goto {} jumps into block starting at {}",
                    g.name,
                    position_text(start)
                );
                checker.errors.push((g.pos, msg));
            }
            None => checker
                .errors
                .push((g.pos, format!("label {} not defined", g.name))),
        }
    }
    let mut unused: Vec<(Pos, String)> = checker
        .labels
        .iter()
        .filter(|(_, l)| !l.used)
        .map(|(name, l)| (l.pos, format!("label {name} defined and not used")))
        .collect();
    unused.sort();
    checker.errors.extend(unused);
    checker.errors
}

/// `FILE:LINE:COL` as Go's `syntax.Pos.String` prints it inside messages.
fn position_text(pos: Pos) -> String {
    format!("{FILE_NAME_MARKER}:{}:{}", pos.line, pos.col)
}

/// What kind of statement a label labels.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Labeled {
    Loop,
    SwitchOrSelect,
    Other,
}

struct Label {
    /// Index of the block declaring the label.
    parent: usize,
    /// Unique id of the labeled statement.
    id: usize,
    pos: Pos,
    stmt: Labeled,
    used: bool,
}

struct BlockInfo {
    parent: Option<usize>,
    start: Pos,
    /// Id of the labeled statement this block belongs to.
    labeled: Option<usize>,
}

/// A forward `goto` not yet matched with its label.
#[derive(Clone)]
struct Goto {
    id: usize,
    name: String,
    pos: Pos,
}

#[derive(Clone, Copy)]
enum BreakTarget {
    Loop,
    Select,
    Switch { type_switch: bool, clauses: usize },
}

#[derive(Clone, Copy)]
struct Targets {
    breaks: Option<BreakTarget>,
    continues: bool,
    /// Index of the case clause of the immediately enclosing switch.
    case_index: Option<usize>,
}

#[derive(Default)]
struct Checker {
    labels: HashMap<String, Label>,
    blocks: Vec<BlockInfo>,
    errors: Vec<(Pos, String)>,
    next_id: usize,
}

impl Checker {
    fn fresh_id(&mut self) -> usize {
        self.next_id += 1;
        self.next_id
    }

    fn declare(&mut self, block: usize, name: &str, pos: Pos, stmt: Labeled, id: usize) {
        if let Some(alt) = self.labels.get(name) {
            let msg = format!("label {name} already defined at {}", position_text(alt.pos));
            self.errors.push((pos, msg));
            return;
        }
        self.labels.insert(
            name.to_string(),
            Label {
                parent: block,
                id,
                pos,
                stmt,
                used: false,
            },
        );
    }

    /// The labeled statement `name` if it encloses `block`: `Some(Some(kind))`; a label
    /// that exists elsewhere: `Some(None)`; no such label: `None`.
    fn enclosing_target(&mut self, block: usize, name: &str) -> Option<Option<Labeled>> {
        let l = self.labels.get_mut(name)?;
        l.used = true;
        let (id, kind) = (l.id, l.stmt);
        let mut b = Some(block);
        while let Some(i) = b {
            if self.blocks[i].labeled == Some(id) {
                return Some(Some(kind));
            }
            b = self.blocks[i].parent;
        }
        Some(None)
    }

    /// Whether the label `name` is declared in `block` or a block enclosing it.
    fn goto_target(&mut self, block: usize, name: &str) -> bool {
        let Some(l) = self.labels.get_mut(name) else {
            return false;
        };
        l.used = true;
        let parent = l.parent;
        let mut b = Some(block);
        while let Some(i) = b {
            if i == parent {
                return true;
            }
            b = self.blocks[i].parent;
        }
        false
    }

    fn block_branches(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        labeled: Option<usize>,
        start: Pos,
        body: &[Stmt],
    ) -> Vec<Goto> {
        let b = self.blocks.len();
        self.blocks.push(BlockInfo {
            parent,
            start,
            labeled,
        });

        let mut var_decl: Option<(Pos, DeclaredNames<'_>)> = None;
        let mut fwd_gotos: Vec<Goto> = Vec::new();
        let mut bad_gotos: Vec<usize> = Vec::new();

        let stmts = trim_trailing_empty(body);
        for (index, stmt) in stmts.iter().enumerate() {
            let mut stmt = stmt;
            let mut lstmt: Option<usize> = None;
            // unwrap labels, declaring them
            while let StmtKind::Labeled { label, stmt: inner } = &stmt.kind {
                if label.name != "_" {
                    let id = self.fresh_id();
                    self.declare(b, &label.name, label.pos, labeled_kind(inner), id);
                    let mut kept = Vec::new();
                    for fwd in fwd_gotos.drain(..) {
                        if fwd.name == label.name {
                            if let Some(l) = self.labels.get_mut(label.name.as_str()) {
                                l.used = true;
                            }
                            if let Some((vpos, vname)) = &var_decl
                                && bad_gotos.contains(&fwd.id)
                            {
                                let msg = format!(
                                    "goto {} jumps over declaration of {} at {}",
                                    label.name,
                                    vname,
                                    position_text(*vpos)
                                );
                                self.errors.push((fwd.pos, msg));
                            }
                        } else {
                            kept.push(fwd);
                        }
                    }
                    fwd_gotos = kept;
                    lstmt = Some(id);
                }
                stmt = inner;
            }

            match &stmt.kind {
                StmtKind::Decl(decls) => {
                    if let Some(Decl::Var(v)) = decls.iter().find(|d| matches!(d, Decl::Var(_)))
                        && let Some(first) = v.names.first()
                    {
                        var_decl = Some((first.pos, DeclaredNames::Name(&first.name)));
                        bad_gotos = fwd_gotos.iter().map(|g| g.id).collect();
                    }
                }
                StmtKind::Branch { kind, label: None } => match kind {
                    BranchKind::Break => {
                        if ctxt.breaks.is_none() {
                            self.errors.push((
                                stmt.pos,
                                "break is not in a loop, switch, or select".into(),
                            ));
                        }
                    }
                    BranchKind::Continue => {
                        if !ctxt.continues {
                            self.errors
                                .push((stmt.pos, "continue is not in a loop".into()));
                        }
                    }
                    BranchKind::Fallthrough => {
                        let mut msg = Some("fallthrough statement out of place");
                        if let Some(BreakTarget::Switch {
                            type_switch,
                            clauses,
                        }) = ctxt.breaks
                        {
                            if type_switch {
                                msg = Some("cannot fallthrough in type switch");
                            } else {
                                match ctxt.case_index {
                                    Some(ci) if index + 1 == stmts.len() => {
                                        if ci + 1 == clauses {
                                            msg = Some("cannot fallthrough final case in switch");
                                        } else {
                                            msg = None; // fallthrough ok
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        }
                        if let Some(m) = msg {
                            self.errors.push((stmt.pos, m.into()));
                        }
                    }
                    BranchKind::Goto => {}
                },
                StmtKind::Branch {
                    kind,
                    label: Some(label),
                } => {
                    let name = label.name.as_str();
                    match kind {
                        BranchKind::Break => match self.enclosing_target(b, name) {
                            Some(Some(Labeled::Loop | Labeled::SwitchOrSelect)) => {}
                            Some(_) => self
                                .errors
                                .push((label.pos, format!("invalid break label {name}"))),
                            None => self
                                .errors
                                .push((label.pos, format!("break label not defined: {name}"))),
                        },
                        BranchKind::Continue => match self.enclosing_target(b, name) {
                            Some(Some(Labeled::Loop)) => {}
                            Some(_) => self
                                .errors
                                .push((label.pos, format!("invalid continue label {name}"))),
                            None => self
                                .errors
                                .push((label.pos, format!("continue label not defined: {name}"))),
                        },
                        BranchKind::Goto => {
                            if !self.goto_target(b, name) {
                                let id = self.fresh_id();
                                fwd_gotos.push(Goto {
                                    id,
                                    name: name.to_string(),
                                    pos: label.pos,
                                });
                            }
                        }
                        BranchKind::Fallthrough => {}
                    }
                }
                StmtKind::Assign {
                    op: super::ast::AssignOp::Define,
                    lhs,
                    ..
                } => {
                    var_decl = Some((stmt.pos, DeclaredNames::List(lhs)));
                    bad_gotos = fwd_gotos.iter().map(|g| g.id).collect();
                }
                StmtKind::Block(block) => {
                    let inner = Targets {
                        case_index: None,
                        ..ctxt
                    };
                    let f = self.block_branches(Some(b), inner, lstmt, block.lbrace, &block.stmts);
                    fwd_gotos.extend(f);
                }
                StmtKind::If { then, els, .. } => {
                    let inner = Targets {
                        case_index: None,
                        ..ctxt
                    };
                    let f = self.block_branches(Some(b), inner, lstmt, then.lbrace, &then.stmts);
                    fwd_gotos.extend(f);
                    if let Some(e) = els {
                        let f = self.block_branches(
                            Some(b),
                            inner,
                            lstmt,
                            e.pos,
                            std::slice::from_ref(e),
                        );
                        fwd_gotos.extend(f);
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    let inner = Targets {
                        breaks: Some(BreakTarget::Loop),
                        continues: true,
                        case_index: None,
                    };
                    let f = self.block_branches(Some(b), inner, lstmt, body.lbrace, &body.stmts);
                    fwd_gotos.extend(f);
                }
                StmtKind::Switch { tag, clauses, .. } => {
                    let type_switch = matches!(
                        tag,
                        Some(Expr {
                            kind: ExprKind::TypeSwitchGuard { .. },
                            ..
                        })
                    );
                    let target = BreakTarget::Switch {
                        type_switch,
                        clauses: clauses.len(),
                    };
                    for (i, cc) in clauses.iter().enumerate() {
                        let inner = Targets {
                            breaks: Some(target),
                            continues: ctxt.continues,
                            case_index: Some(i),
                        };
                        let f = self.block_branches(Some(b), inner, lstmt, cc.pos, &cc.body);
                        fwd_gotos.extend(f);
                    }
                }
                StmtKind::Select { clauses, .. } => {
                    let inner = Targets {
                        breaks: Some(BreakTarget::Select),
                        continues: ctxt.continues,
                        case_index: None,
                    };
                    for cc in clauses {
                        let f = self.block_branches(Some(b), inner, lstmt, cc.pos, &cc.body);
                        fwd_gotos.extend(f);
                    }
                }
                _ => {}
            }
        }
        fwd_gotos
    }
}

fn labeled_kind(stmt: &Stmt) -> Labeled {
    match stmt.kind {
        StmtKind::For { .. } | StmtKind::Range { .. } => Labeled::Loop,
        StmtKind::Switch { .. } | StmtKind::Select { .. } => Labeled::SwitchOrSelect,
        _ => Labeled::Other,
    }
}

/// The variables a declaration declares, as a goto error quotes them (printed only then).
enum DeclaredNames<'a> {
    Name(&'a crate::name::Name),
    List(&'a [Expr]),
}

impl std::fmt::Display for DeclaredNames<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DeclaredNames::Name(n) => f.write_str(n),
            DeclaredNames::List(list) => {
                let texts: Vec<String> = list.iter().map(expr_string).collect();
                f.write_str(&texts.join(", "))
            }
        }
    }
}

fn trim_trailing_empty(list: &[Stmt]) -> &[Stmt] {
    let mut end = list.len();
    while end > 0 && matches!(list[end - 1].kind, StmtKind::Empty) {
        end -= 1;
    }
    &list[..end]
}

#[cfg(test)]
mod tests {
    use crate::syntax::parse_file;

    /// Branch errors of the program with the given `main` body, as `LINE:COL: message`.
    fn errors(body: &str) -> Vec<String> {
        let src = format!("package main\nfunc main() {{\n{body}\n}}\n");
        match parse_file(&src) {
            Ok(_) => Vec::new(),
            Err(d) => d.sorted().iter().map(|d| d.to_string()).collect(),
        }
    }

    #[test]
    fn valid_branches_are_accepted() {
        assert!(errors("L:\n\tfor {\n\t\tbreak L\n\t}").is_empty());
        assert!(errors("for {\n\tcontinue\n}").is_empty());
        assert!(errors("goto L\nL:\n\tprintln()").is_empty());
        assert!(errors("switch {\ncase true:\n\tfallthrough\ndefault:\n}").is_empty());
    }

    #[test]
    fn misplaced_branches_are_reported() {
        assert_eq!(
            errors("break"),
            vec!["3:1: break is not in a loop, switch, or select"]
        );
        assert_eq!(errors("continue"), vec!["3:1: continue is not in a loop"]);
        assert_eq!(errors("goto M"), vec!["3:6: label M not defined"]);
        assert_eq!(
            errors("L:\n\tprintln()"),
            vec!["3:1: label L defined and not used"]
        );
        assert_eq!(
            errors("L:\n\tprintln()\n\tfor {\n\t\tbreak L\n\t}"),
            vec!["6:9: invalid break label L"]
        );
        assert_eq!(
            errors("goto L\n\tx := 1\n\t_ = x\nL:\n\tprintln()"),
            vec!["3:6: goto L jumps over declaration of x at <file>:4:4"]
        );
        assert_eq!(
            errors("switch x := 1; x {\ncase 1:\n\tfallthrough\n}"),
            vec!["5:2: cannot fallthrough final case in switch"]
        );
        assert_eq!(
            errors("var i any\nswitch i.(type) {\ncase int:\n\tfallthrough\ndefault:\n}"),
            vec!["6:2: cannot fallthrough in type switch"]
        );
    }
}

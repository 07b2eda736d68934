//! The exercise loop, the course's front door (`cargo run -p memsim-book`): the current
//! exercise with its chapter link and its grade, re-graded each time the learner saves the
//! file, with single-key commands, as rustlings 6 does it.
//!
//! * The current exercise is the one the learner chose last (`.memsim/state.json`, see
//!   [`crate::state`]) while it has not passed, else the first one not passed yet in
//!   `info.toml`'s order.
//! * It is graded by [`memsim::exercises::grade`] (findings shown as `memsim exercises
//!   check` prints them) on a worker thread, so that nothing a learner writes can stop the
//!   loop: the graders are step-limited, a grading that takes longer than
//!   [`GRADE_TIMEOUT`] is reported while it goes on, a grader panic becomes a message, and
//!   at most [`MAX_GRADERS`] gradings run at once (a newer request waits, older results are
//!   dropped).
//! * Saves are seen by file watching (the `notify` crate, on each exercise's folder, not
//!   recursively); when watching fails the loop says so and offers polling the file every
//!   second (`p`).
//!   Either way a file is re-graded only when its content changed.
//! * Keys: `h` a hint (again for the next), `l` the list (✓/✗, the current one marked;
//!   ↑/↓ and Enter pick another), `c` grade them all, `r` reset the file to its original
//!   after backing it up, `n` the next exercise and `s` the reference solution once the
//!   current one passes, `q` quit.
//! * Without a terminal (stdin or stdout not a TTY) [`run`] prints the status — the
//!   current exercise, its grade, the progress — and returns: it never waits for input.
//!
//! The state machine is [`App`]: [`App::on_key`] says what a key does (and returns the
//! [`Effect`] the terminal side carries out), [`App::on_grade`] takes a grade,
//! [`App::render`] is the screen. [`status`] is the no-terminal run. The terminal side
//! (raw keys with crossterm, the watcher, the grader threads, the book served on
//! localhost) is [`run`].

use crate::state::{Course, Reset, State, reset, show_path};
use colored::Colorize;
use memsim::exercises::{Exercise, Grade, Kind, grade};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::{Duration, Instant, SystemTime};

/// How long a grading may take before the loop says it is still running (a normal one
/// takes well under a second; a runaway program ends at the grader's step limit).
pub const GRADE_TIMEOUT: Duration = Duration::from_secs(10);
/// How long the no-terminal status waits for a grade: a Go exercise (step-limited, a
/// runaway program stops within seconds) ...
pub const STATUS_WAIT_GO: Duration = Duration::from_secs(60);
/// ... and a Rust one, graded by `cargo test` (the first build takes longest).
pub const STATUS_WAIT_RUST: Duration = Duration::from_secs(600);
/// How often the file is checked when polling instead of watching.
pub const POLL_EVERY: Duration = Duration::from_secs(1);
/// Gradings running at once at most (a runaway one is left to reach its step limit).
pub const MAX_GRADERS: usize = 2;
/// How many ports after the asked one the book may be served on when it is taken.
pub const PORT_TRIES: u16 = 10;

/// How the loop is run (`memsim-book [learn] [--dir DIR] [--port N] [--no-serve] [--poll]`).
#[derive(Clone, Debug)]
pub struct Options {
    /// The exercise folder (default: [`default_dir`]).
    pub dir: Option<PathBuf>,
    /// Build the book and serve it on localhost.
    pub serve: bool,
    /// The first port tried.
    pub port: u16,
    /// Poll the file every second from the start instead of watching.
    pub poll: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            dir: None,
            serve: true,
            port: 3000,
            poll: false,
        }
    }
}

/// The repository's `exercises/`: beside this crate's checkout, else in the current folder.
pub fn default_dir() -> PathBuf {
    let repo = crate::repo_root().join("exercises");
    if repo.join("info.toml").is_file() {
        repo
    } else {
        PathBuf::from("exercises")
    }
}

/// What grading one exercise came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Graded(Grade),
    /// The grader panicked (a bug in memsim, not in the learner's file).
    Crashed(String),
    /// No verdict within this time (the no-terminal status does not wait longer).
    TimedOut(Duration),
}

impl Outcome {
    pub fn passed(&self) -> bool {
        matches!(self, Outcome::Graded(g) if g.passed)
    }
}

/// Where the book is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Book {
    /// Not served; why.
    Off(String),
    /// Being built; it will be served on this port.
    Building(u16),
    /// Served on this port; the build took this long.
    Ready(u16, Duration),
    /// The build failed (the loop goes on without it).
    Failed(String),
}

/// How saves are noticed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Watch {
    Watching,
    /// Watching failed; why. Polling is offered.
    Failed(String),
    Polling,
}

/// A key the loop understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Up,
    Down,
    Enter,
    Esc,
    /// Ctrl-C or Ctrl-D.
    Interrupt,
}

/// What the terminal side does after a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    None,
    /// Grade the current exercise (it changed, or its file did).
    Grade,
    /// Grade every exercise.
    GradeAll,
    /// Stop watching; poll every second.
    Poll,
    Quit,
}

/// Which screen is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Exercise,
    /// The list, with the line the cursor is on.
    List {
        selected: usize,
    },
}

/// The loop's state: the course, the learner's progress, what is on the screen.
#[derive(Debug)]
pub struct App {
    pub course: Course,
    pub state: State,
    /// The index of the current exercise in the manifest.
    pub current: usize,
    /// The last grade of the current exercise.
    pub grade: Option<Outcome>,
    /// A grading of the current exercise is running.
    pub grading: bool,
    /// ... and has run longer than [`GRADE_TIMEOUT`].
    pub slow: bool,
    /// Hints of the current exercise shown so far.
    pub hints: usize,
    pub view: View,
    /// Lines shown under the grade until the next key.
    pub notice: Vec<String>,
    pub book: Book,
    pub watch: Watch,
    /// Where `book/src/` is, for chapter paths when the book is not served.
    pub book_root: PathBuf,
    /// The terminal's rows (the list is cut to fit).
    pub height: usize,
}

impl App {
    /// The loop on `course` with the progress `state`; the book is not served until
    /// [`App::book`] says otherwise.
    pub fn new(course: Course, state: State, book_root: PathBuf) -> App {
        let mut app = App {
            course,
            state,
            current: 0,
            grade: None,
            grading: false,
            slow: false,
            hints: 0,
            view: View::Exercise,
            notice: Vec::new(),
            book: Book::Off("not started".into()),
            watch: Watch::Watching,
            book_root,
            height: usize::MAX,
        };
        let chosen = app.state.current.as_deref().and_then(|name| {
            app.exercises()
                .iter()
                .position(|e| e.name == name && !app.state.passed.contains(name))
        });
        app.current = chosen.or_else(|| app.pending_from(0)).unwrap_or(0);
        app
    }

    pub fn exercises(&self) -> &[Exercise] {
        &self.course.manifest.exercises
    }

    pub fn exercise(&self) -> &Exercise {
        &self.exercises()[self.current]
    }

    /// The file the learner edits for the current exercise.
    pub fn file(&self) -> PathBuf {
        self.course.file(self.exercise())
    }

    pub fn passed(&self, i: usize) -> bool {
        self.state.passed.contains(&self.exercises()[i].name)
    }

    pub fn passed_count(&self) -> usize {
        (0..self.exercises().len())
            .filter(|&i| self.passed(i))
            .count()
    }

    /// The first exercise not passed, from `start` on and then from the beginning.
    pub fn pending_from(&self, start: usize) -> Option<usize> {
        let n = self.exercises().len();
        (start..n).chain(0..start.min(n)).find(|&i| !self.passed(i))
    }

    /// Makes exercise `i` the current one (and remembers it).
    pub fn go_to(&mut self, i: usize) {
        self.current = i;
        self.grade = None;
        self.grading = false;
        self.slow = false;
        self.hints = 0;
        self.view = View::Exercise;
        self.state.current = Some(self.exercises()[i].name.clone());
        self.save();
    }

    /// Writes the progress; a failure is shown, not fatal.
    pub fn save(&mut self) {
        if let Err(e) = self.state.save(&self.course.state_file()) {
            self.notice.push(e);
        }
    }

    /// Records that exercise `i` passed or not.
    fn record(&mut self, i: usize, passed: bool) {
        let name = self.exercises()[i].name.clone();
        let changed = if passed {
            self.state.passed.insert(name)
        } else {
            self.state.passed.remove(&name)
        };
        if changed {
            self.save();
        }
    }

    /// Takes the grade of exercise `i`.
    pub fn on_grade(&mut self, i: usize, outcome: Outcome) {
        if let Outcome::Graded(g) = &outcome {
            self.record(i, g.passed);
        }
        if i == self.current {
            self.grading = false;
            self.slow = false;
            self.grade = Some(outcome);
        }
    }

    /// Takes the grades of a check of every exercise: the list, with the count.
    pub fn on_grade_all(&mut self, results: Vec<(usize, Outcome)>) {
        for (i, o) in results {
            self.on_grade(i, o);
        }
        let (passed, all) = (self.passed_count(), self.exercises().len());
        self.view = View::List {
            selected: self.current,
        };
        self.notice = vec![if passed == all {
            format!("checked every exercise: all {all} pass — you have done the whole course!")
        } else {
            format!("checked every exercise: {passed}/{all} pass")
        }];
    }

    /// Watching failed: say so and offer polling.
    pub fn on_watch_failed(&mut self, why: String) {
        self.watch = Watch::Failed(why);
    }

    /// What key `key` does.
    pub fn on_key(&mut self, key: Key) -> Effect {
        self.notice.clear();
        if key == Key::Interrupt {
            return Effect::Quit;
        }
        if let View::List { selected } = self.view {
            let n = self.exercises().len();
            match key {
                Key::Up | Key::Char('k') => {
                    self.view = View::List {
                        selected: selected.saturating_sub(1),
                    }
                }
                Key::Down | Key::Char('j') => {
                    self.view = View::List {
                        selected: (selected + 1).min(n - 1),
                    }
                }
                Key::Enter => {
                    if selected == self.current {
                        self.view = View::Exercise;
                        return Effect::None;
                    }
                    self.go_to(selected);
                    return Effect::Grade;
                }
                Key::Char('c') => return self.check_all(),
                Key::Char('l' | 'q') | Key::Esc => self.view = View::Exercise,
                _ => {}
            }
            return Effect::None;
        }
        match key {
            Key::Char('q') => Effect::Quit,
            Key::Char('h') => {
                self.hint();
                Effect::None
            }
            Key::Char('l') => {
                self.view = View::List {
                    selected: self.current,
                };
                Effect::None
            }
            Key::Char('n') => self.next(),
            Key::Char('c') => self.check_all(),
            Key::Char('r') => self.reset(SystemTime::now()),
            Key::Char('s') => {
                self.solution();
                Effect::None
            }
            Key::Char('p') => {
                self.watch = Watch::Polling;
                self.notice.push(format!(
                    "checking {} for changes every second",
                    show_path(&self.file())
                ));
                Effect::Poll
            }
            _ => Effect::None,
        }
    }

    /// Whether the current exercise's file is a Go program (run step-limited by memsim)
    /// rather than Rust (built and tested by cargo).
    fn is_go(&self) -> bool {
        self.course.file_name(self.exercise()).ends_with(".go")
    }

    /// How long the no-terminal status waits for the current exercise's grade.
    pub fn status_wait(&self) -> Duration {
        if self.is_go() {
            STATUS_WAIT_GO
        } else {
            STATUS_WAIT_RUST
        }
    }

    /// Whether the current exercise passes, as far as the loop knows: not while a changed
    /// file is being graded.
    fn current_passed(&self) -> bool {
        if self.grading {
            return false;
        }
        match &self.grade {
            Some(g) => g.passed(),
            None => self.passed(self.current),
        }
    }

    fn hint(&mut self) {
        let ex = self.exercise().clone();
        if ex.hints.is_empty() {
            self.notice.push(format!(
                "{} has no hints: the chapter explains it ({})",
                ex.name,
                self.chapter_link(&ex)
            ));
            return;
        }
        self.hints = (self.hints + 1).min(ex.hints.len());
        for (i, h) in ex.hints.iter().take(self.hints).enumerate() {
            self.notice
                .push(format!("hint {}/{}: {h}", i + 1, ex.hints.len()));
        }
        if self.hints == ex.hints.len() {
            self.notice.push(format!(
                "(that is every hint; the chapter explains the rest: {})",
                self.chapter_link(&ex)
            ));
        } else {
            self.notice.push("(h again for the next hint)".into());
        }
    }

    fn next(&mut self) -> Effect {
        if !self.current_passed() {
            self.notice.push(
                "n moves on once this exercise passes (h: a hint, l: the list, to pick another one)"
                    .into(),
            );
            return Effect::None;
        }
        match self.pending_from(self.current + 1) {
            Some(i) => {
                self.go_to(i);
                Effect::Grade
            }
            None => {
                self.notice.push(
                    "every exercise passes — you have done the whole course! (l lists them, c checks them all again)"
                        .into(),
                );
                Effect::None
            }
        }
    }

    fn check_all(&mut self) -> Effect {
        self.notice.push(format!(
            "checking all {} exercises…",
            self.exercises().len()
        ));
        Effect::GradeAll
    }

    /// `r`: the original file back, the learner's saved first.
    pub fn reset(&mut self, now: SystemTime) -> Effect {
        let ex = self.exercise().clone();
        let file = show_path(&self.course.file(&ex));
        match reset(&self.course, &ex, now) {
            Ok(Reset::Unchanged) => {
                self.notice
                    .push(format!("{file} is already the original: nothing to reset"));
                Effect::None
            }
            Ok(Reset::Restored { backup }) => {
                self.notice.push(format!("reset {file} to the original"));
                if let Some(b) = backup {
                    self.notice
                        .push(format!("your version is saved in {}", show_path(&b)));
                }
                self.hints = 0;
                Effect::Grade
            }
            Err(e) => {
                self.notice.push(format!("not reset: {e}"));
                Effect::None
            }
        }
    }

    /// `s`: the reference solution, only once the current exercise passes.
    pub fn solution(&mut self) {
        if !self.current_passed() {
            self.notice
                .push("the reference solution opens once your file passes — h gives a hint".into());
            return;
        }
        let path = self.course.solution(self.exercise());
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                self.notice.push(format!(
                    "the reference solution, {} (often there is more than one good answer):",
                    show_path(&path)
                ));
                self.notice.push(String::new());
                self.notice.extend(text.lines().map(str::to_string));
            }
            Err(e) => self
                .notice
                .push(format!("{}: cannot read the solution: {e}", path.display())),
        }
    }

    /// Where `ex`'s chapter is read: its page on the served book, else its source file.
    pub fn chapter_link(&self, ex: &Exercise) -> String {
        match self.book {
            Book::Building(port) | Book::Ready(port, _) => {
                let page = ex.chapter.strip_suffix(".md").unwrap_or(&ex.chapter);
                format!("http://127.0.0.1:{port}/{page}.html")
            }
            _ => show_path(&self.book_root.join("book/src").join(&ex.chapter)),
        }
    }

    /// What the learner is asked to do (a kind added to the manifest later without a
    /// sentence here gets a general one).
    #[allow(unreachable_patterns)]
    fn task(ex: &Exercise) -> String {
        match ex.kind {
            Kind::Predict => "write what `go build -gcflags='-m -l'` reports on each line as // want \"...\" comments".into(),
            Kind::Allocs => format!(
                "bring {} to at most {} allocs/op; the program must print exactly what it prints now",
                ex.func.as_deref().unwrap_or("main"),
                ex.budget.unwrap_or(0)
            ),
            _ => "make the file pass its grader (the comment at its top says what to do)".into(),
        }
    }

    fn progress_line(&self) -> String {
        let (passed, all) = (self.passed_count(), self.exercises().len());
        let width = 24;
        // Rounded up: one passed exercise shows, the bar is full only when all pass.
        let full = (passed * width).div_ceil(all.max(1));
        format!(
            "progress: {}{} {passed}/{all} passed",
            "█".repeat(full).green(),
            "░".repeat(width - full)
        )
    }

    /// The exercise, its task, file and chapter.
    fn exercise_lines(&self, out: &mut Vec<String>) {
        let ex = self.exercise();
        out.push(format!(
            "exercise {}/{}: {} ({})",
            self.current + 1,
            self.exercises().len(),
            ex.name.bold(),
            kind_name(ex.kind)
        ));
        out.push(format!("  task:    {}", App::task(ex)));
        out.push(format!("  file:    {}", show_path(&self.course.file(ex))));
        out.push(format!("  chapter: {}", self.chapter_link(ex)));
    }

    /// The grade of the current exercise, as `memsim exercises check` prints its findings.
    fn grade_lines(&self, out: &mut Vec<String>) {
        let limit = thousands(memsim::exercises::allocs::MAX_STEPS);
        match &self.grade {
            None => out.push("grading…".dimmed().to_string()),
            Some(Outcome::Graded(g)) => {
                let mut head = if g.passed {
                    "✓ passed".green().bold().to_string()
                } else {
                    "✗ not passed yet".red().bold().to_string()
                };
                if self.grading {
                    head.push_str(&" (grading again…)".dimmed().to_string());
                }
                out.push(head);
                for f in &g.findings {
                    out.extend(f.lines().map(|l| format!("  {l}")));
                }
            }
            Some(Outcome::Crashed(why)) => {
                out.push(
                    "✗ memsim crashed while grading this file"
                        .red()
                        .bold()
                        .to_string(),
                );
                out.push(format!(
                    "  {why}\n  That is a bug in memsim, not in your file: please report it with your file."
                ));
            }
            Some(Outcome::TimedOut(d)) => {
                out.push("✗ no grade yet".red().bold().to_string());
                out.push(if self.is_go() {
                    format!(
                        "  grading took longer than {} s: does your program loop forever? memsim stops a program after {limit} steps and says so.",
                        d.as_secs()
                    )
                } else {
                    format!(
                        "  grading took longer than {} s (cargo builds and runs the exercise's tests): run it again when the build is done.",
                        d.as_secs()
                    )
                });
            }
        }
        if self.slow {
            let why = if self.is_go() {
                format!(
                    "does your program loop forever? memsim stops it after {limit} steps and says so (saving the file again re-grades it)"
                )
            } else {
                "cargo builds and runs the exercise's tests; the first build takes longest".into()
            };
            out.push(
                format!("still grading after {} s: {why}", GRADE_TIMEOUT.as_secs())
                    .yellow()
                    .to_string(),
            );
        }
    }

    fn book_line(&self) -> String {
        match &self.book {
            Book::Off(why) => format!("the book: not served ({why}); its pages are in book/src/"),
            Book::Building(port) => {
                format!("the book: http://127.0.0.1:{port}/ (being built…)")
            }
            Book::Ready(port, took) => format!(
                "the book: {} (built in {:.1} s)",
                format!("http://127.0.0.1:{port}/").bold(),
                took.as_secs_f64()
            ),
            Book::Failed(why) => format!("the book could not be built: {why}"),
        }
    }

    fn watch_line(&self) -> String {
        match &self.watch {
            Watch::Watching => "save the file to grade it again".dimmed().to_string(),
            Watch::Failed(why) => {
                format!("file watching failed ({why}); press p to poll every second instead")
                    .yellow()
                    .to_string()
            }
            Watch::Polling => "checking the file every second; save it to grade it again"
                .dimmed()
                .to_string(),
        }
    }

    fn keys_line(&self) -> String {
        let mut keys = Vec::new();
        if self.current_passed() {
            keys.push("n next");
        }
        keys.push("h hint");
        keys.push("l list");
        keys.push("c check all");
        keys.push("r reset");
        if self.current_passed() {
            keys.push("s solution");
        }
        if matches!(self.watch, Watch::Failed(_)) {
            keys.push("p poll");
        }
        keys.push("q quit");
        keys.join(" · ")
    }

    /// The screen.
    pub fn render(&self) -> String {
        let mut out = vec![format!("{} — {}", "memsim course".bold(), self.book_line())];
        out.push(self.progress_line());
        out.push(String::new());
        match self.view {
            View::Exercise => {
                self.exercise_lines(&mut out);
                out.push(String::new());
                self.grade_lines(&mut out);
                if self.current_passed() && !self.grading {
                    out.push(String::new());
                    out.push(
                        match self.pending_from(self.current + 1) {
                            Some(_) => {
                                "Well done! n: the next exercise · s: the reference solution"
                            }
                            None => "Well done — every exercise passes! s: the reference solution",
                        }
                        .green()
                        .to_string(),
                    );
                }
            }
            View::List { selected } => self.list_lines(selected, &mut out),
        }
        if !self.notice.is_empty() {
            out.push(String::new());
            out.extend(self.notice.iter().cloned());
        }
        out.push(String::new());
        match self.view {
            View::Exercise => {
                out.push(self.watch_line());
                out.push(self.keys_line());
            }
            View::List { .. } => out.push(
                "↑/↓ or k/j choose · Enter: work on it · c check all · l or Esc: back".into(),
            ),
        }
        let mut text = out.join("\n");
        text.push('\n');
        text
    }

    /// The list, cut to a window around the cursor when the terminal is too short for it.
    fn list_lines(&self, selected: usize, out: &mut Vec<String>) {
        let n = self.exercises().len();
        // The lines around the list: heading, progress, blank lines, notice, keys.
        let room = self.height.saturating_sub(8).max(5);
        let (from, to) = if n <= room {
            (0, n)
        } else {
            let from = selected.saturating_sub(room / 2).min(n - room);
            (from, from + room)
        };
        if from > 0 {
            out.push(format!("  … {from} more above"));
        }
        for (i, ex) in self.exercises().iter().enumerate().take(to).skip(from) {
            let mark = if self.passed(i) {
                "✓".green().to_string()
            } else {
                "✗".red().to_string()
            };
            let line = format!(
                "{} {mark} {:>2}  {:<24} {:<9} {}{}",
                if i == selected { ">" } else { " " },
                i + 1,
                ex.name,
                kind_name(ex.kind),
                ex.chapter,
                if i == self.current {
                    "  ← current"
                } else {
                    ""
                }
            );
            out.push(if i == selected {
                line.bold().to_string()
            } else {
                line
            });
        }
        if to < n {
            out.push(format!("  … {} more below", n - to));
        }
    }

    /// The status without a terminal: the exercise, its grade, the progress.
    pub fn render_status(&self) -> String {
        let mut out = Vec::new();
        self.exercise_lines(&mut out);
        self.grade_lines(&mut out);
        out.push(format!(
            "progress: {}/{} passed (kept in {})",
            self.passed_count(),
            self.exercises().len(),
            show_path(&self.course.state_file())
        ));
        let mut text = out.join("\n");
        text.push('\n');
        text
    }
}

/// `n` with a comma every three digits.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The kind as `info.toml` spells it.
fn kind_name(k: Kind) -> String {
    format!("{k:?}").to_lowercase()
}

/// Grades `ex`, turning a grader panic into [`Outcome::Crashed`] (where panics unwind: the
/// dev profile, which `cargo run -p memsim-book` builds; the release profile aborts).
pub fn grade_caught(dir: &Path, ex: &Exercise) -> Outcome {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| grade(dir, ex))) {
        Ok(g) => Outcome::Graded(g),
        Err(payload) => Outcome::Crashed(
            payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "the grader panicked".into()),
        ),
    }
}

/// Grades `ex` on a worker thread, waiting at most `timeout`.
pub fn grade_blocking(dir: &Path, ex: &Exercise, timeout: Duration) -> Outcome {
    let (tx, rx) = mpsc::channel();
    let (dir, ex) = (dir.to_path_buf(), ex.clone());
    let spawned = std::thread::Builder::new()
        .name(GRADER.into())
        .spawn(move || {
            let _ = tx.send(grade_caught(&dir, &ex));
        });
    if let Err(e) = spawned {
        return Outcome::Crashed(format!("cannot start a grading thread: {e}"));
    }
    rx.recv_timeout(timeout)
        .unwrap_or(Outcome::TimedOut(timeout))
}

/// The name of grading threads (their panics are reported in the grade, not on stderr).
const GRADER: &str = "memsim-grader";

/// The no-terminal run: grades the current exercise, and while it passes records it and
/// moves on to the next one not passed; returns what to print. Each grade is waited for at
/// most `timeout`, by default [`App::status_wait`].
pub fn status(app: &mut App, timeout: Option<Duration>) -> String {
    let mut out = String::new();
    loop {
        let ex = app.exercise().clone();
        let wait = timeout.unwrap_or_else(|| app.status_wait());
        let outcome = grade_blocking(&app.course.dir, &ex, wait);
        let passed = outcome.passed();
        app.on_grade(app.current, outcome);
        if !passed {
            break;
        }
        out.push_str(&format!("{} {} passes\n", "✓".green(), ex.name));
        match app.pending_from(app.current + 1) {
            Some(i) => app.go_to(i),
            None => {
                out.push_str("every exercise passes — you have done the whole course!\n");
                break;
            }
        }
    }
    out.push_str(&app.render_status());
    out
}

/// Colours only on a terminal, and never with `NO_COLOR` set (to anything non-empty).
fn use_colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Runs the loop; returns the process's exit status. Without a terminal it prints the
/// status and returns at once.
pub fn run(opts: &Options) -> u8 {
    colored::control::set_override(use_colour());
    let dir = opts.dir.clone().unwrap_or_else(default_dir);
    let course = match Course::open(&dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("memsim-book: {e}");
            return 1;
        }
    };
    if let Err(e) = course.ensure_pristine() {
        eprintln!("memsim-book: {e}");
        return 1;
    }
    let state = match State::load(&course.state_file()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("memsim-book: {e}");
            return 1;
        }
    };
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() != Some(GRADER) {
            previous(info);
        }
    }));
    let mut app = App::new(course, state, crate::repo_root());
    let terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    if !terminal {
        app.book = Book::Off("no terminal".into());
        print!("{}", status(&mut app, None));
        println!(
            "(no terminal, so this is only the status: run `cargo run -p memsim-book` in a terminal for the course — the book served on localhost and your file graded each time you save it)"
        );
        return 0;
    }
    terminal::interactive(app, opts)
}

/// The terminal side: raw keys, the watcher, the graders, the book's server.
mod terminal {
    use super::*;
    use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
    use crossterm::{cursor, queue, terminal as term};
    use notify::event::{AccessKind, AccessMode};
    use notify::{EventKind, RecursiveMode, Watcher};

    /// What the loop's threads tell it.
    enum Msg {
        Key(Key),
        Resize,
        /// Keys can no longer be read; why.
        InputClosed(String),
        /// Paths the watcher saw written.
        Changed(Vec<PathBuf>),
        WatchError(String),
        Graded {
            id: u64,
            all: bool,
            results: Vec<(usize, Outcome)>,
        },
        Book(Book),
    }

    /// Raw mode while alive.
    struct RawMode;

    impl RawMode {
        fn enable() -> std::io::Result<RawMode> {
            term::enable_raw_mode().map(|()| RawMode)
        }
    }

    impl Drop for RawMode {
        fn drop(&mut self) {
            let _ = term::disable_raw_mode();
        }
    }

    /// Grading jobs on threads. A job grades the current exercise (`Some(i)`) or every
    /// exercise (`None`, one at a time). At most [`MAX_GRADERS`] jobs run at once (a newer
    /// request for the current exercise waits, replacing an older waiting one); of the jobs
    /// for one exercise only the newest one's result counts.
    struct Graders {
        tx: Sender<Msg>,
        dir: PathBuf,
        exercises: Vec<Exercise>,
        /// Ids in the order jobs were asked for.
        next_id: u64,
        running: usize,
        /// The newest job for one exercise, while its result is awaited.
        latest: Option<u64>,
        /// The id of the newest job for one exercise asked for, run or not.
        newest_one: Option<u64>,
        /// The check of every exercise running, if any.
        all: Option<u64>,
        /// A job for one exercise waiting for a free thread: (id, exercise).
        pending: Option<(u64, usize)>,
        /// When the awaited result for one exercise was asked for.
        since: Option<Instant>,
    }

    impl Graders {
        fn new(tx: Sender<Msg>, dir: PathBuf, exercises: Vec<Exercise>) -> Graders {
            Graders {
                tx,
                dir,
                exercises,
                next_id: 0,
                running: 0,
                latest: None,
                newest_one: None,
                all: None,
                pending: None,
                since: None,
            }
        }

        /// Grade exercise `i`.
        fn start(&mut self, i: usize) {
            let id = self.next_id;
            self.next_id += 1;
            self.newest_one = Some(id);
            self.since = Some(Instant::now());
            if self.running >= MAX_GRADERS {
                self.pending = Some((id, i));
                self.latest = None;
            } else {
                self.latest = Some(id);
                self.spawn(id, Some(i));
            }
        }

        /// Grade every exercise, unless that is already under way.
        fn start_all(&mut self) {
            if self.all.is_none() {
                let id = self.next_id;
                self.next_id += 1;
                self.all = Some(id);
                self.spawn(id, None);
            }
        }

        fn spawn(&mut self, id: u64, job: Option<usize>) {
            self.running += 1;
            let list: Vec<(usize, Exercise)> = match job {
                Some(i) => vec![(i, self.exercises[i].clone())],
                None => self.exercises.iter().cloned().enumerate().collect(),
            };
            let (tx, dir) = (self.tx.clone(), self.dir.clone());
            let spawned = std::thread::Builder::new()
                .name(GRADER.into())
                .spawn(move || {
                    let results = list
                        .into_iter()
                        .map(|(i, ex)| (i, grade_caught(&dir, &ex)))
                        .collect();
                    let _ = tx.send(Msg::Graded {
                        id,
                        all: job.is_none(),
                        results,
                    });
                });
            if let Err(e) = spawned {
                let why = Outcome::Crashed(format!("cannot start a grading thread: {e}"));
                let _ = self.tx.send(Msg::Graded {
                    id,
                    all: job.is_none(),
                    results: job.map(|i| (i, why)).into_iter().collect(),
                });
            }
        }

        /// Job `id` ended with `results`: the results that count (none from a job
        /// outdated by a newer one; from a check of every exercise, all but the current
        /// exercise's when it was asked for again since).
        fn finished(
            &mut self,
            id: u64,
            results: Vec<(usize, Outcome)>,
            current: usize,
        ) -> Option<Vec<(usize, Outcome)>> {
            self.running = self.running.saturating_sub(1);
            if let Some((id, i)) = self.pending.take() {
                self.latest = Some(id);
                self.spawn(id, Some(i));
            }
            if self.all == Some(id) {
                self.all = None;
                let newer = self.newest_one.is_some_and(|n| n > id);
                return Some(
                    results
                        .into_iter()
                        .filter(|(i, _)| !(newer && *i == current))
                        .collect(),
                );
            }
            if self.latest == Some(id) {
                self.latest = None;
                self.since = None;
                return Some(results);
            }
            None
        }

        fn overdue(&self) -> bool {
            self.since.is_some_and(|t| t.elapsed() > GRADE_TIMEOUT)
        }
    }

    /// Binds the first free port from `port` on, then builds the book and serves it on a
    /// background thread; the result of the build arrives as [`Msg::Book`].
    fn start_book(port: u16, tx: Sender<Msg>) -> Book {
        let mut why = String::new();
        for p in port..=port.saturating_add(PORT_TRIES - 1) {
            match crate::bind(&format!("127.0.0.1:{p}")) {
                Ok((server, p)) => {
                    std::thread::spawn(move || match crate::build(&crate::repo_root()) {
                        Ok((site, took)) => {
                            let _ = tx.send(Msg::Book(Book::Ready(p, took)));
                            crate::serve_requests(&server, &site);
                        }
                        Err(e) => {
                            let _ = tx.send(Msg::Book(Book::Failed(e)));
                        }
                    });
                    return Book::Building(p);
                }
                Err(e) => why = e,
            }
        }
        Book::Off(format!(
            "ports {port} to {} are taken: {why}",
            port.saturating_add(PORT_TRIES - 1)
        ))
    }

    /// Watches every exercise's folder (not recursively: a build folder such as
    /// `exercises/rust/target` is never watched); written paths arrive as [`Msg::Changed`].
    fn watch(course: &Course, tx: Sender<Msg>) -> Result<notify::RecommendedWatcher, String> {
        let mut w = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
            let msg = match res {
                // Opening and reading (the grader's own reads among them) are not saves.
                Ok(ev) => match ev.kind {
                    EventKind::Access(AccessKind::Close(AccessMode::Write)) => {
                        Msg::Changed(ev.paths)
                    }
                    EventKind::Access(_) => return,
                    _ => Msg::Changed(ev.paths),
                },
                Err(e) => Msg::WatchError(e.to_string()),
            };
            let _ = tx.send(msg);
        })
        .map_err(|e| e.to_string())?;
        for ex in &course.manifest.exercises {
            let folder = course.dir.join(&ex.name);
            // A missing folder is the grader's to report ("cannot read").
            if folder.is_dir() {
                w.watch(&folder, RecursiveMode::NonRecursive)
                    .map_err(|e| format!("{}: {e}", show_path(&folder)))?;
            }
        }
        Ok(w)
    }

    fn key_of(k: event::KeyEvent) -> Option<Key> {
        if k.kind == KeyEventKind::Release {
            return None;
        }
        Some(match k.code {
            KeyCode::Char('c' | 'd') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                Key::Interrupt
            }
            KeyCode::Char(c) => Key::Char(c.to_ascii_lowercase()),
            KeyCode::Up => Key::Up,
            KeyCode::Down => Key::Down,
            KeyCode::Enter => Key::Enter,
            KeyCode::Esc => Key::Esc,
            _ => return None,
        })
    }

    fn draw(app: &mut App) {
        if let Ok((_, rows)) = term::size() {
            app.height = usize::from(rows);
        }
        let mut out = std::io::stdout().lock();
        let _ = queue!(out, term::Clear(term::ClearType::All), cursor::MoveTo(0, 0));
        // Raw mode: a line feed does not return the carriage.
        let _ = out.write_all(app.render().replace('\n', "\r\n").as_bytes());
        let _ = out.flush();
    }

    pub(super) fn interactive(mut app: App, opts: &Options) -> u8 {
        let (tx, rx) = mpsc::channel::<Msg>();
        app.book = if opts.serve {
            start_book(opts.port, tx.clone())
        } else {
            Book::Off("--no-serve".into())
        };
        let raw = match RawMode::enable() {
            Ok(r) => r,
            Err(e) => {
                print!("{}", status(&mut app, None));
                eprintln!("memsim-book: cannot read single keys on this terminal ({e})");
                return 1;
            }
        };
        let input = tx.clone();
        std::thread::spawn(move || {
            loop {
                let msg = match event::read() {
                    Ok(Event::Key(k)) => match key_of(k) {
                        Some(k) => Msg::Key(k),
                        None => continue,
                    },
                    Ok(Event::Resize(..)) => Msg::Resize,
                    Ok(_) => continue,
                    Err(e) => Msg::InputClosed(e.to_string()),
                };
                let closed = matches!(msg, Msg::InputClosed(_));
                if input.send(msg).is_err() || closed {
                    break;
                }
            }
        });
        let mut watcher = None;
        if opts.poll {
            app.watch = Watch::Polling;
        } else {
            match watch(&app.course, tx.clone()) {
                Ok(w) => watcher = Some(w),
                Err(e) => app.on_watch_failed(e),
            }
        }
        let mut graders =
            Graders::new(tx.clone(), app.course.dir.clone(), app.exercises().to_vec());
        let mut seen = std::fs::read(app.file()).ok();
        graders.start(app.current);
        app.grading = true;
        draw(&mut app);
        let mut last_poll = Instant::now();
        let mut failure = None;
        loop {
            let mut redraw = false;
            let mut regrade = false;
            match rx.recv_timeout(Duration::from_millis(100)) {
                Ok(Msg::Key(k)) => {
                    redraw = true;
                    match app.on_key(k) {
                        Effect::Quit => break,
                        Effect::Grade => {
                            seen = std::fs::read(app.file()).ok();
                            graders.start(app.current);
                            app.grading = true;
                        }
                        Effect::GradeAll => {
                            graders.start_all();
                            app.grading = true;
                        }
                        Effect::Poll => {
                            watcher = None;
                            last_poll = Instant::now();
                        }
                        Effect::None => {}
                    }
                }
                Ok(Msg::Changed(paths)) => {
                    let folder = app.course.dir.join(&app.exercise().name);
                    regrade = paths.iter().any(|p| p.starts_with(&folder));
                }
                Ok(Msg::WatchError(e)) => {
                    if app.watch == Watch::Watching {
                        app.on_watch_failed(e);
                        watcher = None;
                        redraw = true;
                    }
                }
                Ok(Msg::Graded { id, all, results }) => {
                    if let Some(results) = graders.finished(id, results, app.current) {
                        if all {
                            app.on_grade_all(results);
                        } else {
                            for (i, o) in results {
                                app.on_grade(i, o);
                            }
                        }
                        redraw = true;
                    }
                }
                Ok(Msg::Book(b)) => {
                    app.book = b;
                    redraw = true;
                }
                Ok(Msg::Resize) => redraw = true,
                Ok(Msg::InputClosed(why)) => {
                    failure = Some(format!("cannot read keys from the terminal: {why}"));
                    break;
                }
                Err(RecvTimeoutError::Disconnected) => break,
                Err(RecvTimeoutError::Timeout) => {}
            }
            if app.watch == Watch::Polling && last_poll.elapsed() >= POLL_EVERY {
                last_poll = Instant::now();
                regrade = true;
            }
            if regrade {
                let now = std::fs::read(app.file()).ok();
                if now != seen {
                    seen = now;
                    graders.start(app.current);
                    app.grading = true;
                    redraw = true;
                }
            }
            if graders.overdue() && !app.slow {
                app.slow = true;
                redraw = true;
            }
            if redraw {
                draw(&mut app);
            }
        }
        drop(watcher);
        drop(raw);
        println!(
            "\n{}/{} exercises pass; your progress is kept in {}. `cargo run -p memsim-book` picks up where you left off.",
            app.passed_count(),
            app.exercises().len(),
            show_path(&app.course.state_file())
        );
        match failure {
            Some(why) => {
                eprintln!("memsim-book: {why}");
                1
            }
            None => 0,
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        /// Waits for the next grading result.
        fn next(rx: &mpsc::Receiver<Msg>) -> (u64, bool, Vec<(usize, Outcome)>) {
            match rx.recv_timeout(Duration::from_secs(120)) {
                Ok(Msg::Graded { id, all, results }) => (id, all, results),
                Ok(_) => panic!("not a grade"),
                Err(e) => panic!("no grade: {e}"),
            }
        }

        #[test]
        fn only_the_newest_results_count() {
            let (root, course) = super::super::tests::temp_course("graders");
            let n = course.manifest.exercises.len();
            let (tx, rx) = mpsc::channel();
            let mut g = Graders::new(tx, course.dir.clone(), course.manifest.exercises.clone());
            // Three requests: two run, the third waits; only the third's result counts.
            g.start(0);
            g.start(0);
            g.start(0);
            assert_eq!((g.running, g.pending.map(|p| p.0)), (2, Some(2)));
            let mut counted = Vec::new();
            for _ in 0..3 {
                let (id, all, results) = next(&rx);
                assert!(!all);
                if let Some(r) = g.finished(id, results, 0) {
                    counted.push((id, r.len()));
                }
            }
            assert_eq!(counted, vec![(2, 1)]);
            assert_eq!((g.running, g.latest, g.since), (0, None, None));
            // A check of everything, asked twice (once runs), then the current exercise
            // again: the check's grade of the current exercise is outdated.
            g.start_all();
            g.start_all();
            g.start(1);
            assert_eq!(g.running, 2);
            let mut all_seen = false;
            for _ in 0..2 {
                let (id, all, results) = next(&rx);
                let r = g.finished(id, results, 1).unwrap();
                if all {
                    all_seen = true;
                    assert_eq!(r.len(), n - 1);
                    assert!(r.iter().all(|(i, _)| *i != 1));
                } else {
                    assert_eq!(r.iter().map(|(i, _)| *i).collect::<Vec<_>>(), vec![1]);
                }
            }
            assert!(all_seen);
            assert!(rx.recv_timeout(Duration::from_millis(200)).is_err());
            let _ = std::fs::remove_dir_all(root);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Course;

    /// A copy of the repository's exercises/ and solutions/ (without build folders) in a
    /// fresh temporary folder.
    pub(crate) fn temp_course(tag: &str) -> (PathBuf, Course) {
        fn copy(from: &Path, to: &Path) {
            std::fs::create_dir_all(to).unwrap();
            for e in std::fs::read_dir(from).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    if e.file_name() != "target" {
                        copy(&p, &to.join(e.file_name()));
                    }
                } else {
                    std::fs::copy(&p, to.join(e.file_name())).unwrap();
                }
            }
        }
        let root = std::env::temp_dir().join(format!("memsim-learn-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for d in ["exercises", "solutions"] {
            copy(&crate::repo_root().join(d), &root.join(d));
        }
        let course = Course::open(&root.join("exercises")).unwrap();
        course.ensure_pristine().unwrap();
        (root, course)
    }

    fn app(tag: &str) -> (PathBuf, App) {
        colored::control::set_override(false);
        let (root, course) = temp_course(tag);
        let state = State::load(&course.state_file()).unwrap();
        (root, App::new(course, state, crate::repo_root()))
    }

    /// Copies the reference solution of exercise `i` over the learner's file.
    fn solve(app: &App, i: usize) {
        let ex = &app.exercises()[i];
        std::fs::copy(app.course.solution(ex), app.course.file(ex)).unwrap();
    }

    fn name(app: &App, i: usize) -> String {
        app.exercises()[i].name.clone()
    }

    #[test]
    fn current_is_the_first_not_passed_or_the_chosen_one() {
        let (root, mut app) = app("current");
        assert_eq!(app.current, 0);
        app.state.passed.insert(name(&app, 0));
        app.state.passed.insert(name(&app, 1));
        let again = App::new(app.course.clone(), app.state.clone(), PathBuf::new());
        assert_eq!(again.current, 2);
        app.state.current = Some(name(&app, 6));
        let chosen = App::new(app.course.clone(), app.state.clone(), PathBuf::new());
        assert_eq!(chosen.current, 6);
        // A chosen exercise that passed since gives way to the first one not passed.
        app.state.passed.insert(name(&app, 6));
        let passed = App::new(app.course.clone(), app.state.clone(), PathBuf::new());
        assert_eq!(passed.current, 2);
        assert_eq!(passed.pending_from(6), Some(7));
        // An exercise no longer in the manifest is forgotten.
        app.state.current = Some("99_gone".into());
        let gone = App::new(app.course.clone(), app.state.clone(), PathBuf::new());
        assert_eq!(gone.current, 2);
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn keys_hints_next_and_list() {
        let (root, mut app) = app("keys");
        let total = app.exercises().len();
        app.on_grade(0, grade_caught(&app.course.dir, app.exercise()));
        assert!(!app.grade.as_ref().unwrap().passed());
        let screen = app.render();
        let head = format!("exercise 1/{total}: {} (", name(&app, 0));
        assert!(screen.contains(&head), "{screen}");
        assert!(screen.contains("✗ not passed yet\n  main.go:"), "{screen}");
        assert!(screen.contains("progress: ░"), "{screen}");
        assert!(screen.contains(&format!(" 0/{total} passed")), "{screen}");
        assert!(!screen.contains("n next"), "{screen}");
        // h: the first hint, then one more each time, then the chapter.
        let hints = app.exercise().hints.len();
        assert!(hints >= 2);
        assert_eq!(app.on_key(Key::Char('h')), Effect::None);
        assert_eq!(app.notice.len(), 2);
        assert!(
            app.notice[0].starts_with(&format!("hint 1/{hints}: ")),
            "{:?}",
            app.notice
        );
        assert_eq!(app.notice[1], "(h again for the next hint)");
        for _ in 1..hints + 1 {
            app.on_key(Key::Char('h'));
        }
        assert_eq!(app.notice.len(), hints + 1, "{:?}", app.notice);
        assert!(app.notice[hints].contains("that is every hint"));
        // n: refused until it passes.
        assert_eq!(app.on_key(Key::Char('n')), Effect::None);
        assert!(app.notice[0].contains("once this exercise passes"));
        assert_eq!(app.current, 0);
        // It passes: recorded, n goes on.
        solve(&app, 0);
        app.on_grade(0, grade_caught(&app.course.dir, app.exercise()));
        let screen = app.render();
        assert!(screen.contains("✓ passed"), "{screen}");
        assert!(
            screen.contains("Well done! n: the next exercise"),
            "{screen}"
        );
        assert!(screen.contains("n next ·"), "{screen}");
        let saved = State::load(&app.course.state_file()).unwrap();
        assert!(saved.passed.contains(&name(&app, 0)));
        assert_eq!(app.on_key(Key::Char('n')), Effect::Grade);
        assert_eq!(app.current, 1);
        assert_eq!((app.hints, app.grade.clone()), (0, None));
        assert_eq!(
            State::load(&app.course.state_file()).unwrap().current,
            Some(name(&app, 1))
        );
        // l: the list, ✓/✗ and the current one marked; Enter picks another.
        app.on_key(Key::Char('l'));
        let list = app.render();
        assert!(
            list.contains(&format!("  ✓  1  {}", name(&app, 0))),
            "{list}"
        );
        assert!(
            list.contains(&format!("> ✗  2  {}", name(&app, 1))),
            "{list}"
        );
        assert_eq!(list.matches("← current").count(), 1, "{list}");
        app.on_key(Key::Down);
        app.on_key(Key::Char('j'));
        app.on_key(Key::Char('k'));
        app.on_key(Key::Down);
        assert_eq!(app.on_key(Key::Enter), Effect::Grade);
        assert_eq!(app.current, 3);
        assert_eq!(app.view, View::Exercise);
        app.on_key(Key::Char('l'));
        assert_eq!(app.on_key(Key::Esc), Effect::None);
        assert_eq!(app.view, View::Exercise);
        assert_eq!(app.on_key(Key::Char('c')), Effect::GradeAll);
        assert_eq!(app.on_key(Key::Char('x')), Effect::None);
        assert_eq!(app.on_key(Key::Char('q')), Effect::Quit);
        assert_eq!(app.on_key(Key::Interrupt), Effect::Quit);
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn check_all_shows_the_list() {
        let (root, mut app) = app("all");
        solve(&app, 1);
        let results = (0..3)
            .map(|i| (i, grade_caught(&app.course.dir, &app.exercises()[i])))
            .collect();
        app.on_grade_all(results);
        assert_eq!(app.view, View::List { selected: 0 });
        let total = app.exercises().len();
        assert_eq!(
            app.notice,
            vec![format!("checked every exercise: 1/{total} pass")]
        );
        let list = app.render();
        assert!(
            list.contains(&format!("> ✗  1  {}", name(&app, 0))),
            "{list}"
        );
        assert!(
            list.contains(&format!("  ✓  2  {}", name(&app, 1))),
            "{list}"
        );
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn solution_refused_before_passing() {
        let (root, mut app) = app("solution");
        app.on_grade(0, grade_caught(&app.course.dir, app.exercise()));
        app.on_key(Key::Char('s'));
        assert_eq!(
            app.notice,
            vec!["the reference solution opens once your file passes — h gives a hint"]
        );
        solve(&app, 0);
        app.on_grade(0, grade_caught(&app.course.dir, app.exercise()));
        app.on_key(Key::Char('s'));
        assert!(
            app.notice[0].starts_with("the reference solution, "),
            "{:?}",
            app.notice
        );
        let text = std::fs::read_to_string(app.course.solution(app.exercise())).unwrap();
        assert_eq!(app.notice[2..].join("\n"), text.trim_end());
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn reset_backs_up_the_learners_file() {
        let (root, mut app) = app("reset");
        let file = app.file();
        let original = std::fs::read_to_string(&file).unwrap();
        assert_eq!(app.on_key(Key::Char('r')), Effect::None);
        assert!(
            app.notice[0].contains("already the original"),
            "{:?}",
            app.notice
        );
        let mine = format!("{original}// my work\n");
        std::fs::write(&file, &mine).unwrap();
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_764_172_981);
        app.notice.clear();
        assert_eq!(app.reset(t), Effect::Grade);
        assert_eq!(std::fs::read_to_string(&file).unwrap(), original);
        let first = name(&app, 0);
        let backup = app
            .course
            .backups()
            .join(format!("{first}-20251126T160301Z.go"));
        assert_eq!(std::fs::read_to_string(&backup).unwrap(), mine);
        assert!(app.notice[0].starts_with("reset "), "{:?}", app.notice);
        assert!(
            app.notice[1].starts_with("your version is saved in ")
                && app.notice[1].ends_with(&format!("{first}-20251126T160301Z.go")),
            "{:?}",
            app.notice
        );
        // A second reset in the same second keeps both backups.
        std::fs::write(&file, "broken").unwrap();
        assert_eq!(
            reset(&app.course, app.exercise(), t).unwrap(),
            Reset::Restored {
                backup: Some(
                    app.course
                        .backups()
                        .join(format!("{first}-20251126T160301Z-2.go"))
                )
            }
        );
        assert_eq!(std::fs::read_to_string(&backup).unwrap(), mine);
        // A deleted file comes back without a backup.
        std::fs::remove_file(&file).unwrap();
        assert_eq!(
            reset(&app.course, app.exercise(), t).unwrap(),
            Reset::Restored { backup: None }
        );
        assert_eq!(std::fs::read_to_string(&file).unwrap(), original);
        // No original kept: nothing is touched, and git is named.
        std::fs::write(&file, &mine).unwrap();
        std::fs::remove_file(app.course.pristine(app.exercise())).unwrap();
        let e = reset(&app.course, app.exercise(), t).unwrap_err();
        assert!(e.contains("no original copy to reset to"), "{e}");
        assert!(e.contains("git checkout --"), "{e}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), mine);
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn pristine_copies_are_made_once() {
        let (root, app) = app("pristine");
        let ex = app.exercises()[0].clone();
        let file = app.course.file(&ex);
        let original = std::fs::read_to_string(&file).unwrap();
        std::fs::write(&file, "edited").unwrap();
        assert_eq!(app.course.ensure_pristine().unwrap(), 0);
        assert_eq!(
            std::fs::read_to_string(app.course.pristine(&ex)).unwrap(),
            original
        );
        std::fs::remove_file(app.course.pristine(&ex)).unwrap();
        assert_eq!(app.course.ensure_pristine().unwrap(), 1);
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn watching_failure_offers_polling() {
        let (root, mut app) = app("watch");
        assert!(app.render().contains("save the file to grade it again"));
        app.on_watch_failed("inotify: too many open files".into());
        let screen = app.render();
        assert!(
            screen.contains("file watching failed (inotify: too many open files); press p to poll every second instead"),
            "{screen}"
        );
        assert!(screen.contains("p poll"), "{screen}");
        assert_eq!(app.on_key(Key::Char('p')), Effect::Poll);
        assert_eq!(app.watch, Watch::Polling);
        assert!(app.render().contains("checking the file every second"));
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn slow_gradings_are_explained() {
        let (root, mut app) = app("slow");
        app.grading = true;
        app.slow = true;
        let screen = app.render();
        assert!(
            screen.contains(
                "still grading after 10 s: does your program loop forever? memsim stops it after "
            ),
            "{screen}"
        );
        assert_eq!(app.status_wait(), STATUS_WAIT_GO);
        // A Rust exercise (exercise.rs): cargo builds it, no step limit.
        let ex = app.exercise().clone();
        for f in [
            app.course.file(&ex),
            app.course.pristine(&ex),
            app.course.solution(&ex),
        ] {
            std::fs::remove_file(&f).unwrap();
        }
        std::fs::write(
            app.course.dir.join(&ex.name).join("exercise.rs"),
            "fn main() {}\n",
        )
        .unwrap();
        assert!(app.file().ends_with("exercise.rs"));
        let screen = app.render();
        assert!(
            screen.contains("still grading after 10 s: cargo builds and runs the exercise's tests"),
            "{screen}"
        );
        assert_eq!(app.status_wait(), STATUS_WAIT_RUST);
        app.grade = Some(Outcome::TimedOut(STATUS_WAIT_RUST));
        app.slow = false;
        assert!(
            app.render()
                .contains("✗ no grade yet\n  grading took longer than 600 s (cargo")
        );
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(200_000_000), "200,000,000");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(0), "0");
    }

    #[test]
    fn the_list_fits_the_terminal() {
        let (root, mut app) = app("height");
        let total = app.exercises().len();
        assert!(total > 12);
        app.view = View::List { selected: 10 };
        let all = app.render();
        assert!(!all.contains("more above"), "{all}");
        app.height = 13; // 5 exercises fit
        let cut = app.render();
        assert!(cut.contains("  … 8 more above\n"), "{cut}");
        assert!(
            cut.contains(&format!("> ✗ 11  {}", name(&app, 10))),
            "{cut}"
        );
        assert!(
            cut.contains(&format!("  ✗ 13  {}", name(&app, 12))),
            "{cut}"
        );
        assert!(!cut.contains(&format!(" 14  {}", name(&app, 13))), "{cut}");
        assert!(
            cut.contains(&format!("  … {} more below\n", total - 13)),
            "{cut}"
        );
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn chapter_links() {
        let (root, mut app) = app("links");
        let ex = app.exercise().clone();
        let page = ex.chapter.strip_suffix(".md").unwrap();
        app.book = Book::Building(3001);
        assert_eq!(
            app.chapter_link(&ex),
            format!("http://127.0.0.1:3001/{page}.html")
        );
        app.book = Book::Off("--no-serve".into());
        assert!(
            app.chapter_link(&ex)
                .ends_with(&format!("book/src/{}", ex.chapter))
        );
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn status_moves_past_passed_exercises() {
        let (root, mut app) = app("status");
        let total = app.exercises().len();
        solve(&app, 0);
        solve(&app, 1);
        std::fs::write(
            app.course.file(&app.exercises()[2]),
            "package main\n\nfunc main( {\n}\n",
        )
        .unwrap();
        let out = status(&mut app, None);
        let passes = format!("✓ {} passes\n✓ {} passes\n", name(&app, 0), name(&app, 1));
        assert!(out.starts_with(&passes), "{out}");
        assert!(
            out.contains(&format!("exercise 3/{total}: {} (", name(&app, 2))),
            "{out}"
        );
        assert!(out.contains("✗ not passed yet\n  main.go:3:"), "{out}");
        assert!(
            out.contains(&format!("progress: 2/{total} passed")),
            "{out}"
        );
        assert_eq!(app.state.current, Some(name(&app, 2)));
        let _ = std::fs::remove_dir_all(root);
    }

    #[test]
    fn a_timeout_and_a_missing_file_are_outcomes() {
        let (root, app) = app("timeout");
        let ex = app
            .exercises()
            .iter()
            .find(|e| e.kind == Kind::Allocs)
            .unwrap()
            .clone();
        let path = app.course.file(&ex);
        let text = std::fs::read_to_string(&path).unwrap();
        let endless = text.replace("func main() {\n", "func main() {\n\tfor {\n\t}\n");
        assert_ne!(endless, text);
        std::fs::write(&path, endless).unwrap();
        let o = grade_blocking(&app.course.dir, &ex, Duration::from_millis(1));
        assert_eq!(o, Outcome::TimedOut(Duration::from_millis(1)));
        let o = grade_blocking(&app.course.dir, &ex, GRADE_TIMEOUT);
        let Outcome::Graded(g) = o else {
            panic!("{o:?}")
        };
        assert!(g.findings[0].contains("an endless loop?"), "{g:?}");
        let mut missing = ex.clone();
        missing.name = "nothing_here".into();
        let Outcome::Graded(g) = grade_caught(&app.course.dir, &missing) else {
            panic!()
        };
        assert!(g.findings[0].contains("cannot read"), "{g:?}");
        let _ = std::fs::remove_dir_all(root);
    }
}

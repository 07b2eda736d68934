//! What the exercise loop ([`crate::learn`]) keeps beside the exercises, in `.memsim/` next
//! to `exercises/` (the repository root; git-ignored):
//!
//! * `state.json`: the learner's progress ([`State`]): which exercises passed and which one
//!   is being worked on. Written by the loop after every change, read at its start.
//! * `pristine/NAME/FILE`: the exercise files (`main.go`, or `exercise.rs` for a Rust
//!   exercise) as they were at the loop's first start (an exercise added later is copied
//!   when the loop first sees it): what `r` (reset) restores, since `exercises/` is the
//!   learner's working copy.
//! * `backups/NAME-<UTC time>.go` (`.rs`): the learner's file as it was before a reset: a
//!   learner's file is never changed without a backup.
//!
//! [`Course`] is an exercise folder with its manifest and where all these files live;
//! [`reset`] is the reset with its backup.

use memsim::exercises::{Exercise, Manifest};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// The version of `state.json` this code writes and reads.
pub const STATE_VERSION: u32 = 1;

/// The names the file a learner edits has in an exercise's folder: `main.go` for the Go
/// kinds (predict, allocs), `exercise.rs` for the Rust ones.
pub const LEARNER_FILES: [&str; 2] = ["main.go", "exercise.rs"];

/// A folder of exercises (`exercises/`, with its `info.toml`) and the folders beside it:
/// `solutions/` and `.memsim/`.
#[derive(Clone, Debug)]
pub struct Course {
    /// The folder holding the exercise folder, `solutions/` and `.memsim/`.
    pub root: PathBuf,
    /// The exercise folder (`ROOT/exercises`).
    pub dir: PathBuf,
    pub manifest: Manifest,
}

impl Course {
    /// Opens the exercise folder `dir` (it must hold `info.toml`).
    pub fn open(dir: &Path) -> Result<Course, String> {
        let dir = dir
            .canonicalize()
            .map_err(|e| format!("{}: cannot open the exercise folder: {e}", dir.display()))?;
        let manifest = Manifest::load(&dir)?;
        if manifest.exercises.is_empty() {
            return Err(format!(
                "{}: lists no exercise",
                dir.join("info.toml").display()
            ));
        }
        let root = dir.parent().unwrap_or(&dir).to_path_buf();
        Ok(Course {
            root,
            dir,
            manifest,
        })
    }

    /// The name of the file the learner edits in `ex`'s folder: the first of
    /// [`LEARNER_FILES`] found there (or, when the learner deleted it, in its pristine copy
    /// or its solution), else `main.go`.
    pub fn file_name(&self, ex: &Exercise) -> &'static str {
        let folders = [
            self.dir.join(&ex.name),
            self.state_dir().join("pristine").join(&ex.name),
            self.root.join("solutions").join(&ex.name),
        ];
        folders
            .iter()
            .find_map(|f| LEARNER_FILES.into_iter().find(|n| f.join(n).is_file()))
            .unwrap_or(LEARNER_FILES[0])
    }

    /// The file the learner edits for `ex`.
    pub fn file(&self, ex: &Exercise) -> PathBuf {
        self.dir.join(&ex.name).join(self.file_name(ex))
    }

    /// The reference solution of `ex`.
    pub fn solution(&self, ex: &Exercise) -> PathBuf {
        self.root
            .join("solutions")
            .join(&ex.name)
            .join(self.file_name(ex))
    }

    /// `.memsim/`, beside the exercise folder.
    pub fn state_dir(&self) -> PathBuf {
        self.root.join(".memsim")
    }

    pub fn state_file(&self) -> PathBuf {
        self.state_dir().join("state.json")
    }

    /// The original of `ex`'s file, kept for resets.
    pub fn pristine(&self, ex: &Exercise) -> PathBuf {
        self.state_dir()
            .join("pristine")
            .join(&ex.name)
            .join(self.file_name(ex))
    }

    pub fn backups(&self) -> PathBuf {
        self.state_dir().join("backups")
    }

    /// `path` as the learner should read it: relative to the current folder when it is
    /// inside it, else as it is.
    pub fn show(&self, path: &Path) -> String {
        show_path(path)
    }

    /// Copies every exercise file that has no pristine copy yet into `.memsim/pristine/`;
    /// returns how many it copied. Run at every start, so the first start keeps the
    /// exercises as given and an exercise added later is kept when first seen.
    pub fn ensure_pristine(&self) -> Result<usize, String> {
        let mut copied = 0;
        for ex in &self.manifest.exercises {
            let keep = self.pristine(ex);
            let file = self.file(ex);
            if keep.exists() || !file.exists() {
                continue;
            }
            let folder = keep.parent().unwrap_or(&keep);
            std::fs::create_dir_all(folder)
                .map_err(|e| format!("{}: cannot create: {e}", folder.display()))?;
            std::fs::copy(&file, &keep).map_err(|e| {
                format!(
                    "cannot keep the original of {} in {}: {e}",
                    file.display(),
                    keep.display()
                )
            })?;
            copied += 1;
        }
        Ok(copied)
    }
}

/// `path` relative to the current folder when it is inside it.
pub fn show_path(path: &Path) -> String {
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|c| c.canonicalize().ok());
    let full = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    match cwd.as_deref().and_then(|c| full.strip_prefix(c).ok()) {
        Some(rel) if !rel.as_os_str().is_empty() => rel.display().to_string(),
        _ => full.display().to_string(),
    }
}

/// The learner's progress, `.memsim/state.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub version: u32,
    /// The exercise being worked on (a folder name of the manifest), if one was chosen.
    #[serde(default)]
    pub current: Option<String>,
    /// The exercises whose last grade passed.
    #[serde(default)]
    pub passed: BTreeSet<String>,
}

impl Default for State {
    fn default() -> State {
        State {
            version: STATE_VERSION,
            current: None,
            passed: BTreeSet::new(),
        }
    }
}

impl State {
    /// Reads the state file; a missing one is a fresh start. A file that cannot be read is
    /// an error positioned in it (`FILE:LINE:COL: ...`): progress is never dropped silently.
    pub fn load(path: &Path) -> Result<State, String> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(State::default()),
            Err(e) => {
                return Err(format!(
                    "{}: cannot read your progress: {e}",
                    path.display()
                ));
            }
        };
        let state: State = serde_json::from_str(&text).map_err(|e| {
            let whole = e.to_string();
            let msg = whole
                .strip_suffix(&format!(" at line {} column {}", e.line(), e.column()))
                .unwrap_or(&whole);
            format!(
                "{}:{}:{}: cannot read your progress: {msg} (fix it, or delete the file to start over: your exercise files are not in it)",
                path.display(),
                e.line(),
                e.column()
            )
        })?;
        if state.version != STATE_VERSION {
            return Err(format!(
                "{}: progress file version {} (this memsim-book reads version {STATE_VERSION}; delete the file to start over)",
                path.display(),
                state.version
            ));
        }
        Ok(state)
    }

    /// Writes the state file (through a temporary file, so a crash leaves the old one).
    pub fn save(&self, path: &Path) -> Result<(), String> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
        }
        let mut text = serde_json::to_string_pretty(self).map_err(|e| e.to_string())?;
        text.push('\n');
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, text)
            .and_then(|()| std::fs::rename(&tmp, path))
            .map_err(|e| format!("{}: cannot save your progress: {e}", path.display()))
    }
}

/// What [`reset`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reset {
    /// The file already was the original: nothing written.
    Unchanged,
    /// The original was written back; the learner's file was saved first in `backup`
    /// (`None` when there was no file to save).
    Restored { backup: Option<PathBuf> },
}

/// Puts `ex`'s original file back, after saving the learner's file in
/// `.memsim/backups/NAME-<now as UTC time>.go` (`.rs` for a Rust exercise).
pub fn reset(course: &Course, ex: &Exercise, now: SystemTime) -> Result<Reset, String> {
    let file = course.file(ex);
    let keep = course.pristine(ex);
    let original = std::fs::read(&keep).map_err(|e| {
        format!(
            "{}: no original copy to reset to ({e}); the original is also in git: git checkout -- {}",
            keep.display(),
            show_path(&file)
        )
    })?;
    let mine = match std::fs::read(&file) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("{}: cannot read: {e}", file.display())),
    };
    if mine.as_deref() == Some(&original[..]) {
        return Ok(Reset::Unchanged);
    }
    let backup = match mine {
        None => None,
        Some(bytes) => {
            let dir = course.backups();
            std::fs::create_dir_all(&dir)
                .map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
            let stamp = timestamp(now);
            let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("txt");
            let mut path = dir.join(format!("{}-{stamp}.{ext}", ex.name));
            let mut n = 2;
            while path.exists() {
                path = dir.join(format!("{}-{stamp}-{n}.{ext}", ex.name));
                n += 1;
            }
            std::fs::write(&path, bytes).map_err(|e| {
                format!(
                    "{}: cannot back up your file, so it was not reset: {e}",
                    path.display()
                )
            })?;
            Some(path)
        }
    };
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder)
            .map_err(|e| format!("{}: cannot create: {e}", folder.display()))?;
    }
    std::fs::write(&file, original)
        .map_err(|e| format!("{}: cannot write the original: {e}", file.display()))?;
    Ok(Reset::Restored { backup })
}

/// `t` as a compact UTC time for file names: `20261126T160301Z`.
pub fn timestamp(t: SystemTime) -> String {
    let secs = t
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    let rem = secs % 86_400;
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// The proleptic Gregorian date of a count of days since 1970-01-01 (H. Hinnant's
/// `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m as u32, d as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn timestamps() {
        assert_eq!(timestamp(UNIX_EPOCH), "19700101T000000Z");
        // date -u -d @1764172981 +%Y%m%dT%H%M%SZ
        let t = UNIX_EPOCH + Duration::from_secs(1_764_172_981);
        assert_eq!(timestamp(t), "20251126T160301Z");
        let leap = UNIX_EPOCH + Duration::from_secs(951_782_400); // 2000-02-29
        assert_eq!(timestamp(leap), "20000229T000000Z");
    }

    #[test]
    fn state_round_trip_and_errors() {
        let dir = std::env::temp_dir().join(format!("memsim-state-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let path = dir.join(".memsim/state.json");
        assert_eq!(State::load(&path).unwrap(), State::default());
        let mut s = State::default();
        s.passed.insert("01_a".into());
        s.current = Some("02_b".into());
        s.save(&path).unwrap();
        assert_eq!(State::load(&path).unwrap(), s);
        std::fs::write(&path, "{\n  \"version\": 1,\n  \"passed\": [1]\n}\n").unwrap();
        let e = State::load(&path).unwrap_err();
        assert!(
            e.contains("state.json:3:14: cannot read your progress: invalid type"),
            "{e}"
        );
        std::fs::write(&path, "{\"version\": 7}").unwrap();
        assert!(State::load(&path).unwrap_err().contains("version 7"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}

//! [`Name`]: an identifier or other short text shared by every node that mentions it.
//!
//! A Go program names the same few thousand things over and over: every use of `x` in the
//! syntax tree, every scope entry, every variable, function and field of the typed program.
//! A `String` per mention costs an allocation, a copy and a free each time a name is stored
//! or passed on. A `Name` is a reference-counted string instead: cloning it is a counter
//! increment, and the parser gives equal identifiers one shared allocation ([`Interner`]).
//!
//! A `Name` behaves like a `&str` where that is what is needed: it dereferences to `str`,
//! compares equal to `&str` and `String`, prints as the text, and is looked up in maps by
//! `&str` ([`std::borrow::Borrow`]).

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// Shared immutable text (see the module doc).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Name(Arc<str>);

impl Name {
    /// A new name (one allocation; prefer [`Interner::intern`] for repeated text).
    pub fn new(text: &str) -> Name {
        Name(Arc::from(text))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Name {
    fn default() -> Name {
        Name::new("")
    }
}

impl Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name::new(s)
    }
}

impl From<String> for Name {
    fn from(s: String) -> Name {
        Name(Arc::from(s))
    }
}

impl From<&String> for Name {
    fn from(s: &String) -> Name {
        Name::new(s)
    }
}

impl From<&Name> for Name {
    fn from(n: &Name) -> Name {
        n.clone()
    }
}

impl From<Name> for String {
    fn from(n: Name) -> String {
        n.0.to_string()
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Name {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<Name> for str {
    fn eq(&self, other: &Name) -> bool {
        self == &*other.0
    }
}

impl PartialEq<Name> for &str {
    fn eq(&self, other: &Name) -> bool {
        *self == &*other.0
    }
}

impl PartialEq<Name> for String {
    fn eq(&self, other: &Name) -> bool {
        **self == *other.0
    }
}

/// Gives equal texts one shared [`Name`]. Texts are looked up as bytes, so that source
/// text is checked for UTF-8 only the first time it is met; each distinct text costs one
/// allocation, the name's own.
#[derive(Default)]
pub struct Interner {
    names: crate::fxhash::HashSet<ByBytes>,
}

/// A [`Name`] hashed and compared as its bytes, so that the interner finds it from source
/// bytes (a `Name` itself hashes as a `str`, which differs from its bytes' hash).
#[derive(PartialEq, Eq)]
struct ByBytes(Name);

impl std::hash::Hash for ByBytes {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.as_bytes().hash(state)
    }
}

impl Borrow<[u8]> for ByBytes {
    fn borrow(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl Interner {
    /// The shared name for `text`.
    pub fn intern(&mut self, text: &str) -> Name {
        self.intern_bytes(text.as_bytes())
    }

    /// The shared name for source bytes (invalid UTF-8 is replaced, as
    /// `String::from_utf8_lossy` does).
    pub fn intern_bytes(&mut self, bytes: &[u8]) -> Name {
        if let Some(n) = self.names.get(bytes) {
            return n.0.clone();
        }
        let n = match std::str::from_utf8(bytes) {
            Ok(text) => Name::new(text),
            Err(_) => Name::from(String::from_utf8_lossy(bytes).into_owned()),
        };
        // Replaced bytes are looked up by the source bytes: their name is stored under its
        // own (replaced) text, so it is made again each time (invalid source only).
        self.names.insert(ByBytes(n.clone()));
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_like_text() {
        let mut i = Interner::default();
        let a = i.intern("x");
        let b = i.intern("x");
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(a, "x");
        assert_eq!("x", a);
        assert_eq!(a, "x".to_string());
        assert_eq!(format!("{a}/{a:?}"), "x/\"x\"");
        assert_eq!(a.len(), 1);
        let mut m = crate::fxhash::HashMap::default();
        m.insert(a, 1);
        assert_eq!(m.get("x"), Some(&1));
    }

    #[test]
    fn interns_source_bytes_once() {
        let mut i = Interner::default();
        let a = i.intern_bytes(b"name");
        let b = i.intern_bytes(b"name");
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(i.names.len(), 1);
        let bad = i.intern_bytes(b"n\xffx");
        assert_eq!(bad, "n\u{fffd}x");
        assert_eq!(i.intern_bytes(b"n\xffx"), bad);
    }
}

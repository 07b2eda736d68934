//! A set of small dense indices (type, function, variable ids), as a bit vector.
//!
//! The ids of memsim's tables are indices from 0 up, so "have I seen this one?" needs no
//! hashing: one bit per possible id, found by shifting. The vector grows on demand.

/// A set of `usize` indices (see the module doc).
#[derive(Clone, Debug, Default)]
pub struct IdSet {
    words: Vec<u64>,
}

impl IdSet {
    /// An empty set.
    pub fn new() -> IdSet {
        IdSet::default()
    }

    /// An empty set with room for indices below `n` without growing.
    pub fn with_capacity(n: usize) -> IdSet {
        IdSet {
            words: vec![0; n.div_ceil(64)],
        }
    }

    /// Adds `i`; returns whether it was not in the set before (as `HashSet::insert`).
    pub fn insert(&mut self, i: usize) -> bool {
        let (w, bit) = (i / 64, 1u64 << (i % 64));
        if w >= self.words.len() {
            self.words.resize(w + 1, 0);
        }
        let fresh = self.words[w] & bit == 0;
        self.words[w] |= bit;
        fresh
    }

    /// Whether `i` is in the set.
    pub fn contains(&self, i: usize) -> bool {
        self.words
            .get(i / 64)
            .is_some_and(|w| w & (1u64 << (i % 64)) != 0)
    }

    /// Removes every index (keeping the memory).
    pub fn clear(&mut self) {
        self.words.iter_mut().for_each(|w| *w = 0);
    }
}

#[cfg(test)]
mod tests {
    use super::IdSet;

    #[test]
    fn insert_and_contains() {
        let mut s = IdSet::new();
        assert!(!s.contains(5));
        assert!(s.insert(5));
        assert!(!s.insert(5));
        assert!(s.contains(5));
        assert!(s.insert(1000));
        assert!(s.contains(1000) && !s.contains(999));
        s.clear();
        assert!(!s.contains(5) && !s.contains(1000));
    }
}

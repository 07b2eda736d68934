//! Scratch vectors for building lists whose length is not known in advance.
//!
//! The parser and the checker build many short lists (the statements of a block, the
//! arguments of a call) that stay in the tree or the program. Growing a fresh `Vec` for
//! each costs several reallocations, and its unused capacity then stays allocated as long
//! as the tree does. A [`Scratch`] pool lends a vector that keeps its capacity from use to
//! use; [`Scratch::finish`] moves the items into a vector of exactly the right size (one
//! allocation) and takes the scratch vector back. Nested lists borrow nested vectors.

/// A pool of reusable vectors (see the module doc).
#[derive(Debug)]
pub struct Scratch<T> {
    free: Vec<Vec<T>>,
}

impl<T> Default for Scratch<T> {
    fn default() -> Scratch<T> {
        Scratch { free: Vec::new() }
    }
}

impl<T> Scratch<T> {
    /// An empty vector to fill (with the capacity of an earlier one).
    pub fn take(&mut self) -> Vec<T> {
        self.free.pop().unwrap_or_default()
    }

    /// The items of `v` in a vector of exactly their number; `v` goes back to the pool.
    pub fn finish(&mut self, mut v: Vec<T>) -> Vec<T> {
        let mut out = Vec::with_capacity(v.len());
        out.append(&mut v);
        self.free.push(v);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::Scratch;

    #[test]
    fn lists_are_exact_and_vectors_reused() {
        let mut s: Scratch<u32> = Scratch::default();
        let mut a = s.take();
        a.extend([1, 2, 3]);
        let mut b = s.take();
        b.push(9);
        let b = s.finish(b);
        let a = s.finish(a);
        assert_eq!((a.as_slice(), a.capacity()), (&[1, 2, 3][..], 3));
        assert_eq!((b.as_slice(), b.capacity()), (&[9][..], 1));
        assert!(s.take().capacity() >= 3);
    }
}

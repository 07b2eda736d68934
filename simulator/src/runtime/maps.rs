//! Go maps: their contents, and the allocations Go 1.27's Swiss-table maps make.
//!
//! A map value is a pointer to the map's 48-byte header (`internal/runtime/maps.Map`).
//! Its entries are kept beside it ([`MapState`]) in insertion order; what memsim models
//! exactly is what the program can observe and what Go's counters count:
//!
//! * **Small maps** (up to 8 entries) are one *group*: an 8-byte control word and 8
//!   slots of key and element. The group is allocated at the first insert (with the
//!   header on the stack when the map does not escape, as Go does for small maps).
//! * The 9th entry turns the map into a **table** of capacity 16: a 32-byte table
//!   object, its groups, and a one-entry directory (3 allocations).
//! * A table holds at most 7/8 of its capacity; the insert that would pass it doubles
//!   the table (a new table object and groups array) up to 1024 slots, after which a
//!   full table splits in two (and the directory doubles when it must). Go hashes
//!   with a random seed, so which table fills first varies between runs of real Go;
//!   memsim splits evenly.
//! * `make(map[K]V, hint)` with a hint over 8 allocates the tables for
//!   `hint × 8/7` slots up front (tables of at most 1024 slots, a power-of-two count).
//! * Keys or elements over 128 bytes are stored indirectly: one allocation each.
//!
//! Iteration order is Go's business: it is randomised in Go, seeded in memsim.

use indexmap::IndexMap;

/// Slots per group.
pub const GROUP_SLOTS: u64 = 8;
/// Largest table capacity before a table splits.
pub const MAX_TABLE_CAPACITY: u64 = 1024;
/// Size of the map header.
pub const MAP_HEADER_SIZE: u64 = 48;
/// Size of a table object.
pub const TABLE_SIZE: u64 = 32;
/// Keys and elements larger than this are stored behind a pointer.
pub const MAX_INLINE: u64 = 128;

/// How the map's storage looks now (for allocation accounting).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    /// No group yet.
    Empty,
    /// One group.
    Small,
    /// Tables: the capacity of each, and the directory length.
    Tables {
        caps: Vec<u64>,
        used: Vec<u64>,
        dir_len: u64,
    },
}

/// One map's contents and storage (see the module doc).
#[derive(Clone, Debug)]
pub struct MapState {
    /// Canonical key → (key bytes, element bytes).
    pub entries: IndexMap<Vec<u8>, (Vec<u8>, Vec<u8>)>,
    pub shape: Shape,
    /// Heap objects holding the storage (groups, tables, directory): kept alive by the
    /// map; replaced ones become garbage.
    pub objects: Vec<u64>,
    /// Separately allocated keys and elements (indirect storage), by canonical key.
    pub indirect: IndexMap<Vec<u8>, Vec<u64>>,
    /// The map's type.
    pub map_ty: crate::types::TypeId,
}

/// An allocation the map needs: bytes, and whether it holds pointers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Need {
    pub bytes: u64,
    pub pointers: bool,
}

impl MapState {
    pub fn new() -> MapState {
        MapState {
            entries: IndexMap::new(),
            shape: Shape::Empty,
            objects: Vec::new(),
            indirect: IndexMap::new(),
            map_ty: crate::types::predeclared::INVALID,
        }
    }
}

impl Default for MapState {
    fn default() -> MapState {
        MapState::new()
    }
}

/// The table layout `make(map, hint)` builds for a hint over 8: (table capacities,
/// directory length).
pub fn tables_for_hint(hint: u64) -> (Vec<u64>, u64) {
    let target = (hint * GROUP_SLOTS / 7).max(GROUP_SLOTS);
    let mut dir = target.div_ceil(MAX_TABLE_CAPACITY).next_power_of_two();
    dir = dir.max(1);
    let per = target.div_ceil(dir).next_power_of_two().max(GROUP_SLOTS);
    (vec![per; dir as usize], dir)
}

/// The most entries a table of `cap` slots holds before it grows.
pub fn max_load(cap: u64) -> u64 {
    cap * 7 / 8
}

/// The allocations inserting one more (new) entry causes, and the new shape.
/// `group_bytes` is the size of one group.
pub fn grow_for_insert(
    shape: &Shape,
    len: u64,
    group_bytes: u64,
    group_ptrs: bool,
) -> (Vec<Need>, Shape) {
    let groups = |cap: u64| Need {
        bytes: cap / GROUP_SLOTS * group_bytes,
        pointers: group_ptrs,
    };
    let table = Need {
        bytes: TABLE_SIZE,
        pointers: true,
    };
    match shape {
        Shape::Empty => (
            vec![Need {
                bytes: group_bytes,
                pointers: group_ptrs,
            }],
            Shape::Small,
        ),
        Shape::Small if len < GROUP_SLOTS => (Vec::new(), Shape::Small),
        Shape::Small => (
            vec![
                table,
                groups(2 * GROUP_SLOTS),
                Need {
                    bytes: 8,
                    pointers: true,
                },
            ],
            Shape::Tables {
                caps: vec![2 * GROUP_SLOTS],
                used: vec![len + 1],
                dir_len: 1,
            },
        ),
        Shape::Tables {
            caps,
            used,
            dir_len,
        } => {
            let mut caps = caps.clone();
            let mut used = used.clone();
            let mut dir_len = *dir_len;
            // Insert into the least used table.
            let i = (0..used.len()).min_by_key(|&i| used[i]).unwrap_or(0);
            let mut needs = Vec::new();
            if used[i] < max_load(caps[i]) {
                used[i] += 1;
                return (
                    needs,
                    Shape::Tables {
                        caps,
                        used,
                        dir_len,
                    },
                );
            }
            if caps[i] < MAX_TABLE_CAPACITY {
                caps[i] *= 2;
                needs.push(table);
                needs.push(groups(caps[i]));
                used[i] += 1;
            } else {
                // Split: two tables of the maximum capacity replace one.
                let half = used[i] / 2;
                caps[i] = MAX_TABLE_CAPACITY;
                used[i] = half + 1;
                caps.push(MAX_TABLE_CAPACITY);
                used.push(used_after_split(half, used[i]));
                needs.push(table);
                needs.push(groups(MAX_TABLE_CAPACITY));
                needs.push(table);
                needs.push(groups(MAX_TABLE_CAPACITY));
                if caps.len() as u64 > dir_len {
                    dir_len *= 2;
                    needs.push(Need {
                        bytes: dir_len * 8,
                        pointers: true,
                    });
                }
            }
            (
                needs,
                Shape::Tables {
                    caps,
                    used,
                    dir_len,
                },
            )
        }
    }
}

fn used_after_split(half: u64, _other: u64) -> u64 {
    half
}

/// Notes that one entry was deleted (tables: from the fullest one).
pub fn shrink_for_delete(shape: &mut Shape) {
    if let Shape::Tables { used, .. } = shape
        && let Some(i) = (0..used.len()).max_by_key(|&i| used[i])
    {
        used[i] = used[i].saturating_sub(1);
    }
}

/// Empties the tables (`clear(m)` keeps the storage).
pub fn clear_shape(shape: &mut Shape) {
    if let Shape::Tables { used, .. } = shape {
        used.iter_mut().for_each(|u| *u = 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Total (allocations, bytes) of inserting `n` entries into an escaping map[int]int
    /// (group of 8 + 8 × 16 = 136 bytes, rounded to its size class by the caller).
    fn inserts(n: u64) -> (u64, u64) {
        let round = |b: u64| crate::runtime::sizeclass::place(b, false).footprint();
        let mut shape = Shape::Empty;
        let (mut allocs, mut bytes) = (1, MAP_HEADER_SIZE);
        for len in 0..n {
            let (needs, s) = grow_for_insert(&shape, len, 136, false);
            shape = s;
            for need in needs {
                allocs += 1;
                bytes += round(need.bytes);
            }
        }
        (allocs, bytes)
    }

    #[test]
    fn insert_growth_matches_measured_go() {
        assert_eq!(inserts(0), (1, 48));
        assert_eq!(inserts(1), (2, 192));
        assert_eq!(inserts(8), (2, 192));
        assert_eq!(inserts(9), (5, 520));
        assert_eq!(inserts(100), (11, 4648));
    }

    #[test]
    fn hints_size_the_tables() {
        assert_eq!(tables_for_hint(100), (vec![128], 1));
        assert_eq!(tables_for_hint(9), (vec![16], 1));
        assert_eq!(tables_for_hint(15), (vec![32], 1));
        assert_eq!(tables_for_hint(1000), (vec![1024, 1024], 2));
    }
}

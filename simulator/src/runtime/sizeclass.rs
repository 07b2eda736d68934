//! Go 1.27's 67 heap size classes, and how a request is rounded into one.
//!
//! The table is `sizeclasses.tsv` beside this file, copied unchanged from the measured
//! reference (`shared/reference/sizeclasses.tsv`): per class the object size, the span size
//! in bytes and pages, and how many objects a span holds in Go 1.27. Green Tea (the default
//! collector since Go 1.26) keeps 128 bytes at the end of spans of 16–512 B objects for its
//! inline mark bits, and pointerful ("scan") spans of objects up to 512 B keep another 128 B
//! for their pointer bitmap, so a span holds fewer objects than the classic table says;
//! the measured columns `objects_noscan_go127` and `objects_scan_go127` are used.
//!
//! Rounding (`roundupsize` in Go's allocator): a pointerful request over 512 B carries an
//! 8-byte malloc header; requests up to 32760 B (after the header) take the smallest class
//! that fits; larger ones are "large objects" rounded up to whole 8 KiB pages.

use std::sync::OnceLock;

/// Bytes in a heap page.
pub const PAGE_SIZE: u64 = 8192;
/// Largest small-object request, header included (32768 minus the 8-byte malloc header).
pub const MAX_SMALL_REQUEST: u64 = 32760;
/// Pointerful objects larger than this carry an 8-byte malloc header.
pub const MALLOC_HEADER_THRESHOLD: u64 = 512;
/// Size of the malloc header.
pub const MALLOC_HEADER_SIZE: u64 = 8;

/// One size class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SizeClass {
    /// 1..=67.
    pub class: u8,
    /// Bytes per object slot.
    pub size: u64,
    /// Pages per span.
    pub pages: u64,
    /// Objects per span of pointer-free objects.
    pub objects_noscan: u32,
    /// Objects per span of pointerful objects.
    pub objects_scan: u32,
}

impl SizeClass {
    /// Objects per span.
    pub fn objects(&self, noscan: bool) -> u32 {
        if noscan {
            self.objects_noscan
        } else {
            self.objects_scan
        }
    }
}

/// The 67 classes, smallest first (index = class − 1).
pub fn classes() -> &'static [SizeClass] {
    static TABLE: OnceLock<Vec<SizeClass>> = OnceLock::new();
    TABLE.get_or_init(|| parse_table(include_str!("sizeclasses.tsv")))
}

fn parse_table(tsv: &str) -> Vec<SizeClass> {
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("sizeclasses.tsv has no column {name}"))
    };
    let (c_class, c_size, c_pages) = (col("class"), col("bytes_obj"), col("pages"));
    let (c_noscan, c_scan) = (col("objects_noscan_go127"), col("objects_scan_go127"));
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let num = |i: usize| -> u64 {
                f[i].parse()
                    .unwrap_or_else(|_| panic!("sizeclasses.tsv: bad number {:?}", f[i]))
            };
            SizeClass {
                class: num(c_class) as u8,
                size: num(c_size),
                pages: num(c_pages),
                objects_noscan: num(c_noscan) as u32,
                objects_scan: num(c_scan) as u32,
            }
        })
        .collect()
}

/// Where a request of `size` bytes goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// A slot of a small size class; `header` is true when the slot starts with the 8-byte
    /// malloc header (pointerful objects over 512 B).
    Small { class: SizeClass, header: bool },
    /// A large object on its own span of `pages` pages.
    Large { pages: u64 },
}

impl Placement {
    /// Bytes the allocation occupies (what `TotalAlloc` and `HeapAlloc` count).
    pub fn footprint(&self) -> u64 {
        match self {
            Placement::Small { class, .. } => class.size,
            Placement::Large { pages } => pages * PAGE_SIZE,
        }
    }
}

/// Go's rounding of a non-zero request of `size` bytes (`has_pointers`: the object's type
/// contains pointers).
pub fn place(size: u64, has_pointers: bool) -> Placement {
    if size <= MAX_SMALL_REQUEST {
        let header = has_pointers && size > MALLOC_HEADER_THRESHOLD;
        let need = size + if header { MALLOC_HEADER_SIZE } else { 0 };
        let class = classes()[class_index(need)];
        Placement::Small { class, header }
    } else {
        Placement::Large {
            pages: size.div_ceil(PAGE_SIZE),
        }
    }
}

/// The index in [`classes`] of the smallest class of at least `need` bytes (at most
/// 32768): a table by 8-byte steps, since every class size is a multiple of 8.
fn class_index(need: u64) -> usize {
    static TABLE: OnceLock<Vec<u8>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let cs = classes();
        (0..=32768u64 / 8)
            .map(|i| {
                cs.iter()
                    .position(|c| c.size >= i * 8)
                    .expect("a request of at most 32768 bytes fits the largest class")
                    as u8
            })
            .collect()
    });
    table[need.div_ceil(8) as usize] as usize
}

/// The capacity `append` gives when it must allocate `bytes` bytes for elements of
/// `elem_size` (Go's `roundupsize` applied to the new backing array).
pub fn rounded_bytes(bytes: u64, has_pointers: bool) -> u64 {
    match place(bytes, has_pointers) {
        Placement::Small { class, header } => {
            if header {
                class.size - MALLOC_HEADER_SIZE
            } else {
                class.size
            }
        }
        Placement::Large { pages } => pages * PAGE_SIZE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_67_increasing_classes() {
        let t = classes();
        assert_eq!(t.len(), 67);
        assert!(t.windows(2).all(|w| w[0].size < w[1].size));
        assert_eq!(t[0].size, 8);
        assert_eq!(t[66].size, 32768);
        assert_eq!(t[1].objects_noscan, 504);
        assert_eq!(t[1].objects_scan, 496);
    }

    #[test]
    fn the_class_table_agrees_with_a_search() {
        let t = classes();
        for need in 0..=32768u64 {
            let want = t.iter().position(|c| c.size >= need).unwrap();
            assert_eq!(class_index(need), want, "{need} bytes");
        }
    }

    #[test]
    fn rounding_matches_the_reference_examples() {
        // An 808 B pointerful struct goes into class 896 (header included).
        assert_eq!(place(808, true).footprint(), 896);
        // make([]*int, 65): 520 B + header into class 576, capacity 71.
        assert_eq!(rounded_bytes(520, true) / 8, 71);
        // 800 B noscan: class 896.
        assert_eq!(place(800, false).footprint(), 896);
        // The small/large boundary.
        assert!(matches!(place(32760, false), Placement::Small { .. }));
        assert_eq!(place(32761, false).footprint(), 32768);
        assert_eq!(place(32769, false).footprint(), 40960);
        assert_eq!(place(40000, false).footprint(), 40960);
        assert_eq!(place(100000, false).footprint(), 106496);
        assert_eq!(place(65537, false).footprint(), 73728);
    }
}

//! Sorting that keeps the WASM small. std's sorts (driftsort, ipnsort) are compiled again for
//! every element type and comparator, 3–6 KB of code each: sixteen stable and three unstable
//! ones were 93 KB of the WASM's 1.6 MB of code (29 KB of its download, gzipped). In the WASM every sort here orders the
//! indices 0..n by one merge sort, compiled once, that calls the comparator through `dyn`, then
//! moves the elements into that order; natively these are std's sorts (speed). Both are
//! stable, so the order is the same in both builds.
//!
//! The library sorts through here, never `slice::sort*`: clippy.toml names std's sorts and the
//! WASM build's clippy (`make test`) denies them in the library (src/lib.rs).

use std::cmp::Ordering;

/// Sorts `v` by `compare`, stable (as `slice::sort_by`).
#[cfg(not(target_arch = "wasm32"))]
#[inline]
pub fn sort_by<T, F: FnMut(&T, &T) -> Ordering>(v: &mut [T], compare: F) {
    v.sort_by(compare);
}

/// Sorts `v` by `compare`, stable (as `slice::sort_by`).
#[cfg(target_arch = "wasm32")]
pub fn sort_by<T, F: FnMut(&T, &T) -> Ordering>(v: &mut [T], mut compare: F) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let v: &[T] = v;
        compact::stable_order(v.len(), &mut |a, b| compare(&v[a], &v[b]) == Ordering::Less)
    };
    compact::apply(v, order);
}

/// Sorts `v` by the key `key` gives, stable (as `slice::sort_by_key`).
#[inline]
pub fn sort_by_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], mut key: F) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` (as `slice::sort`).
#[inline]
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Sorts `v` where equal elements cannot be told apart (numbers, strings, tuples of them), so
/// that a stable and an unstable sort give the same slice: std's unstable sort natively, the
/// WASM's one merge sort there.
#[inline]
pub fn sort_plain<T: Ord>(v: &mut [T]) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable();
    #[cfg(target_arch = "wasm32")]
    sort(v);
}

/// The WASM's sort, also built for the tests (which compare it with std's on the native side).
#[cfg(any(target_arch = "wasm32", test))]
mod compact {
    /// The indices 0..n in the order `less` sorts them, stable: a merge sort of the runs the
    /// input already has (so a sorted input costs n − 1 comparisons), merged two by two.
    pub(super) fn stable_order(n: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
        let mut order: Vec<usize> = (0..n).collect();
        // Where each run starts, and n: a run is non-descending, so equal elements stay in it.
        let mut bounds = vec![0];
        bounds.extend((1..n).filter(|&i| less(i, i - 1)));
        bounds.push(n);
        let mut scratch = vec![0; n];
        while bounds.len() > 2 {
            let mut merged = Vec::with_capacity(bounds.len() / 2 + 2);
            merged.push(0);
            let mut k = 0;
            while k + 2 < bounds.len() {
                let (lo, mid, hi) = (bounds[k], bounds[k + 1], bounds[k + 2]);
                merge(&order[lo..hi], mid - lo, &mut scratch[lo..hi], less);
                merged.push(hi);
                k += 2;
            }
            if k + 1 < bounds.len() {
                let (lo, hi) = (bounds[k], bounds[k + 1]);
                scratch[lo..hi].copy_from_slice(&order[lo..hi]);
                merged.push(hi);
            }
            std::mem::swap(&mut order, &mut scratch);
            bounds = merged;
        }
        order
    }

    /// Merges the sorted halves `src[..mid]` and `src[mid..]` into `dst`, the left one's first
    /// where equal (stable).
    fn merge(
        src: &[usize],
        mid: usize,
        dst: &mut [usize],
        less: &mut dyn FnMut(usize, usize) -> bool,
    ) {
        let (mut i, mut j, mut k) = (0, mid, 0);
        while i < mid && j < src.len() {
            if less(src[j], src[i]) {
                dst[k] = src[j];
                j += 1;
            } else {
                dst[k] = src[i];
                i += 1;
            }
            k += 1;
        }
        let left = mid - i;
        dst[k..k + left].copy_from_slice(&src[i..mid]);
        dst[k + left..].copy_from_slice(&src[j..]);
    }

    /// Moves `v`'s elements so that position k holds the one that was at `order[k]`, by
    /// swaps along each cycle of the permutation (marking a place done by `order[j] = j`).
    pub(super) fn apply<T>(v: &mut [T], mut order: Vec<usize>) {
        for i in 0..v.len() {
            let mut j = i;
            loop {
                let k = order[j];
                order[j] = j;
                if k == i {
                    break;
                }
                v.swap(j, k);
                j = k;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::compact::{apply, stable_order};
    use crate::test_rng::XorShift;

    /// The compact sort of (key, place) pairs by key alone: equal keys must keep their places'
    /// order, as std's stable sort keeps it.
    fn compact_sort_by_key(v: &mut [(u32, usize)]) {
        let order = {
            let w: &[(u32, usize)] = v;
            stable_order(w.len(), &mut |a, b| w[a].0 < w[b].0)
        };
        apply(v, order);
    }

    #[test]
    fn compact_sort_is_std_stable_sort() {
        let mut rng = XorShift::new(0x9e37_79b9_7f4a_7c15);
        for len in (0..70).chain([255, 256, 257, 1000, 4099]) {
            for keys in [1, 2, 3, 10, 1 << 20] {
                for shape in 0..4 {
                    let mut v: Vec<(u32, usize)> = (0..len)
                        .map(|i| {
                            let key = match shape {
                                0 => rng.below(keys),
                                1 => i * keys / len.max(1), // sorted
                                2 => (len - i) * keys / len.max(1), // reversed
                                _ => (i % 7) * keys / 7 + rng.below(2), // sorted runs
                            };
                            (key as u32, i)
                        })
                        .collect();
                    let mut want = v.clone();
                    want.sort_by_key(|p| p.0);
                    compact_sort_by_key(&mut v);
                    assert_eq!(v, want, "len {len}, keys {keys}, shape {shape}");
                }
            }
        }
    }

    #[test]
    fn sorted_input_costs_one_comparison_a_step() {
        let mut calls = 0;
        let order = stable_order(1000, &mut |a, b| {
            calls += 1;
            a < b
        });
        assert_eq!(order, (0..1000).collect::<Vec<_>>());
        assert_eq!(calls, 999);
    }

    #[test]
    fn apply_moves_every_cycle() {
        let mut rng = XorShift::new(0x2545_f491_4f6c_dd1d);
        for len in 0..40 {
            let mut order: Vec<usize> = (0..len).collect();
            for i in (1..len).rev() {
                order.swap(i, rng.below(i + 1));
            }
            let mut v: Vec<String> = (0..len).map(|i| i.to_string()).collect();
            let want: Vec<String> = order.iter().map(|&k| v[k].clone()).collect();
            apply(&mut v, order);
            assert_eq!(v, want);
        }
    }
}

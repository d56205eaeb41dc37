//! One parallel map, for the stages whose items are independent: reading the spec's files,
//! rendering the Rust files and the Markdown pages.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::Result;

/// `f` of every item, on as many threads as there are cores; the output is in the items'
/// order, so it does not depend on the scheduling. The first error (in that order) is returned.
///
/// Each thread takes the next item not yet taken, rather than a fixed share: files differ in
/// size by a hundredfold (a tag of 40 operations against a two-field type), so fixed halves
/// leave one thread idle while the other works through the large ones.
pub fn in_parallel<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> Result<R> + Sync,
) -> Result<Vec<R>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(index) else {
                return done;
            };
            done.push((index, f(item)));
        }
    };
    let mut results: Vec<(usize, Result<R>)> = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut all = work();
        for helper in helpers {
            all.extend(helper.join().expect("rendering does not panic"));
        }
        all
    });
    results.sort_unstable_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, result)| result).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    #[test]
    fn keeps_the_items_order_and_returns_the_first_error() {
        let items: Vec<usize> = (0..1000).collect();
        assert_eq!(
            in_parallel(&items, |n| Ok(n * 2)).unwrap(),
            (0..2000).step_by(2).collect::<Vec<_>>()
        );
        let failed = in_parallel(&items, |n| match n {
            7 | 900 => Err(Error::Template {
                item: n.to_string(),
                message: String::new(),
            }),
            _ => Ok(*n),
        });
        assert!(matches!(failed, Err(Error::Template { item, .. }) if item == "7"));
        assert!(in_parallel(&[] as &[usize], |n| Ok(*n)).unwrap().is_empty());
    }
}

//! One parallel map for the renderers: the formatting of Rust files and the Markdown pages.

use crate::error::Result;

/// `f` of every item, on as many threads as there are cores; the output is in the items'
/// order, so it does not depend on the scheduling. The first error (in that order) is returned.
pub fn in_parallel<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> Result<R> + Sync,
) -> Result<Vec<R>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = items.len().div_ceil(threads).max(1);
    let f = &f;
    let results: Vec<Result<Vec<R>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect()))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("rendering does not panic"))
            .collect()
    });
    let mut all = Vec::with_capacity(items.len());
    for result in results {
        all.extend(result?);
    }
    Ok(all)
}

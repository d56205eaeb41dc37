//! Lists that come a page at a time (`limit` and `offset`), read as one stream of items.

use std::collections::VecDeque;
use std::future::Future;
use futures_util::Stream;
use crate::SdkError;

/// One page of a list, with the total the server counts when asked to (`.count(true)`), from
/// its `X-Total-Count` header.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: Option<u64>,
}

/// The `X-Total-Count` header, when the server sent one.
pub(crate) fn total_count(headers: &reqwest::header::HeaderMap) -> Option<u64> {
    headers.get("x-total-count")?.to_str().ok()?.trim().parse().ok()
}

/// Every item of every page, fetched as the stream is read: pages of `page_size` from `offset`
/// until one comes back short, or `max_items` have been yielded. `fetch` sends `request` for
/// one page, given its offset and limit.
pub(crate) fn items<R, T, E, F, Fut>(
    request: R,
    offset: i64,
    page_size: i64,
    max_items: Option<usize>,
    fetch: F,
) -> impl Stream<Item = Result<T, SdkError<E>>>
where
    R: Clone,
    F: Fn(R, i64, i64) -> Fut,
    Fut: Future<Output = Result<Vec<T>, SdkError<E>>>,
{
    struct State<R, T, F> {
        request: R,
        fetch: F,
        offset: i64,
        buffered: VecDeque<T>,
        /// No page follows the ones fetched.
        last_page: bool,
        remaining: Option<usize>,
    }
    let page_size = page_size.max(1);
    let state = State {
        request,
        fetch,
        offset,
        buffered: VecDeque::new(),
        last_page: false,
        remaining: max_items,
    };
    futures_util::stream::unfold(
        state,
        move |mut state| async move {
            if state.remaining == Some(0) {
                return None;
            }
            if state.buffered.is_empty() && !state.last_page {
                match (state.fetch)(state.request.clone(), state.offset, page_size).await
                {
                    Ok(page) => {
                        state.last_page = (page.len() as i64) < page_size;
                        state.offset += page.len() as i64;
                        state.buffered.extend(page);
                    }
                    Err(error) => {
                        state.last_page = true;
                        state.buffered.clear();
                        return Some((Err(error), state));
                    }
                }
            }
            let item = state.buffered.pop_front()?;
            state.remaining = state.remaining.map(|n| n - 1);
            Some((Ok(item), state))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;

    /// A list of `len` numbers served in pages, recording each (offset, limit) asked for.
    fn numbers(
        len: i64,
        asked: std::sync::Arc<std::sync::Mutex<Vec<(i64, i64)>>>,
    ) -> impl Fn((), i64, i64) -> std::future::Ready<Result<Vec<i64>, SdkError<()>>> {
        move |(), offset, limit| {
            asked.lock().unwrap().push((offset, limit));
            std::future::ready(Ok((offset..(offset + limit).min(len)).collect()))
        }
    }

    fn collect<S: Stream<Item = Result<i64, SdkError<()>>>>(stream: S) -> Vec<i64> {
        let stream = std::pin::pin!(stream);
        futures_executor_lite(stream.map(|item| item.unwrap()).collect::<Vec<_>>())
    }

    /// Polls a future that never waits on I/O to completion.
    fn futures_executor_lite<F: Future>(future: F) -> F::Output {
        let mut future = std::pin::pin!(future);
        let waker = std::task::Waker::noop();
        let mut context = std::task::Context::from_waker(waker);
        loop {
            if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut context) {
                return output;
            }
        }
    }

    #[test]
    fn every_page_is_read_until_a_short_one() {
        let asked = std::sync::Arc::default();
        let all = collect(
            items((), 0, 10, None, numbers(25, std::sync::Arc::clone(&asked))),
        );
        assert_eq!(all, (0..25).collect::< Vec < _ >> ());
        assert_eq!(* asked.lock().unwrap(), vec![(0, 10), (10, 10), (20, 10)]);
    }

    #[test]
    fn the_cap_stops_reading_pages() {
        let asked = std::sync::Arc::default();
        let some = collect(
            items((), 5, 10, Some(12), numbers(100, std::sync::Arc::clone(&asked))),
        );
        assert_eq!(some, (5..17).collect::< Vec < _ >> ());
        assert_eq!(asked.lock().unwrap().len(), 2);
    }
}

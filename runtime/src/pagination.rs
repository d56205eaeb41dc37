//! Lists that come a page at a time (`limit` and `offset`), read as one stream of items.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_util::Stream;

use crate::SdkError;

/// How [`items`] reads a list, as the builders' `max_items` and `pages_ahead` set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Listing {
    /// The most items yielded, over all pages; no limit if `None`.
    pub max_items: Option<usize>,
    /// Pages requested beyond the one being read (0: one page at a time).
    pub pages_ahead: usize,
}

impl Default for Listing {
    /// Every item, one page ahead: the next page's round trip overlaps this page's decoding,
    /// and no more than two requests of a list are out at once, for the tenant's rate limit.
    fn default() -> Self {
        Listing {
            max_items: None,
            pages_ahead: 1,
        }
    }
}

/// One page of a list, with the total the server counts when asked to (`.count(true)`), from
/// its `X-Total-Count` header.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: Option<u64>,
}

/// The `X-Total-Count` header, when the server sent one.
pub fn total_count(headers: &reqwest::header::HeaderMap) -> Option<u64> {
    headers
        .get("x-total-count")?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()
}

/// Every item of every page: pages of `page_size` from `offset` until one comes back short, or
/// `listing.max_items` have been yielded; an error is the last item. `fetch` sends `request` for
/// one page, given its offset and limit. The next pages are requested while the current one is
/// read ([`items_ahead`] with `listing.pages_ahead`), and on a tokio runtime each page's request is a task
/// of its own (`PageTask`): the page ahead is received and decoded on another worker while
/// this one is read, so listing costs little more than decoding.
pub fn items<R, T, E, F, Fut>(
    request: R,
    offset: i64,
    page_size: i64,
    listing: Listing,
    fetch: F,
) -> impl Stream<Item = Result<T, SdkError<E>>>
where
    R: Clone,
    F: Fn(R, i64, i64) -> Fut,
    Fut: Future<Output = Result<Vec<T>, SdkError<E>>> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    items_ahead(
        request,
        offset,
        page_size,
        listing.max_items,
        listing.pages_ahead,
        move |request, offset, limit| PageTask::start(offset, fetch(request, offset, limit)),
    )
}

/// One page's request: a task of the tokio runtime the stream is read on, when there is one,
/// so that it progresses while the stream's reader is busy (decoding included); elsewhere the
/// future itself, polled in the stream's task. Dropped, it cancels the request: pages past the
/// end of the list, or left when the stream is dropped, are not fetched for nobody.
enum PageTask<Fut: Future> {
    Spawned {
        offset: i64,
        task: tokio::task::JoinHandle<Fut::Output>,
    },
    Polled(Pin<Box<Fut>>),
}

impl<Fut> PageTask<Fut>
where
    Fut: Future + Send + 'static,
    Fut::Output: Send + 'static,
{
    fn start(offset: i64, request: Fut) -> Self {
        match tokio::runtime::Handle::try_current() {
            Ok(runtime) => PageTask::Spawned {
                offset,
                task: runtime.spawn(request),
            },
            Err(_) => PageTask::Polled(Box::pin(request)),
        }
    }
}

impl<T, E, Fut> Future for PageTask<Fut>
where
    Fut: Future<Output = Result<Vec<T>, SdkError<E>>>,
{
    type Output = Fut::Output;

    fn poll(self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Self::Output> {
        match self.get_mut() {
            PageTask::Polled(request) => request.as_mut().poll(context),
            PageTask::Spawned { offset, task } => match Pin::new(task).poll(context) {
                Poll::Pending => Poll::Pending,
                Poll::Ready(Ok(page)) => Poll::Ready(page),
                // The task's panic is the reader's, as it would be had the future been polled here.
                Poll::Ready(Err(failure)) if failure.is_panic() => {
                    std::panic::resume_unwind(failure.into_panic())
                }
                Poll::Ready(Err(_)) => {
                    Poll::Ready(Err(SdkError::Other(crate::Error::PageCancelled {
                        offset: *offset,
                    })))
                }
            },
        }
    }
}

impl<Fut: Future> Drop for PageTask<Fut> {
    fn drop(&mut self) {
        if let PageTask::Spawned { task, .. } = self {
            task.abort();
        }
    }
}

/// [`items`] with up to `ahead` pages requested beyond the one being read (0: one page at a
/// time), so up to `ahead + 1` requests are in flight while the current page is still arriving.
/// The futures are polled in this stream's task, in order; nothing is spawned here.
///
/// Where the list ends is known only from a short page, not from `X-Total-Count`, so up to
/// `ahead` requests may go past the end before it is seen (usually coming back empty). Once a
/// short page is seen, no more are sent and those still in flight are dropped unread, whatever
/// they would have returned. No page is requested beyond `max_items`.
pub fn items_ahead<R, T, E, F, Fut>(
    request: R,
    offset: i64,
    page_size: i64,
    max_items: Option<usize>,
    ahead: usize,
    fetch: F,
) -> impl Stream<Item = Result<T, SdkError<E>>>
where
    R: Clone,
    F: Fn(R, i64, i64) -> Fut,
    Fut: Future<Output = Result<Vec<T>, SdkError<E>>>,
{
    let page_size = page_size.max(1);
    let mut list = List {
        request,
        fetch,
        page_size,
        next_offset: offset,
        unrequested: max_items,
        window: ahead.saturating_add(1),
        in_flight: VecDeque::new(),
        pages: VecDeque::new(),
        error: None,
        ended: false,
        remaining: max_items,
    };
    futures_util::stream::poll_fn(move |context| list.poll_next(context))
}

/// A page request in flight: its future until it answers, then its answer, held until the
/// pages requested before it have arrived. A plain queue of these, polled in order, rather than
/// `FuturesOrdered`: the window is a page or two, and `FuturesOrdered`'s machinery would be
/// compiled again for every listing operation's future.
enum Slot<Fut: Future> {
    Waiting(Pin<Box<Fut>>),
    Answered(Fut::Output),
}

impl<Fut: Future> Slot<Fut> {
    /// Polls the request if it has not answered yet.
    fn poll(&mut self, context: &mut Context<'_>) {
        if let Slot::Waiting(request) = self
            && let Poll::Ready(answer) = request.as_mut().poll(context)
        {
            *self = Slot::Answered(answer);
        }
    }

    fn is_answered(&self) -> bool {
        matches!(self, Slot::Answered(_))
    }
}

struct List<R, T, E, F, Fut: Future> {
    request: R,
    fetch: F,
    page_size: i64,
    /// Where the next page to request starts.
    next_offset: i64,
    /// Items `max_items` leaves to request.
    unrequested: Option<usize>,
    /// Pages held at once: read, received or in flight.
    window: usize,
    in_flight: VecDeque<Slot<Fut>>,
    /// Received pages, in order; the front one is being read.
    pages: VecDeque<std::vec::IntoIter<T>>,
    /// Yielded once the pages before it are read; it ends the stream.
    error: Option<SdkError<E>>,
    /// No more pages are to be requested: a short page or an error was seen.
    ended: bool,
    /// Items `max_items` leaves to yield.
    remaining: Option<usize>,
}

impl<R, T, E, F, Fut> List<R, T, E, F, Fut>
where
    R: Clone,
    F: Fn(R, i64, i64) -> Fut,
    Fut: Future<Output = Result<Vec<T>, SdkError<E>>>,
{
    fn poll_next(&mut self, context: &mut Context<'_>) -> Poll<Option<Result<T, SdkError<E>>>> {
        loop {
            if self.remaining == Some(0) {
                self.in_flight.clear();
                return Poll::Ready(None);
            }
            // Items at hand are yielded without polling the requests: on a runtime each is a
            // task that progresses by itself, and polling them for every item costs more than
            // reading the item.
            if let Some(item) = self.pages.front_mut().and_then(Iterator::next) {
                self.remaining = self.remaining.map(|n| n - 1);
                return Poll::Ready(Some(Ok(item)));
            }
            // A page read to its end frees its place for the next request.
            while self
                .pages
                .front()
                .is_some_and(|page| page.as_slice().is_empty())
            {
                self.pages.pop_front();
            }
            self.request_pages(context);
            self.receive(context);
            if !self.pages.is_empty() {
                // Pages are received only with items: the next turn yields one.
                continue;
            }
            if let Some(error) = self.error.take() {
                return Poll::Ready(Some(Err(error)));
            }
            if self.in_flight.is_empty() {
                // Nothing more could be requested, or `request_pages` would have.
                return Poll::Ready(None);
            }
            return Poll::Pending;
        }
    }

    /// Requests pages until the window is full. Each request is polled here, so that it goes out
    /// before a page already on its way is decoded: the decoding happens in that page's future,
    /// which `receive` polls first.
    fn request_pages(&mut self, context: &mut Context<'_>) {
        while !self.ended
            && self.unrequested != Some(0)
            && self.in_flight.len() + self.pages.len() < self.window
        {
            let mut slot = Slot::Waiting(Box::pin((self.fetch)(
                self.request.clone(),
                self.next_offset,
                self.page_size,
            )));
            slot.poll(context);
            self.in_flight.push_back(slot);
            self.next_offset += self.page_size;
            self.unrequested = self
                .unrequested
                .map(|n| n.saturating_sub(self.page_size as usize));
        }
    }

    /// Moves the pages that have arrived, in order, to `pages`.
    fn receive(&mut self, context: &mut Context<'_>) {
        for slot in &mut self.in_flight {
            slot.poll(context);
        }
        while self.in_flight.front().is_some_and(Slot::is_answered) {
            let Some(Slot::Answered(result)) = self.in_flight.pop_front() else {
                return;
            };
            let page = match result {
                Ok(page) => page,
                Err(error) => {
                    self.error = Some(error);
                    self.end();
                    return;
                }
            };
            let short = (page.len() as i64) < self.page_size;
            if !page.is_empty() {
                self.pages.push_back(page.into_iter());
            }
            if short {
                self.end();
                return;
            }
        }
    }

    /// Requests past the end of the list, or past an error: dropped, so never read.
    fn end(&mut self) {
        self.ended = true;
        self.in_flight.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;
    use std::cell::RefCell;
    use std::pin::pin;
    use std::rc::Rc;
    use std::sync::{Arc, Mutex};

    type Item = Result<i64, SdkError<()>>;

    /// The default listing, with this cap.
    fn capped(max_items: Option<usize>) -> Listing {
        Listing {
            max_items,
            ..Listing::default()
        }
    }

    fn failure(offset: i64) -> SdkError<()> {
        SdkError::Other(crate::Error::Config(format!("page {offset} failed")))
    }

    /// A list of `len` numbers served in pages, recording each (offset, limit) asked for; pages
    /// from `fail_from` on fail.
    fn numbers(
        len: i64,
        fail_from: Option<i64>,
        asked: Arc<Mutex<Vec<(i64, i64)>>>,
    ) -> impl Fn((), i64, i64) -> std::future::Ready<Result<Vec<i64>, SdkError<()>>> {
        move |(), offset, limit| {
            asked.lock().unwrap().push((offset, limit));
            std::future::ready(match fail_from {
                Some(from) if offset >= from => Err(failure(offset)),
                _ => Ok((offset..(offset + limit).min(len)).collect()),
            })
        }
    }

    /// Like `numbers`, but a page arrives only once its offset is opened.
    #[derive(Clone, Default)]
    struct Gated {
        asked: Rc<RefCell<Vec<i64>>>,
        gate: Rc<RefCell<Gate>>,
    }

    #[derive(Default)]
    struct Gate {
        open: Vec<i64>,
        waiting: Vec<std::task::Waker>,
        /// What happened to each page, in order: sent (first polled), then arrived.
        events: Vec<(&'static str, i64)>,
    }

    impl Gated {
        fn fetch(&self, len: i64) -> impl Fn((), i64, i64) -> Arrival {
            let gated = self.clone();
            move |(), offset, limit| {
                gated.asked.borrow_mut().push(offset);
                Arrival {
                    gate: Rc::clone(&gated.gate),
                    offset,
                    end: (offset + limit).min(len),
                    sent: false,
                }
            }
        }

        fn open(&self, offsets: impl IntoIterator<Item = i64>) {
            let mut gate = self.gate.borrow_mut();
            gate.open.extend(offsets);
            gate.waiting.drain(..).for_each(std::task::Waker::wake);
        }

        fn asked(&self) -> Vec<i64> {
            self.asked.borrow().clone()
        }

        fn events(&self) -> Vec<(&'static str, i64)> {
            self.gate.borrow().events.clone()
        }
    }

    struct Arrival {
        gate: Rc<RefCell<Gate>>,
        offset: i64,
        end: i64,
        sent: bool,
    }

    impl Future for Arrival {
        type Output = Result<Vec<i64>, SdkError<()>>;

        fn poll(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Self::Output> {
            let offset = self.offset;
            let first = !std::mem::replace(&mut self.sent, true);
            let mut gate = self.gate.borrow_mut();
            if first {
                gate.events.push(("sent", offset));
            }
            if gate.open.contains(&offset) {
                gate.events.push(("arrived", offset));
                return Poll::Ready(Ok((offset..self.end).collect()));
            }
            gate.waiting.push(context.waker().clone());
            Poll::Pending
        }
    }

    fn poll_once<S: Stream<Item = Item>>(stream: std::pin::Pin<&mut S>) -> Poll<Option<Item>> {
        stream.poll_next(&mut Context::from_waker(std::task::Waker::noop()))
    }

    /// The next item, which must be at hand.
    fn next<S: Stream<Item = Item>>(stream: std::pin::Pin<&mut S>) -> Option<i64> {
        match poll_once(stream) {
            Poll::Ready(item) => item.map(|item| item.unwrap()),
            Poll::Pending => panic!("the stream waits"),
        }
    }

    fn collect<S: Stream<Item = Item>>(stream: S) -> Vec<i64> {
        let stream = pin!(stream);
        futures_executor_lite(stream.map(|item| item.unwrap()).collect::<Vec<_>>())
    }

    /// Polls a future that never waits on I/O to completion.
    fn futures_executor_lite<F: Future>(future: F) -> F::Output {
        let mut future = pin!(future);
        let waker = std::task::Waker::noop();
        let mut context = Context::from_waker(waker);
        loop {
            if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
                return output;
            }
        }
    }

    #[test]
    fn every_page_is_read_until_a_short_one() {
        for ahead in [0, 1, 2] {
            let asked = Arc::default();
            let all = collect(items_ahead(
                (),
                0,
                10,
                None,
                ahead,
                numbers(25, None, Arc::clone(&asked)),
            ));
            assert_eq!(all, (0..25).collect::<Vec<_>>());
            // The pages arrive at once, so the short one is seen before any request past it.
            assert_eq!(
                *asked.lock().unwrap(),
                vec![(0, 10), (10, 10), (20, 10)],
                "ahead {ahead}"
            );
        }
    }

    #[test]
    fn the_cap_stops_reading_pages() {
        for ahead in [0, 1, 3] {
            let asked = Arc::default();
            let some = collect(items_ahead(
                (),
                5,
                10,
                Some(12),
                ahead,
                numbers(100, None, Arc::clone(&asked)),
            ));
            assert_eq!(some, (5..17).collect::<Vec<_>>());
            assert_eq!(
                *asked.lock().unwrap(),
                vec![(5, 10), (15, 10)],
                "ahead {ahead}"
            );
        }
        let asked = Arc::default();
        let none = collect(items(
            (),
            0,
            10,
            capped(Some(0)),
            numbers(100, None, Arc::clone(&asked)),
        ));
        assert_eq!(none, Vec::<i64>::new());
        assert_eq!(asked.lock().unwrap().len(), 0);
    }

    #[test]
    fn the_next_page_is_requested_before_this_one_is_read() {
        let gated = Gated::default();
        let mut stream = pin!(items_ahead((), 0, 10, None, 1, gated.fetch(30)));
        assert!(poll_once(stream.as_mut()).is_pending());
        // Page 2 is on its way while page 1 still is.
        assert_eq!(gated.asked(), [0, 10]);
        gated.open([0]);
        for expected in 0..10 {
            assert_eq!(next(stream.as_mut()), Some(expected));
            // One page ahead, no more: page 3 waits until page 1 is read.
            assert_eq!(gated.asked(), [0, 10]);
        }
        assert!(poll_once(stream.as_mut()).is_pending());
        assert_eq!(gated.asked(), [0, 10, 20]);
        gated.open([10, 20, 30]);
        let rest: Vec<i64> = std::iter::from_fn(|| next(stream.as_mut())).collect();
        assert_eq!(rest, (10..30).collect::<Vec<_>>());
        // 30 came back empty and ended the list.
        assert_eq!(gated.asked(), [0, 10, 20, 30]);
    }

    #[test]
    fn a_page_is_sent_before_the_one_ahead_of_it_arrives() {
        // A page's future decodes it as it arrives, so a request polled only after that would
        // go out only once the decoding is over, and its round trip would add to it.
        let gated = Gated::default();
        let mut stream = pin!(items_ahead((), 0, 10, None, 1, gated.fetch(30)));
        gated.open([0]);
        for expected in 0..10 {
            assert_eq!(next(stream.as_mut()), Some(expected));
        }
        gated.open([10]);
        assert_eq!(next(stream.as_mut()), Some(10));
        assert_eq!(
            gated.events(),
            [
                ("sent", 0),
                ("arrived", 0),
                ("sent", 10),
                ("sent", 20),
                ("arrived", 10)
            ]
        );
    }

    #[test]
    fn a_sequential_list_requests_a_page_once_the_last_is_read() {
        let asked = Arc::default();
        let mut stream = pin!(items_ahead(
            (),
            0,
            10,
            None,
            0,
            numbers(25, None, Arc::clone(&asked))
        ));
        for expected in 0..10 {
            assert_eq!(next(stream.as_mut()), Some(expected));
            assert_eq!(*asked.lock().unwrap(), vec![(0, 10)]);
        }
        assert_eq!(next(stream.as_mut()), Some(10));
        assert_eq!(asked.lock().unwrap().len(), 2);
    }

    #[test]
    fn no_request_follows_a_short_page() {
        let gated = Gated::default();
        let mut stream = pin!(items_ahead((), 0, 10, None, 3, gated.fetch(25)));
        assert!(poll_once(stream.as_mut()).is_pending());
        assert_eq!(gated.asked(), [0, 10, 20, 30]);
        gated.open([0, 10]);
        let read: Vec<i64> = (0..20).map(|_| next(stream.as_mut()).unwrap()).collect();
        assert_eq!(read, (0..20).collect::<Vec<_>>());
        // Not knowing where the list ends, it keeps 3 pages ahead of the one being read.
        assert!(poll_once(stream.as_mut()).is_pending());
        assert_eq!(gated.asked(), [0, 10, 20, 30, 40, 50]);
        // 20 is short: the pages past it are dropped, never waited for, and no more requested.
        gated.open([20]);
        let rest: Vec<i64> = std::iter::from_fn(|| next(stream.as_mut())).collect();
        assert_eq!(rest, (20..25).collect::<Vec<_>>());
        assert!(poll_once(stream.as_mut()).is_ready());
        assert_eq!(gated.asked(), [0, 10, 20, 30, 40, 50]);
    }

    #[test]
    fn an_error_ends_the_stream_after_the_items_before_it() {
        for (ahead, requested) in [(0, vec![0, 10]), (1, vec![0, 10]), (3, vec![0, 10, 20, 30])] {
            let asked = Arc::default();
            let mut stream = pin!(items_ahead(
                (),
                0,
                10,
                None,
                ahead,
                numbers(100, Some(10), Arc::clone(&asked))
            ));
            for expected in 0..10 {
                assert_eq!(next(stream.as_mut()), Some(expected));
            }
            match poll_once(stream.as_mut()) {
                Poll::Ready(Some(Err(error))) => {
                    assert_eq!(error.to_string(), "invalid configuration: page 10 failed")
                }
                other => panic!("ahead {ahead}: {other:?} instead of the error"),
            }
            assert!(
                matches!(poll_once(stream.as_mut()), Poll::Ready(None)),
                "ahead {ahead}"
            );
            // Nothing was requested once the failed page was seen.
            let asked: Vec<i64> = asked
                .lock()
                .unwrap()
                .iter()
                .map(|&(offset, _)| offset)
                .collect();
            assert_eq!(asked, requested, "ahead {ahead}");
        }
    }

    #[test]
    fn an_error_past_the_end_is_never_seen() {
        let asked = Arc::default();
        let all = collect(items_ahead(
            (),
            0,
            10,
            None,
            3,
            numbers(15, Some(20), Arc::clone(&asked)),
        ));
        assert_eq!(all, (0..15).collect::<Vec<_>>());
        assert_eq!(asked.lock().unwrap().len(), 4);
    }

    /// A page that arrives at once for the first page, and after a few polls (as a response
    /// does) for the others, recording when it has.
    async fn slow_page(
        offset: i64,
        limit: i64,
        arrived: Arc<Mutex<Vec<i64>>>,
    ) -> Result<Vec<i64>, SdkError<()>> {
        if offset > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        arrived.lock().unwrap().push(offset);
        Ok((offset..offset + limit).collect())
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn on_a_runtime_the_page_ahead_arrives_while_the_reader_is_busy() {
        let arrived = Arc::new(Mutex::new(Vec::new()));
        let fetch = {
            let arrived = Arc::clone(&arrived);
            move |(), offset, limit| slow_page(offset, limit, Arc::clone(&arrived))
        };
        let mut stream = pin!(items((), 0, 10, capped(Some(20)), fetch));
        assert_eq!(stream.next().await.unwrap().unwrap(), 0);
        // The reader does something else; nobody polls the stream meanwhile.
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        assert_eq!(*arrived.lock().unwrap(), [0, 10]);
        let rest: Vec<i64> = stream.map(|item| item.unwrap()).collect().await;
        assert_eq!(rest, (1..20).collect::<Vec<_>>());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn dropping_the_stream_cancels_the_page_in_flight() {
        struct Dropped(Arc<std::sync::atomic::AtomicBool>);
        impl Drop for Dropped {
            fn drop(&mut self) {
                self.0.store(true, std::sync::atomic::Ordering::SeqCst);
            }
        }
        let dropped = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let fetch = {
            let dropped = Arc::clone(&dropped);
            move |(), offset: i64, limit: i64| {
                let guard = Dropped(Arc::clone(&dropped));
                async move {
                    if offset > 0 {
                        // Never answers; only cancelling the task drops the guard.
                        std::future::pending::<()>().await;
                    }
                    std::mem::forget(guard);
                    Ok::<_, SdkError<()>>((offset..offset + limit).collect())
                }
            }
        };
        let mut stream = Box::pin(items((), 0, 10, capped(None), fetch));
        assert_eq!(stream.next().await.unwrap().unwrap(), 0);
        assert!(!dropped.load(std::sync::atomic::Ordering::SeqCst));
        drop(stream);
        let cancelled = tokio::time::timeout(std::time::Duration::from_secs(5), async {
            while !dropped.load(std::sync::atomic::Ordering::SeqCst) {
                tokio::task::yield_now().await;
            }
        });
        assert!(cancelled.await.is_ok(), "the page's task still runs");
    }

    #[test]
    fn off_a_runtime_the_pages_are_polled_by_the_reader() {
        let asked = Arc::new(Mutex::new(Vec::new()));
        let all = collect(items(
            (),
            0,
            10,
            capped(None),
            numbers(25, None, Arc::clone(&asked)),
        ));
        assert_eq!(all, (0..25).collect::<Vec<_>>());
        assert_eq!(*asked.lock().unwrap(), [(0, 10), (10, 10), (20, 10)]);
    }
}

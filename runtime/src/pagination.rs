//! Lists that come a page at a time (`limit` and `offset`), read as one stream of items: as
//! many pages in flight as the rate limit and the reader allow, in order, ending cleanly where
//! the list ends.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use futures_util::Stream;

use crate::SdkError;

/// How [`items`] reads a list, as the builders' `max_items` and `pages_ahead` set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Listing {
    /// The most items yielded, over all pages; no limit if `None`.
    pub max_items: Option<usize>,
    /// Pages requested beyond the one being read, whatever the reader's pace (0: one page at a
    /// time); if `None`, as many as the rate limit and the reader allow: see [`items`].
    pub pages_ahead: Option<usize>,
}

/// What the client's rate limit allows a listing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Budget {
    /// Requests it lets out at once.
    pub burst: usize,
    /// Requests per second over time.
    pub per_second: f64,
}

/// Where a listing starts and how its pages are asked for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paging {
    /// The first item's offset.
    pub offset: i64,
    /// Items asked for in each page.
    pub page_size: i64,
    /// Whether the operation counts its items on request (`count=true`, answered in
    /// `X-Total-Count`): the first page asks, and no page is requested past the total.
    pub counts: bool,
    /// The client's rate limit, if it has one.
    pub budget: Option<Budget>,
}

/// Pages a listing keeps at once without a rate limit, unless told otherwise.
const PAGES_WITHOUT_BUDGET: usize = 8;

/// The most pages a listing keeps at once, however long the tenant takes to answer.
const MOST_PAGES: usize = 64;

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

/// Every item of every page, in order: pages of `paging.page_size` from `paging.offset` until
/// the list ends, or `listing.max_items` have been yielded; an error is the last item. `fetch`
/// sends `request` for one page, given its offset, its limit and whether to ask for the total.
///
/// Unless `listing.pages_ahead` fixes it, the listing plans its pages: where the operation
/// counts, the first page asks for the total and no page is requested past it; elsewhere the
/// pages ahead grow as full pages come (2, 4, 8, ...). It keeps as many pages in flight as the
/// rate limit lets out at once (20 by default), more where the tenant's latency needs more to
/// keep up with the limit's rate (at most 64), 8 without a rate limit; the rate limit paces
/// them. A reader slower than the tenant holds the listing back: no page is requested while
/// another besides the one being read waits unread, so memory stays within that many pages.
///
/// The end of the list is a short page, the total, or a 400 for the page after a full one
/// (SailPoint's answer to an offset past the end): none is an error. A 400 anywhere else is.
///
/// On a tokio runtime each page's request is a task of its own (`PageTask`): the pages ahead
/// are received and decoded on other workers while this one is read. Dropping the stream
/// cancels every request still in flight.
pub fn items<R, T, E, F, Fut>(
    request: R,
    paging: Paging,
    listing: Listing,
    fetch: F,
) -> impl Stream<Item = Result<T, SdkError<E>>>
where
    R: Clone,
    F: Fn(R, i64, i64, bool) -> Fut,
    Fut: Future<Output = Result<Page<T>, SdkError<E>>> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    items_polled(
        request,
        paging,
        listing,
        move |request, offset, limit, count| {
            PageTask::start(offset, fetch(request, offset, limit, count))
        },
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
    Fut: Future<Output = Result<Page<T>, SdkError<E>>>,
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

/// [`items`] with the page futures polled in this stream's task, in order; nothing is spawned
/// here.
pub fn items_polled<R, T, E, F, Fut>(
    request: R,
    paging: Paging,
    listing: Listing,
    fetch: F,
) -> impl Stream<Item = Result<T, SdkError<E>>>
where
    R: Clone,
    F: Fn(R, i64, i64, bool) -> Fut,
    Fut: Future<Output = Result<Page<T>, SdkError<E>>>,
{
    let mut list = List {
        request,
        fetch,
        page_size: paging.page_size.max(1),
        start: paging.offset,
        next_offset: paging.offset,
        unrequested: listing.max_items,
        plan: match listing.pages_ahead {
            Some(ahead) => Plan::Fixed(ahead.saturating_add(1)),
            None => Plan::Paced(paging.budget),
        },
        counts: paging.counts,
        total: None,
        full_pages: 0,
        fastest: None,
        in_flight: VecDeque::new(),
        pages: VecDeque::new(),
        error: None,
        ended: false,
        remaining: listing.max_items,
    };
    futures_util::stream::poll_fn(move |context| list.poll_next(context))
}

/// How many pages a listing holds at once (read, received or in flight).
#[derive(Clone, Copy)]
enum Plan {
    /// This many, whatever the reader's pace and wherever the list ends.
    Fixed(usize),
    /// As many as the budget, the latency and the reader's pace call for.
    Paced(Option<Budget>),
}

/// A page request in flight: its future until it answers, then its answer, held until the
/// pages requested before it have arrived. A plain queue of these, polled in order, rather than
/// `FuturesOrdered`: the window is a few pages, and `FuturesOrdered`'s machinery would be
/// compiled again for every listing operation's future.
struct Slot<Fut: Future> {
    offset: i64,
    sent: Instant,
    state: SlotState<Fut>,
}

enum SlotState<Fut: Future> {
    Waiting(Pin<Box<Fut>>),
    /// The answer, and how long it took to come.
    Answered(Fut::Output, Duration),
}

impl<Fut: Future> Slot<Fut> {
    /// Polls the request if it has not answered yet.
    fn poll(&mut self, context: &mut Context<'_>) {
        if let SlotState::Waiting(request) = &mut self.state
            && let Poll::Ready(answer) = request.as_mut().poll(context)
        {
            self.state = SlotState::Answered(answer, self.sent.elapsed());
        }
    }

    fn is_answered(&self) -> bool {
        matches!(self.state, SlotState::Answered(..))
    }
}

struct List<R, T, E, F, Fut: Future> {
    request: R,
    fetch: F,
    page_size: i64,
    /// The first page's offset.
    start: i64,
    /// Where the next page to request starts.
    next_offset: i64,
    /// Items `max_items` leaves to request.
    unrequested: Option<usize>,
    plan: Plan,
    /// Whether the first page asks for the total.
    counts: bool,
    /// The list's length, as the first page counted it: no page is requested at or past it.
    total: Option<i64>,
    /// Full pages received so far, for the pages ahead to grow by.
    full_pages: u32,
    /// The quickest answer so far: the tenant's latency, with no wait for the budget in it.
    fastest: Option<Duration>,
    in_flight: VecDeque<Slot<Fut>>,
    /// Received pages, in order; the front one is being read.
    pages: VecDeque<std::vec::IntoIter<T>>,
    /// Yielded once the pages before it are read; it ends the stream.
    error: Option<SdkError<E>>,
    /// No more pages are to be requested: the end of the list or an error was seen.
    ended: bool,
    /// Items `max_items` leaves to yield.
    remaining: Option<usize>,
}

impl<R, T, E, F, Fut> List<R, T, E, F, Fut>
where
    R: Clone,
    F: Fn(R, i64, i64, bool) -> Fut,
    Fut: Future<Output = Result<Page<T>, SdkError<E>>>,
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
            if self.receive(context) {
                // What arrived may allow more: the total, or room the reader left.
                self.request_pages(context);
            }
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

    /// The most pages held at once now (read, received or in flight), and whether the reader's
    /// pace holds requests back.
    fn window(&self) -> (usize, bool) {
        let budget = match self.plan {
            Plan::Fixed(window) => return (window, false),
            Plan::Paced(budget) => budget,
        };
        if self.counts && self.total.is_none() && self.full_pages == 0 {
            // The first page alone, to plan the rest with the total it brings.
            return (1, true);
        }
        let most = match budget {
            Some(budget) => {
                let latency = self.fastest.unwrap_or_default().as_secs_f64();
                let covering = (budget.per_second * latency).ceil() as usize + 1;
                budget.burst.max(covering).clamp(2, MOST_PAGES)
            }
            None => PAGES_WITHOUT_BUDGET,
        };
        if self.total.is_some() {
            return (most, true);
        }
        // Not knowing where the list ends: more pages ahead as more full pages come, so that a
        // short list costs few requests past its end.
        let growing = 2usize << self.full_pages.min(16);
        (growing.min(most), true)
    }

    /// Requests pages until the window is full. Each request is polled here, so that it goes out
    /// before a page already on its way is decoded: the decoding happens in that page's future,
    /// which `receive` polls first.
    fn request_pages(&mut self, context: &mut Context<'_>) {
        let (window, paced_by_reader) = self.window();
        while !self.ended
            && self.unrequested != Some(0)
            && self.total.is_none_or(|total| self.next_offset < total)
            && self.in_flight.len() + self.pages.len() < window
            // A page besides the one being read waits unread: the reader is the slower.
            && !(paced_by_reader && self.unread() > 1)
        {
            let count = self.counts && self.next_offset == self.start;
            let mut slot = Slot {
                offset: self.next_offset,
                sent: Instant::now(),
                state: SlotState::Waiting(Box::pin((self.fetch)(
                    self.request.clone(),
                    self.next_offset,
                    self.page_size,
                    count,
                ))),
            };
            slot.poll(context);
            self.in_flight.push_back(slot);
            self.next_offset += self.page_size;
            self.unrequested = self
                .unrequested
                .map(|n| n.saturating_sub(self.page_size as usize));
        }
    }

    /// Pages that have arrived and are not read to their end, received or not.
    fn unread(&self) -> usize {
        self.pages.len()
            + self
                .in_flight
                .iter()
                .filter(|slot| slot.is_answered())
                .count()
    }

    /// Moves the pages that have arrived, in order, to `pages`; whether any had.
    fn receive(&mut self, context: &mut Context<'_>) -> bool {
        for slot in &mut self.in_flight {
            slot.poll(context);
        }
        let mut received = false;
        while self.in_flight.front().is_some_and(Slot::is_answered) {
            let Some(Slot {
                offset,
                state: SlotState::Answered(result, took),
                ..
            }) = self.in_flight.pop_front()
            else {
                return received;
            };
            received = true;
            self.fastest = Some(self.fastest.map_or(took, |fastest| fastest.min(took)));
            let page = match result {
                Ok(page) => page,
                Err(error) => {
                    if !self.is_past_the_end(offset, &error) {
                        self.error = Some(error);
                    }
                    self.end();
                    return received;
                }
            };
            if offset == self.start
                && let Some(total) = page.total
            {
                let total = i64::try_from(total).unwrap_or(i64::MAX);
                self.total = Some(total);
                // Pages asked for before the total came, past it: not waited for.
                self.in_flight.retain(|slot| slot.offset < total);
            }
            let short = (page.items.len() as i64) < self.page_size;
            if !page.items.is_empty() {
                self.pages.push_back(page.items.into_iter());
            }
            if short {
                self.end();
                return received;
            }
            self.full_pages = self.full_pages.saturating_add(1);
        }
        received
    }

    /// Whether `error`, for the page at `offset`, says only that the list ended before it: the
    /// page is at or past the total, or it is SailPoint's 400 for an offset past the end, for a
    /// page after a full one (the pages are received in order, so every page before it was full;
    /// the list may have shrunk below its total since).
    fn is_past_the_end(&self, offset: i64, error: &SdkError<E>) -> bool {
        self.total.is_some_and(|total| offset >= total)
            || (offset > self.start && error.status() == Some(400))
    }

    /// Requests past the end of the list, or past an error: dropped, so never read.
    fn end(&mut self) {
        self.ended = true;
        self.in_flight.clear();
    }
}

#[cfg(test)]
#[path = "pagination_tests.rs"]
mod tests;

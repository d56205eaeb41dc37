//! The listing's planning, pacing and ends, on futures that answer at once or when told to.

use super::*;
use futures_util::StreamExt;
use std::cell::RefCell;
use std::pin::pin;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

type Item = Result<i64, SdkError<()>>;

/// A page's answer, at once.
type Answer = std::future::Ready<Result<Page<i64>, SdkError<()>>>;

/// The default listing, with this cap.
fn capped(max_items: Option<usize>) -> Listing {
    Listing {
        max_items,
        ..Listing::default()
    }
}

/// A listing of `ahead` pages ahead, whatever the reader's pace, with this cap.
fn fixed(ahead: usize, max_items: Option<usize>) -> Listing {
    Listing {
        max_items,
        pages_ahead: Some(ahead),
    }
}

/// Pages of `page_size` from `offset`, of an operation that does not count, without a budget.
fn paging(offset: i64, page_size: i64) -> Paging {
    Paging {
        offset,
        page_size,
        counts: false,
        budget: None,
    }
}

/// SailPoint's default budget: 20 at once, 100 per 10.5 s.
const SAILPOINT: Budget = Budget {
    burst: 20,
    per_second: 20.0 / 2.1,
};

/// SailPoint's answer to an offset past the end of a list.
fn offset_invalid() -> SdkError<()> {
    SdkError::Service(Box::new(crate::ServiceError {
        operation: "listThings",
        status: 400,
        headers: reqwest::header::HeaderMap::new(),
        body: br#"{"messages":[{"text":"Specified offset is invalid"}]}"#.to_vec(),
        error: (),
    }))
}

/// A list of `len` numbers served as SailPoint serves a list: the total when asked, and a 400
/// for an offset past the end.
fn tenant(len: i64, asked: Arc<Mutex<Vec<(i64, bool)>>>) -> impl Fn((), i64, i64, bool) -> Answer {
    move |(), offset, limit, count| {
        asked.lock().unwrap().push((offset, count));
        std::future::ready(if offset > 0 && offset >= len {
            Err(offset_invalid())
        } else {
            Ok(Page {
                items: (offset..(offset + limit).min(len)).collect(),
                total: count.then_some(len as u64),
            })
        })
    }
}

fn failure(offset: i64) -> SdkError<()> {
    SdkError::Other(crate::Error::Config(format!("page {offset} failed")))
}

/// A list of `len` numbers served in pages, recording each (offset, limit) asked for; pages
/// from `fail_from` on fail, and pages past the end come back empty.
fn numbers(
    len: i64,
    fail_from: Option<i64>,
    asked: Arc<Mutex<Vec<(i64, i64)>>>,
) -> impl Fn((), i64, i64, bool) -> Answer {
    move |(), offset, limit, _count| {
        asked.lock().unwrap().push((offset, limit));
        std::future::ready(match fail_from {
            Some(from) if offset >= from => Err(failure(offset)),
            _ => Ok(Page {
                items: (offset..(offset + limit).min(len)).collect(),
                total: None,
            }),
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
    fn fetch(&self, len: i64) -> impl Fn((), i64, i64, bool) -> Arrival {
        let gated = self.clone();
        move |(), offset, limit, count| {
            gated.asked.borrow_mut().push(offset);
            Arrival {
                gate: Rc::clone(&gated.gate),
                offset,
                end: (offset + limit).min(len),
                total: count.then_some(len as u64),
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
    total: Option<u64>,
    sent: bool,
}

impl Future for Arrival {
    type Output = Result<Page<i64>, SdkError<()>>;

    fn poll(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Self::Output> {
        let offset = self.offset;
        let first = !std::mem::replace(&mut self.sent, true);
        let mut gate = self.gate.borrow_mut();
        if first {
            gate.events.push(("sent", offset));
        }
        if gate.open.contains(&offset) {
            gate.events.push(("arrived", offset));
            return Poll::Ready(Ok(Page {
                items: (offset..self.end).collect(),
                total: self.total,
            }));
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
        let all = collect(items_polled(
            (),
            paging(0, 10),
            fixed(ahead, None),
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
        let some = collect(items_polled(
            (),
            paging(5, 10),
            fixed(ahead, Some(12)),
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
        paging(0, 10),
        capped(Some(0)),
        numbers(100, None, Arc::clone(&asked)),
    ));
    assert_eq!(none, Vec::<i64>::new());
    assert_eq!(asked.lock().unwrap().len(), 0);
}

#[test]
fn the_next_page_is_requested_before_this_one_is_read() {
    let gated = Gated::default();
    let mut stream = pin!(items_polled(
        (),
        paging(0, 10),
        fixed(1, None),
        gated.fetch(30)
    ));
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
    let mut stream = pin!(items_polled(
        (),
        paging(0, 10),
        fixed(1, None),
        gated.fetch(30)
    ));
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
    let mut stream = pin!(items_polled(
        (),
        paging(0, 10),
        fixed(0, None),
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
    let mut stream = pin!(items_polled(
        (),
        paging(0, 10),
        fixed(3, None),
        gated.fetch(25)
    ));
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
        let mut stream = pin!(items_polled(
            (),
            paging(0, 10),
            fixed(ahead, None),
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
    let all = collect(items_polled(
        (),
        paging(0, 10),
        fixed(3, None),
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
) -> Result<Page<i64>, SdkError<()>> {
    if offset > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    arrived.lock().unwrap().push(offset);
    Ok(Page {
        items: (offset..offset + limit).collect(),
        total: None,
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_runtime_the_page_ahead_arrives_while_the_reader_is_busy() {
    let arrived = Arc::new(Mutex::new(Vec::new()));
    let fetch = {
        let arrived = Arc::clone(&arrived);
        move |(), offset, limit, _| slow_page(offset, limit, Arc::clone(&arrived))
    };
    let mut stream = pin!(items((), paging(0, 10), capped(Some(20)), fetch));
    assert_eq!(stream.next().await.unwrap().unwrap(), 0);
    // The reader does something else; nobody polls the stream meanwhile.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(*arrived.lock().unwrap(), [0, 10]);
    let rest: Vec<i64> = stream.map(|item| item.unwrap()).collect().await;
    assert_eq!(rest, (1..20).collect::<Vec<_>>());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropping_the_stream_cancels_every_page_in_flight() {
    use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
    /// Counts the pages still running: one is made with each request and dropped with it.
    struct Running(Arc<AtomicUsize>);
    impl Drop for Running {
        fn drop(&mut self) {
            self.0.fetch_sub(1, SeqCst);
        }
    }
    let running = Arc::new(AtomicUsize::new(0));
    let fetch = {
        let running = Arc::clone(&running);
        move |(), offset: i64, limit: i64, count: bool| {
            running.fetch_add(1, SeqCst);
            let guard = Running(Arc::clone(&running));
            async move {
                if offset > 0 {
                    // Never answers; only cancelling the task drops the guard.
                    std::future::pending::<()>().await;
                }
                drop(guard);
                Ok::<_, SdkError<()>>(Page {
                    items: (offset..offset + limit).collect(),
                    total: count.then_some(1000),
                })
            }
        }
    };
    let counted = Paging {
        counts: true,
        budget: Some(SAILPOINT),
        ..paging(0, 10)
    };
    let mut stream = Box::pin(items((), counted, capped(None), fetch));
    assert_eq!(stream.next().await.unwrap().unwrap(), 0);
    // The first page planned the rest: the pages the budget lets out at once are on their way.
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    assert_eq!(running.load(SeqCst), 19);
    drop(stream);
    let cancelled = tokio::time::timeout(std::time::Duration::from_secs(5), async {
        while running.load(SeqCst) > 0 {
            tokio::task::yield_now().await;
        }
    });
    assert!(cancelled.await.is_ok(), "some page's task still runs");
}

#[test]
fn off_a_runtime_the_pages_are_polled_by_the_reader() {
    let asked = Arc::new(Mutex::new(Vec::new()));
    let all = collect(items(
        (),
        paging(0, 10),
        capped(None),
        numbers(25, None, Arc::clone(&asked)),
    ));
    assert_eq!(all, (0..25).collect::<Vec<_>>());
    // Not knowing where the list ends, it asked for pages past it, which answered at once.
    assert_eq!(asked.lock().unwrap()[..3], [(0, 10), (10, 10), (20, 10)]);
}

/// Every item of the list, failing on an error.
fn all_of<S: Stream<Item = Item>>(stream: S) -> Result<Vec<i64>, String> {
    let stream = pin!(stream);
    futures_executor_lite(stream.collect::<Vec<_>>())
        .into_iter()
        .map(|item| item.map_err(|error| error.to_string()))
        .collect()
}

#[test]
fn the_end_of_a_list_is_no_error_whatever_its_length() {
    let auto = capped(None);
    let ways = [
        (false, fixed(0, None), None),
        (false, fixed(1, None), None),
        (false, fixed(3, None), None),
        (false, auto, None),
        (false, auto, Some(SAILPOINT)),
        (true, auto, Some(SAILPOINT)),
        (true, auto, None),
        (true, fixed(2, None), Some(SAILPOINT)),
    ];
    for len in [0, 1, 249, 250, 251, 500] {
        for (counts, listing, budget) in ways {
            let asked = Arc::default();
            let paging = Paging {
                counts,
                budget,
                ..paging(0, 250)
            };
            let all = all_of(items_polled(
                (),
                paging,
                listing,
                tenant(len, Arc::clone(&asked)),
            ));
            let way = format!("{len} items, counts {counts}, {listing:?}, {budget:?}");
            assert_eq!(all, Ok((0..len).collect()), "{way}");
            if counts && listing.pages_ahead.is_none() {
                // Planned from the total: not one request past the end.
                let pages = (len.max(1) + 249) / 250;
                let expected: Vec<(i64, bool)> = (0..pages).map(|p| (p * 250, p == 0)).collect();
                assert_eq!(*asked.lock().unwrap(), expected, "{way}");
            }
        }
    }
}

#[test]
fn a_400_for_the_first_page_is_an_error() {
    let answer =
        |(), _offset, _limit, _count| std::future::ready(Err::<Page<i64>, _>(offset_invalid()));
    let all = all_of(items_polled((), paging(0, 250), capped(None), answer));
    assert_eq!(all, Err(offset_invalid().to_string()));
    // From an offset of the caller's, too: no page before it was seen full.
    let all = all_of(items_polled((), paging(500, 250), capped(None), answer));
    assert!(all.is_err());
}

#[test]
fn items_come_in_order_whatever_order_the_pages_arrive_in() {
    let gated = Gated::default();
    let counted = Paging {
        counts: true,
        budget: Some(SAILPOINT),
        ..paging(0, 10)
    };
    let mut stream = pin!(items_polled((), counted, capped(None), gated.fetch(100)));
    assert!(poll_once(stream.as_mut()).is_pending());
    // The first page alone, to learn the total.
    assert_eq!(gated.asked(), [0]);
    gated.open([0]);
    assert_eq!(next(stream.as_mut()), Some(0));
    // The rest at once: the budget lets 20 out, and the total says 9 pages remain.
    assert_eq!(gated.asked(), (0..10).map(|p| p * 10).collect::<Vec<_>>());
    for expected in 1..10 {
        assert_eq!(next(stream.as_mut()), Some(expected));
    }
    for offset in (2..10).rev().map(|page| page * 10) {
        gated.open([offset]);
        assert!(
            poll_once(stream.as_mut()).is_pending(),
            "page {offset} came first"
        );
    }
    gated.open([10]);
    let rest: Vec<i64> = std::iter::from_fn(|| next(stream.as_mut())).collect();
    assert_eq!(rest, (10..100).collect::<Vec<_>>());
    assert!(matches!(poll_once(stream.as_mut()), Poll::Ready(None)));
}

#[test]
fn a_slow_reader_holds_the_listing_back() {
    let gated = Gated::default();
    let counted = Paging {
        counts: true,
        budget: Some(SAILPOINT),
        ..paging(0, 10)
    };
    let mut stream = pin!(items_polled((), counted, capped(None), gated.fetch(10_000)));
    gated.open([0]);
    assert_eq!(next(stream.as_mut()), Some(0));
    assert_eq!(gated.asked().len(), 20, "the budget's burst");
    // Every page asked for arrives, and the reader takes its time: once it sees pages waiting,
    // no more are asked for until it has read all but one, and no more than 20 pages are ever
    // held (read, waiting or on their way).
    gated.open((1..20).map(|page| page * 10));
    for expected in 1..190 {
        assert_eq!(next(stream.as_mut()), Some(expected));
        let pages_read = (expected / 10) as usize;
        assert!(gated.asked().len() - pages_read <= 20, "at item {expected}");
        if expected > 10 {
            assert_eq!(gated.asked().len(), 21, "at item {expected}");
        }
    }
    assert_eq!(next(stream.as_mut()), Some(190));
    assert_eq!(gated.asked().len(), 39);
}

#[test]
fn the_pages_ahead_grow_as_full_pages_come_where_the_total_is_unknown() {
    let gated = Gated::default();
    let mut stream = pin!(items_polled(
        (),
        paging(0, 10),
        capped(None),
        gated.fetch(10_000)
    ));
    assert!(poll_once(stream.as_mut()).is_pending());
    assert_eq!(gated.asked(), [0, 10]);
    gated.open([0]);
    assert_eq!(next(stream.as_mut()), Some(0));
    // One full page: 4 held at once, the page being read among them.
    assert_eq!(gated.asked(), [0, 10, 20, 30]);
    for expected in 1..10 {
        assert_eq!(next(stream.as_mut()), Some(expected));
    }
    gated.open([10]);
    assert_eq!(next(stream.as_mut()), Some(10));
    // Two full pages: 8 held at once, the most without a budget.
    assert_eq!(gated.asked(), (0..9).map(|p| p * 10).collect::<Vec<_>>());
}

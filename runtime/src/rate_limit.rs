//! The token's request budget, shared by everything a client sends: SailPoint's 100 requests per
//! 10 s unless configured otherwise, spread so that a burst cannot spend it all at once, and
//! paused for every request when the tenant answers 429.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::time::Instant;

/// How much longer than its share of the limit a slice of the window lasts: requests reach the
/// tenant a little after they leave, not all equally late, and the tenant counts them as they
/// arrive.
const ARRIVAL_MARGIN: f64 = 0.05;

/// Into how many slices the window is cut, at most: a client may send a fifth of the limit at
/// once, which a tenant counting over any shorter window of its own still accepts.
const SLICES: u32 = 5;

pub(crate) struct RateLimiter {
    window: Option<Window>,
    /// Until when no request goes out: the latest 429's `Retry-After`, for every request.
    paused_until: std::sync::Mutex<Option<Instant>>,
}

/// At most `burst` requests in any `slice`: the configured `requests` per `per`, cut into
/// slices of equal share, each lengthened by [`ARRIVAL_MARGIN`].
struct Window {
    burst: usize,
    slice: Duration,
    /// When each of the last `burst` requests went out, oldest first.
    sent: tokio::sync::Mutex<VecDeque<Instant>>,
}

impl Window {
    fn new(requests: u32, per: Duration) -> Self {
        let requests = requests.max(1);
        // At most a year, so that adding it to an instant cannot overflow.
        let per = per.min(Duration::from_secs(365 * 24 * 3600));
        // A burst that divides the limit, so that the slices add up to it exactly.
        let burst = (1..=(requests / SLICES).max(1))
            .rev()
            .find(|burst| requests.is_multiple_of(*burst))
            .unwrap_or(1);
        let slice = per.mul_f64(f64::from(burst) / f64::from(requests) * (1.0 + ARRIVAL_MARGIN));
        Window {
            burst: usize::try_from(burst).unwrap_or(usize::MAX),
            slice,
            sent: tokio::sync::Mutex::new(VecDeque::new()),
        }
    }
}

impl RateLimiter {
    /// A budget of `requests` per `per`, or one that never waits.
    pub(crate) fn new(limit: Option<(u32, Duration)>) -> Self {
        RateLimiter {
            window: limit.map(|(requests, per)| Window::new(requests, per)),
            paused_until: std::sync::Mutex::new(None),
        }
    }

    /// The most requests the budget lets out at once; `None` without a budget.
    pub(crate) fn burst(&self) -> Option<usize> {
        self.window.as_ref().map(|window| window.burst)
    }

    /// Requests per second the budget allows over time; `None` without a budget.
    pub(crate) fn rate(&self) -> Option<f64> {
        let window = self.window.as_ref()?;
        Some(window.burst as f64 / window.slice.as_secs_f64().max(f64::MIN_POSITIVE))
    }

    /// Waits until one more request fits in the budget and no pause holds, and counts it as sent.
    pub(crate) async fn acquire(&self) {
        let Some(window) = &self.window else {
            self.wait_out_pause().await;
            return;
        };
        // Held while waiting: tokio's mutex is fair, so waiting requests go in the order they came.
        let mut sent = window.sent.lock().await;
        loop {
            self.wait_out_pause().await;
            let now = Instant::now();
            while sent.front().is_some_and(|t| now >= *t + window.slice) {
                sent.pop_front();
            }
            match sent.front() {
                Some(&oldest) if sent.len() >= window.burst => {
                    tokio::time::sleep_until(oldest + window.slice).await
                }
                _ => break,
            }
        }
        sent.push_back(Instant::now());
    }

    /// Holds every request back for `wait`: the tenant said 429, which applies to the token, not
    /// to the one request that drew it.
    pub(crate) fn pause(&self, wait: Duration) {
        let until = Instant::now() + wait.min(Duration::from_secs(24 * 3600));
        let mut paused = self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
        if paused.is_none_or(|current| current < until) {
            *paused = Some(until);
        }
    }

    async fn wait_out_pause(&self) {
        loop {
            let until = *self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
            match until {
                Some(until) if until > Instant::now() => tokio::time::sleep_until(until).await,
                _ => return,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_is_cut_into_slices_that_add_up_to_the_limit() {
        let sailpoint = Window::new(100, Duration::from_secs(10));
        assert_eq!(sailpoint.burst, 20);
        assert_eq!(sailpoint.slice, Duration::from_millis(2100));
        // A limit without a divisor near a fifth goes one request at a time.
        let prime = Window::new(11, Duration::from_secs(1));
        assert_eq!(prime.burst, 1);
        assert_eq!(prime.slice, Duration::from_secs(1).mul_f64(1.05 / 11.0));
        let tiny = Window::new(3, Duration::from_secs(1));
        assert_eq!((tiny.burst, tiny.slice), (1, Duration::from_millis(350)));
        assert_eq!(Window::new(0, Duration::from_secs(1)).burst, 1);
    }

    // Real time: tokio's `test-util` is a dev-dependency only of the integration tests (the
    // paused-time tests are in tests/rate_limit.rs).
    #[tokio::test]
    async fn the_request_past_the_burst_waits_for_the_oldest_to_age_out() {
        let limiter = RateLimiter::new(Some((15, Duration::from_millis(300))));
        // 3 per 63 ms: 15 per 300 ms cut into 5 slices, each 5% longer.
        let start = Instant::now();
        for _ in 0..3 {
            limiter.acquire().await;
        }
        assert!(start.elapsed() < Duration::from_millis(50));
        limiter.acquire().await;
        assert!(start.elapsed() >= Duration::from_millis(63));
        let unlimited = RateLimiter::new(None);
        for _ in 0..1000 {
            unlimited.acquire().await;
        }
    }

    #[tokio::test]
    async fn a_pause_holds_every_request_limited_or_not() {
        for limit in [None, Some((100, Duration::from_secs(10)))] {
            let limiter = RateLimiter::new(limit);
            limiter.pause(Duration::from_millis(120));
            // A shorter pause does not cut a longer one short.
            limiter.pause(Duration::from_millis(10));
            let start = Instant::now();
            limiter.acquire().await;
            assert!(start.elapsed() >= Duration::from_millis(120), "{limit:?}");
        }
    }
}

//! Client-side rate limiting, off unless configured: at most so many requests in any window of
//! the configured length, so that a busy client waits instead of collecting 429s.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::time::Instant;

pub(crate) struct RateLimiter {
    window: Option<Window>,
}

struct Window {
    requests: usize,
    per: Duration,
    /// When each of the last `requests` requests went out, oldest first.
    sent: tokio::sync::Mutex<VecDeque<Instant>>,
}

impl RateLimiter {
    /// A limiter of `requests` per `per`, or one that never waits.
    pub(crate) fn new(limit: Option<(u32, Duration)>) -> Self {
        RateLimiter {
            window: limit.map(|(requests, per)| Window {
                requests: usize::try_from(requests.max(1)).unwrap_or(usize::MAX),
                // At most a year, so that adding it to an instant cannot overflow.
                per: per.min(Duration::from_secs(365 * 24 * 3600)),
                sent: tokio::sync::Mutex::new(VecDeque::new()),
            }),
        }
    }

    /// Waits until one more request fits in the window, and counts it as sent.
    pub(crate) async fn acquire(&self) {
        let Some(window) = &self.window else {
            return;
        };
        // Held while waiting: tokio's mutex is fair, so waiting requests go in the order they came.
        let mut sent = window.sent.lock().await;
        let now = Instant::now();
        while sent.front().is_some_and(|t| now >= *t + window.per) {
            sent.pop_front();
        }
        if sent.len() >= window.requests
            && let Some(oldest) = sent.pop_front()
        {
            tokio::time::sleep_until(oldest + window.per).await;
        }
        sent.push_back(Instant::now());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Real time: this module is copied into crates whose tokio lacks `test-util` (the paused-time
    // test is in tests/rate_limit.rs).
    #[tokio::test]
    async fn the_request_past_the_limit_waits_for_the_oldest_to_age_out() {
        let limiter = RateLimiter::new(Some((3, Duration::from_millis(200))));
        let start = Instant::now();
        for _ in 0..3 {
            limiter.acquire().await;
        }
        assert!(start.elapsed() < Duration::from_millis(100));
        limiter.acquire().await;
        assert!(start.elapsed() >= Duration::from_millis(200));
        let unlimited = RateLimiter::new(None);
        for _ in 0..1000 {
            unlimited.acquire().await;
        }
    }
}

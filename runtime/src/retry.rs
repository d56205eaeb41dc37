//! Which failed requests are tried again, and after how long.

use std::time::Duration;

/// When and how failed requests are retried. By default: up to 4 attempts; a 429 waits for its
/// `Retry-After` (up to 60 s); 502, 503, 504, timeouts and connection errors back off
/// exponentially (0.5 s, 1 s, 2 s, ... up to 30 s) with jitter. Requests that are not
/// idempotent (POST, PATCH) are retried only where the server cannot have acted on them: a 429,
/// or a connection that was never made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    pub(crate) max_wait: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
            max_wait: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// Every request is tried once.
    pub fn disabled() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// How many times a request is tried in all (at least once).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The first backoff; each next one doubles.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest backoff.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The longest wait a `Retry-After` may ask for; beyond it the 429 is returned.
    pub fn max_wait(mut self, wait: Duration) -> Self {
        self.max_wait = wait;
        self
    }

    /// The wait before another attempt after `attempt` got `status`, or `None` to stop.
    pub(crate) fn after_status(
        &self,
        attempt: u32,
        status: u16,
        headers: &reqwest::header::HeaderMap,
        idempotent: bool,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        match status {
            429 => {
                let wait = retry_after(headers).unwrap_or_else(|| self.backoff(attempt));
                (wait <= self.max_wait).then_some(wait)
            }
            502..=504 if idempotent => Some(self.backoff(attempt)),
            _ => None,
        }
    }

    /// The wait before another attempt after `attempt` failed to get a response.
    pub(crate) fn after_error(
        &self,
        attempt: u32,
        error: &reqwest::Error,
        idempotent: bool,
    ) -> Option<Duration> {
        let retryable =
            error.is_connect() || (idempotent && (error.is_timeout() || error.is_request()));
        (attempt < self.max_attempts && retryable).then(|| self.backoff(attempt))
    }

    /// Exponential backoff with "equal jitter": half fixed, half random.
    fn backoff(&self, attempt: u32) -> Duration {
        let exponential = self
            .initial_backoff
            .saturating_mul(1 << attempt.saturating_sub(1).min(16));
        let capped = exponential.min(self.max_backoff);
        capped / 2 + capped.mul_f64(fastrand::f64() / 2.0)
    }
}

/// `Retry-After` as seconds or as an HTTP date.
pub(crate) fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = date.signed_duration_since(chrono::Utc::now());
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};

    fn headers(retry_after: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_str(retry_after).unwrap());
        headers
    }

    #[test]
    fn retry_after_is_read_as_seconds_or_a_date() {
        assert_eq!(retry_after(&headers("7")), Some(Duration::from_secs(7)));
        let in_a_minute = (chrono::Utc::now() + chrono::Duration::seconds(60))
            .to_rfc2822()
            .replace("+0000", "GMT");
        let wait = retry_after(&headers(&in_a_minute)).unwrap();
        assert!(
            wait > Duration::from_secs(55) && wait <= Duration::from_secs(60),
            "{wait:?}"
        );
        assert_eq!(
            retry_after(&headers("Wed, 21 Oct 2015 07:28:00 GMT")),
            Some(Duration::ZERO)
        );
        assert_eq!(retry_after(&headers("soon")), None);
    }

    #[test]
    fn only_what_the_server_cannot_have_done_is_retried_for_posts() {
        let policy = RetryPolicy::default();
        assert!(policy.after_status(1, 429, &headers("1"), false).is_some());
        assert!(
            policy
                .after_status(1, 503, &HeaderMap::new(), false)
                .is_none()
        );
        assert!(
            policy
                .after_status(1, 503, &HeaderMap::new(), true)
                .is_some()
        );
        assert!(
            policy
                .after_status(1, 500, &HeaderMap::new(), true)
                .is_none()
        );
        assert!(
            policy.after_status(4, 429, &headers("1"), true).is_none(),
            "attempts are capped"
        );
        assert!(
            policy
                .after_status(1, 429, &headers("3600"), true)
                .is_none(),
            "waits are capped"
        );
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let policy = RetryPolicy::default()
            .initial_backoff(Duration::from_secs(1))
            .max_backoff(Duration::from_secs(4));
        for _ in 0..20 {
            let first = policy.backoff(1);
            assert!(first >= Duration::from_millis(500) && first <= Duration::from_secs(1));
            let late = policy.backoff(10);
            assert!(late >= Duration::from_secs(2) && late <= Duration::from_secs(4));
        }
    }
}

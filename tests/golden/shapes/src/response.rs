//! A successful response's status and headers, beside its typed body: what the builders'
//! `send_with_metadata` returns.

use reqwest::header::HeaderMap;

/// A response with a status in 2xx: the body typed as the operation declares it, and the
/// status and headers it came with (`X-Total-Count`, rate-limit headers, a request id).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Response<T> {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: T,
}

impl<T> Response<T> {
    /// The typed body, the status and headers dropped.
    pub fn into_body(self) -> T {
        self.body
    }
}

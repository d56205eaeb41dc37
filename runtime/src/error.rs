//! What can go wrong when calling the API.

use std::fmt;

/// An error from a call, its typed body (if any) left out: what `?` turns any operation's
/// [`SdkError`] into.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The configuration is unusable.
    #[error("invalid configuration: {0}")]
    Config(String),

    /// No access token could be obtained: a token provider's failure, or a token response that
    /// is not understood.
    #[error("authentication failed: {0}")]
    Auth(String),

    /// The token endpoint answered with a status outside 2xx, after the retries the
    /// [`RetryPolicy`](crate::RetryPolicy) allows (none for a 400 or 401: wrong credentials).
    #[error(
        "authentication failed: {url} answered {status}: {}",
        String::from_utf8_lossy(body)
    )]
    TokenStatus {
        url: String,
        status: u16,
        headers: Box<reqwest::header::HeaderMap>,
        body: Vec<u8>,
    },

    /// The token request could not be sent or its response not read, after the retries the
    /// [`RetryPolicy`](crate::RetryPolicy) allows.
    #[error("authentication failed: the token request to {url} failed: {source}")]
    TokenRequest {
        url: String,
        #[source]
        source: reqwest::Error,
    },

    /// The request could not be sent or its response not read.
    #[error("{operation}: request failed: {source}")]
    Http {
        operation: &'static str,
        #[source]
        source: reqwest::Error,
    },

    /// The request's deadline passed (see the builders' `deadline`), across all its attempts.
    #[error("{operation}: no answer within the deadline ({after:?} spent)")]
    Timeout {
        operation: &'static str,
        after: std::time::Duration,
    },

    /// The request body could not be encoded.
    #[error("{operation}: cannot encode the request body: {source}")]
    Encode {
        operation: &'static str,
        #[source]
        source: serde_json::Error,
    },

    /// A response's body does not match the type the spec declares for its status.
    #[error("{operation}: cannot decode the {status} response at `{path}`: {message}")]
    Decode {
        operation: &'static str,
        status: u16,
        /// Where in the JSON the mismatch is (`items[3].created`).
        path: String,
        message: String,
        /// The body as received.
        body: Vec<u8>,
    },

    /// A list's page request was cancelled before it answered: the tokio runtime it ran on shut
    /// down.
    #[error("the page at offset {offset} was not fetched: its tokio runtime shut down")]
    PageCancelled { offset: i64 },

    /// The server answered with a status outside 2xx.
    #[error(
        "{operation}: the server answered {status}: {}",
        String::from_utf8_lossy(body)
    )]
    Status {
        operation: &'static str,
        status: u16,
        headers: Box<reqwest::header::HeaderMap>,
        body: Vec<u8>,
    },
}

impl Error {
    /// SailPoint's id for the failed request, to quote to its support: the body's `trackingId`,
    /// else the `SLPT-Request-ID` or `X-Request-Id` header; for the answers of the API and the
    /// token endpoint.
    pub fn tracking_id(&self) -> Option<String> {
        match self {
            Error::Status { headers, body, .. } | Error::TokenStatus { headers, body, .. } => {
                tracking_id(headers, body)
            }
            Error::Decode { body, .. } => tracking_id(&reqwest::header::HeaderMap::new(), body),
            _ => None,
        }
    }
}

/// An error from one operation: the server's answer with the body typed as the operation
/// declares it ([`ServiceError`]), or anything else ([`Error`]).
#[derive(Debug, thiserror::Error)]
pub enum SdkError<E> {
    #[error(transparent)]
    Service(Box<ServiceError<E>>),
    #[error(transparent)]
    Other(#[from] Error),
}

impl<E> SdkError<E> {
    /// The server's answer, when the error is one.
    pub fn service_error(&self) -> Option<&ServiceError<E>> {
        match self {
            SdkError::Service(error) => Some(error),
            SdkError::Other(_) => None,
        }
    }

    /// The response's status, when there was a response.
    pub fn status(&self) -> Option<u16> {
        match self {
            SdkError::Service(error) => Some(error.status),
            SdkError::Other(Error::Decode { status, .. } | Error::Status { status, .. }) => {
                Some(*status)
            }
            SdkError::Other(_) => None,
        }
    }

    /// SailPoint's id for the failed request: see [`ServiceError::tracking_id`] and
    /// [`Error::tracking_id`].
    pub fn tracking_id(&self) -> Option<String> {
        match self {
            SdkError::Service(error) => error.tracking_id(),
            SdkError::Other(error) => error.tracking_id(),
        }
    }
}

impl<E> From<SdkError<E>> for Error {
    fn from(error: SdkError<E>) -> Self {
        match error {
            SdkError::Service(error) => {
                let ServiceError {
                    operation,
                    status,
                    headers,
                    body,
                    ..
                } = *error;
                Error::Status {
                    operation,
                    status,
                    headers: Box::new(headers),
                    body,
                }
            }
            SdkError::Other(error) => error,
        }
    }
}

/// A response with a status outside 2xx: the status, headers and raw body, and the body typed
/// as the operation declares it for that status.
#[derive(Debug)]
pub struct ServiceError<E> {
    pub operation: &'static str,
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Vec<u8>,
    /// The body typed by status: one variant per status the operation declares.
    pub error: E,
}

impl<E> ServiceError<E> {
    /// SailPoint's id for the failed request, to quote to its support: the body's `trackingId`,
    /// else the `SLPT-Request-ID` or `X-Request-Id` header.
    pub fn tracking_id(&self) -> Option<String> {
        tracking_id(&self.headers, &self.body)
    }
}

/// The body's `trackingId` (SailPoint's error bodies carry one), else a request id header.
fn tracking_id(headers: &reqwest::header::HeaderMap, body: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Tracked {
        #[serde(rename = "trackingId")]
        tracking_id: Option<String>,
    }
    let present = |id: &String| !id.trim().is_empty();
    let from_body = serde_json::from_slice::<Tracked>(body)
        .ok()
        .and_then(|tracked| tracked.tracking_id)
        .filter(present);
    from_body.or_else(|| {
        ["slpt-request-id", "x-request-id"].iter().find_map(|name| {
            let value = headers.get(*name)?.to_str().ok()?.to_owned();
            Some(value).filter(present)
        })
    })
}

impl<E: fmt::Debug> fmt::Display for ServiceError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: the server answered {}: {:?}",
            self.operation, self.status, self.error
        )
    }
}

impl<E: fmt::Debug> std::error::Error for ServiceError<E> {}

/// The error statuses one operation declares, each with the type of its body.
pub trait OperationError: Sized + fmt::Debug {
    /// Decodes the body of an error response by its status.
    fn decode(status: u16, body: &[u8]) -> Result<Self, DecodeFailure>;

    /// The value for a body that is not JSON at all (a gateway's HTML page, say): the response
    /// is still the server's answer, kept whole in the [`ServiceError`].
    fn undeclared() -> Self;
}

/// Where and why a body did not decode.
#[derive(Debug)]
pub struct DecodeFailure {
    pub path: String,
    pub message: String,
}

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
    /// No access token could be obtained.
    #[error("authentication failed: {0}")]
    Auth(String),
    /// The request could not be sent or its response not read.
    #[error("{operation}: request failed: {source}")]
    Http { operation: &'static str, #[source] source: reqwest::Error },
    /// The request body could not be encoded.
    #[error("{operation}: cannot encode the request body: {source}")]
    Encode { operation: &'static str, #[source] source: serde_json::Error },
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
            SdkError::Other(
                Error::Decode { status, .. } | Error::Status { status, .. },
            ) => Some(*status),
            SdkError::Other(_) => None,
        }
    }
}

impl<E> From<SdkError<E>> for Error {
    fn from(error: SdkError<E>) -> Self {
        match error {
            SdkError::Service(error) => {
                let ServiceError { operation, status, headers, body, .. } = *error;
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

impl<E: fmt::Debug> fmt::Display for ServiceError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f, "{}: the server answered {}: {:?}", self.operation, self.status, self
            .error
        )
    }
}

impl<E: fmt::Debug> std::error::Error for ServiceError<E> {}

/// The error statuses one operation declares, each with the type of its body.
pub trait OperationError: Sized + fmt::Debug {
    /// Decodes the body of an error response by its status.
    fn decode(status: u16, body: &[u8]) -> Result<Self, DecodeFailure>;
}

/// Where and why a body did not decode.
#[derive(Debug)]
pub struct DecodeFailure {
    pub path: String,
    pub message: String,
}

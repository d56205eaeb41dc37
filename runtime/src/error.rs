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
    #[error("{}", answer(operation, *status, headers, body))]
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

impl<E> fmt::Display for ServiceError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&answer(
            self.operation,
            self.status,
            &self.headers,
            &self.body,
        ))
    }
}

/// An error response as a sentence: the operation, the status and its reason, what the body
/// says (SailPoint's `messages`, or another error body's message, or the start of a body that
/// is not JSON), and the tracking id to quote to SailPoint's support.
fn answer(
    operation: &str,
    status: u16,
    headers: &reqwest::header::HeaderMap,
    body: &[u8],
) -> String {
    let reason = reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|status| status.canonical_reason());
    let mut sentence = match reason {
        Some(reason) => format!("{operation}: the server answered {status} {reason}"),
        None => format!("{operation}: the server answered {status}"),
    };
    if let Some(message) = body_message(body) {
        sentence.push_str(": ");
        sentence.push_str(&message);
    }
    if let Some(id) = tracking_id(headers, body) {
        sentence.push_str(&format!(" (tracking id {id})"));
    }
    sentence
}

/// The most characters of a body that is not JSON shown in an error's sentence.
const SHOWN_TEXT: usize = 200;

/// What an error body says: the texts of SailPoint's `messages` (en-US where there is one),
/// else a `message`, `error_description`, `error` or `detailCode`; for a body that is not JSON,
/// its text on one line, cut short.
fn body_message(body: &[u8]) -> Option<String> {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) else {
        let text = String::from_utf8_lossy(body);
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        return match text.chars().count() > SHOWN_TEXT {
            true => Some(format!(
                "{}…",
                text.chars().take(SHOWN_TEXT).collect::<String>()
            )),
            false => Some(text).filter(|text| !text.is_empty()),
        };
    };
    let text = |value: &serde_json::Value| {
        value
            .as_str()
            .map(str::trim)
            .filter(|text| !text.is_empty())
            .map(str::to_owned)
    };
    if let Some(messages) = value.get("messages").and_then(|m| m.as_array()) {
        let english: Vec<String> = messages
            .iter()
            .filter(|m| m.get("locale").and_then(|l| l.as_str()) == Some("en-US"))
            .filter_map(|m| m.get("text").and_then(text))
            .collect();
        let all: Vec<String> = messages
            .iter()
            .filter_map(|m| m.get("text").and_then(text))
            .collect();
        let chosen = if english.is_empty() { all } else { english };
        if !chosen.is_empty() {
            return Some(chosen.join("; "));
        }
    }
    ["message", "error_description", "error", "detailCode"]
        .iter()
        .find_map(|key| value.get(*key).and_then(text))
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

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue};

    fn sentence(status: u16, body: &str, request_id: Option<&str>) -> String {
        let mut headers = HeaderMap::new();
        if let Some(id) = request_id {
            headers.insert("slpt-request-id", HeaderValue::from_str(id).unwrap());
        }
        answer("getIdentity", status, &headers, body.as_bytes())
    }

    #[test]
    fn an_error_answer_reads_as_a_sentence_with_its_message_and_tracking_id() {
        let sailpoint = r#"{"detailCode":"404.0 Object not found","trackingId":"b5c1","messages":[
            {"locale":"und","localeOrigin":"DEFAULT","text":"L'objet est introuvable"},
            {"locale":"en-US","localeOrigin":"REQUEST","text":"The identity was not found."}]}"#;
        assert_eq!(
            sentence(404, sailpoint, Some("r-1")),
            "getIdentity: the server answered 404 Not Found: The identity was not found. (tracking id b5c1)"
        );
        assert_eq!(
            sentence(429, r#"{"message":" Rate Limit Exceeded "}"#, Some("r-2")),
            "getIdentity: the server answered 429 Too Many Requests: Rate Limit Exceeded (tracking id r-2)"
        );
        assert_eq!(
            sentence(400, r#"{"detailCode":"400.1 Bad Request Content"}"#, None),
            "getIdentity: the server answered 400 Bad Request: 400.1 Bad Request Content"
        );
        assert_eq!(
            sentence(502, "<html>\n<h1>502 Bad Gateway</h1>\n</html>", None),
            "getIdentity: the server answered 502 Bad Gateway: <html> <h1>502 Bad Gateway</h1> </html>"
        );
        assert_eq!(
            sentence(599, "", None),
            "getIdentity: the server answered 599"
        );
        let long = "x".repeat(500);
        assert!(sentence(500, &long, None).ends_with(&format!(": {}…", "x".repeat(200))));
    }
}

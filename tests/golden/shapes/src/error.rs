//! What can go wrong when calling the API.

/// An error from a call, naming the operation (its `operationId`) it came from.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The client's configuration is unusable.
    #[error("invalid configuration: {0}")]
    Config(String),
    /// The request could not be sent or its response not read.
    #[error("{operation}: request failed: {source}")]
    Http { operation: &'static str, #[source] source: reqwest::Error },
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
    /// The request body could not be encoded.
    #[error("{operation}: cannot encode the request body: {source}")]
    Encode { operation: &'static str, #[source] source: serde_json::Error },
    /// A 2xx response's body does not match the type the spec declares.
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
}

//! Any request through the client's authentication, retries, timeouts and headers: for the
//! endpoints the spec lacks (`/v3/search`, say) or a body the SDK does not model.

use std::time::Duration;

use reqwest::header::HeaderMap;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{DecodeFailure, OperationError};
use crate::request::Options;
use crate::{Client, Error};

/// The label raw requests carry in errors and traces, in place of an operation id.
const OPERATION: &str = "raw request";

/// A request built by hand: see [`Client::raw_request`]. Owns what it needs, so it can be sent
/// from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RawRequest {
    client: Client,
    method: reqwest::Method,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Option<Body>,
    options: Options,
}

#[derive(Debug, Clone)]
enum Body {
    Bytes {
        bytes: Vec<u8>,
        content_type: String,
    },
    /// A JSON body that could not be encoded: reported when the request is sent.
    Unencodable(String),
}

impl Client {
    /// A request to `path` under the tenant's base URL, version included (`/v3/search`,
    /// `/beta/identities`), sent with this client's token, retries, timeouts and headers.
    ///
    /// A status outside 2xx comes back as [`Error::Status`], with the status, headers and body.
    pub fn raw_request(&self, method: crate::Method, path: impl Into<String>) -> RawRequest {
        RawRequest {
            client: self.clone(),
            method,
            path: path.into(),
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            options: Options::default(),
        }
    }
}

impl RawRequest {
    /// Adds a query parameter; parameters repeat in the order added.
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Adds a header, after the configured ones.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// `body` as JSON, labelled `application/json`.
    pub fn json<T: Serialize + ?Sized>(mut self, body: &T) -> Self {
        self.body = Some(match serde_json::to_vec(body) {
            Ok(bytes) => Body::Bytes {
                bytes,
                content_type: "application/json".into(),
            },
            Err(error) => Body::Unencodable(error.to_string()),
        });
        self
    }

    /// `bytes` as the body, labelled `content_type`.
    pub fn body(mut self, bytes: impl Into<Vec<u8>>, content_type: impl Into<String>) -> Self {
        self.body = Some(Body::Bytes {
            bytes: bytes.into(),
            content_type: content_type.into(),
        });
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request and reads the whole response.
    // Inline, so that only a program that sends raw requests compiles this path, as with the
    // operations' own `send`.
    #[inline]
    pub async fn send(self) -> Result<RawResponse, Error> {
        let mut response = self
            .client
            .execute::<Undeclared>(OPERATION, &self.options, &|| self.build())
            .await?;
        let (status, headers) = crate::request::head(&mut response);
        let body = response.bytes().await.map_err(|source| Error::Http {
            operation: OPERATION,
            source,
        })?;
        Ok(RawResponse {
            status,
            headers,
            body: body.to_vec(),
        })
    }

    fn build(&self) -> Result<reqwest::RequestBuilder, Error> {
        let mut request = self.client.base_request(self.method.clone(), &self.path);
        if !self.query.is_empty() {
            request = request.query(&self.query);
        }
        for (name, value) in &self.headers {
            let (name, value) = crate::client::header(name, value)?;
            request = request.header(name, value);
        }
        match &self.body {
            Some(Body::Bytes {
                bytes,
                content_type,
            }) => Ok(request
                .header(reqwest::header::CONTENT_TYPE, content_type)
                .body(bytes.clone())),
            Some(Body::Unencodable(message)) => Err(Error::Config(format!(
                "the JSON body cannot be encoded: {message}"
            ))),
            None => Ok(request),
        }
    }
}

/// A response to a [`RawRequest`]: a status in 2xx, the headers and the whole body.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RawResponse {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl RawResponse {
    /// The body read as JSON into `T`; a mismatch names its place in the body.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, Error> {
        crate::request::decode_body(&self.body).map_err(|failure| Error::Decode {
            operation: OPERATION,
            status: self.status,
            path: failure.path,
            message: failure.message,
            body: self.body.clone(),
        })
    }

    /// The body as text, invalid UTF-8 replaced.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A raw request declares no error bodies: its errors keep the body as received.
#[derive(Debug)]
struct Undeclared;

impl OperationError for Undeclared {
    fn decode(_status: u16, _body: &[u8]) -> Result<Self, DecodeFailure> {
        Ok(Undeclared)
    }

    fn undeclared() -> Self {
        Undeclared
    }
}

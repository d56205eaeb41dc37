//! The client every API group borrows: base URL, credentials, and the HTTP connection pool.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// The spec's default server. Tenants use `https://{tenant}.api.identitynow.com/beta`.
pub const DEFAULT_BASE_URL: &str = "https://example.api.example.com/beta";

/// A client for the Defects Fixture. Cheap to clone: clones share one connection pool.
///
/// Each API area is a method: `client.identities().list_identities().send().await`.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base_url: String,
    access_token: Option<String>,
}

impl Client {
    /// A client for `base_url` (for example `https://acme.api.identitynow.com/beta`) that sends
    /// `access_token` as a bearer token.
    pub fn new(
        base_url: impl Into<String>,
        access_token: impl Into<String>,
    ) -> Result<Self, crate::Error> {
        Client::builder().base_url(base_url).access_token(access_token).build()
    }

    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The URL every request path is appended to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    pub(crate) fn request(
        &self,
        method: reqwest::Method,
        path: &str,
    ) -> reqwest::RequestBuilder {
        let request = self
            .inner
            .http
            .request(method, format!("{}{path}", self.inner.base_url));
        match &self.inner.access_token {
            Some(token) => request.bearer_auth(token),
            None => request,
        }
    }

    /// Sends `request`; a status outside 2xx becomes [`crate::Error::Status`].
    pub(crate) async fn execute(
        &self,
        operation: &'static str,
        request: reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, crate::Error> {
        let response = request
            .send()
            .await
            .map_err(|source| crate::Error::Http {
                operation,
                source,
            })?;
        if response.status().is_success() {
            return Ok(response);
        }
        let status = response.status().as_u16();
        let headers = Box::new(response.headers().clone());
        let body = response.bytes().await.map(|b| b.to_vec()).unwrap_or_default();
        Err(crate::Error::Status {
            operation,
            status,
            headers,
            body,
        })
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field(
                "access_token",
                &self.inner.access_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

/// Configures a [`Client`].
#[derive(Default)]
pub struct ClientBuilder {
    base_url: Option<String>,
    access_token: Option<String>,
    timeout: Option<Duration>,
    user_agent: Option<String>,
}

impl ClientBuilder {
    /// The URL every request path is appended to; [`DEFAULT_BASE_URL`] if not set.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// A bearer token sent with every request.
    pub fn access_token(mut self, access_token: impl Into<String>) -> Self {
        self.access_token = Some(access_token.into());
        self
    }

    /// How long a request may take in all; none by default.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    pub fn build(self) -> Result<Client, crate::Error> {
        let base_url = self.base_url.unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
        let base_url = base_url.trim_end_matches('/').to_string();
        if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
            return Err(
                crate::Error::Config(
                    format!("the base URL `{base_url}` is not an http(s) URL"),
                ),
            );
        }
        if rustls::crypto::CryptoProvider::get_default().is_none() {
            let _ = rustls::crypto::ring::default_provider().install_default();
        }
        let user_agent = self
            .user_agent
            .unwrap_or_else(|| {
                concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")).into()
            });
        let mut http = reqwest::Client::builder().user_agent(user_agent);
        if let Some(timeout) = self.timeout {
            http = http.timeout(timeout);
        }
        let http = http
            .build()
            .map_err(|e| crate::Error::Config(
                format!("cannot build the HTTP client: {e}"),
            ))?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url,
                access_token: self.access_token,
            }),
        })
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("access_token", &self.access_token.as_ref().map(|_| "<redacted>"))
            .field("timeout", &self.timeout)
            .field("user_agent", &self.user_agent)
            .finish()
    }
}

//! One API of the family on the shared client: what each generated crate's `Client` wraps.

use std::fmt;
use std::sync::Arc;

use crate::Client;

/// The shared [`Client`] and where one API lives on it: the tenant's base URL and the API's
/// path (`/beta`; nothing for SailPoint's versioned API, whose operations carry their version),
/// or the URL the configuration or the crate's client sets instead.
#[derive(Clone)]
pub struct ApiClient {
    shared: Client,
    url: Arc<str>,
}

impl ApiClient {
    /// The API at `api_path` under `shared`'s tenant.
    pub fn new(shared: Client, api_path: &str) -> Self {
        let url = shared.config().api_url(api_path).into();
        ApiClient { shared, url }
    }

    /// The same API served at `url` instead, such as a mock of its spec at the root.
    pub fn with_url(self, url: impl Into<String>) -> Self {
        let url = url.into();
        ApiClient {
            shared: self.shared,
            url: url.trim_end_matches('/').into(),
        }
    }

    pub fn shared(&self) -> &Client {
        &self.shared
    }

    /// What the shared client's rate limit allows a listing: see [`Budget`](crate::pagination::Budget).
    pub fn budget(&self) -> Option<crate::pagination::Budget> {
        self.shared.budget()
    }

    /// The URL the API's request paths are appended to.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// A request to `path` under the API's URL (`/identities`).
    pub fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.shared.request(method, format!("{}{path}", self.url))
    }
}

impl fmt::Debug for ApiClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiClient")
            .field("url", &self.url)
            .field("shared", &self.shared)
            .finish()
    }
}

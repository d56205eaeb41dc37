//! This crate's client: the family's shared client, bound to this API.

use std::fmt;
use crate::runtime::ApiClient;
use crate::{Config, Error, Method, RawRequest};

/// A client for SailPoint's versioned API. Cheap to clone: clones share one connection pool, one token
/// and one rate limit.
///
/// Each API area is a method that borrows it: see [`apis`](crate::apis). To call other crates
/// of the family through the same token and rate limit, make them from its
/// [`shared`](Self::shared) client, or make this one from theirs with `From`.
#[derive(Clone)]
pub struct Client {
    pub(crate) api: ApiClient,
}

impl Client {
    /// A client with `config`; fails if the configuration cannot work (a base URL that is not
    /// an https URL, say).
    pub fn new(config: Config) -> Result<Self, Error> {
        crate::runtime::Client::new(config).map(Client::from)
    }

    /// A client configured from the environment: see [`Config::from_env`].
    pub fn from_env() -> Result<Self, Error> {
        Client::new(Config::from_env()?)
    }

    pub fn config(&self) -> &Config {
        self.api.shared().config()
    }

    /// The client this one shares its token, rate limit and connections with: hand a clone of
    /// it to the other crates of the family.
    pub fn shared(&self) -> &crate::runtime::Client {
        self.api.shared()
    }

    /// This API served at `api_url` rather than under the tenant's base URL: for a mock of its
    /// spec, say. The token, rate limit and other crates' clients are unchanged.
    pub fn with_api_url(self, api_url: impl Into<String>) -> Self {
        Client {
            api: self.api.with_url(api_url),
        }
    }

    /// The URL this API's request paths are appended to.
    pub fn api_url(&self) -> &str {
        self.api.url()
    }

    /// A request to `path` under the tenant's base URL, version included: see
    /// [`runtime::Client::raw_request`](crate::runtime::Client::raw_request).
    pub fn raw_request(&self, method: Method, path: impl Into<String>) -> RawRequest {
        self.api.shared().raw_request(method, path)
    }
}

/// This API on a shared client: its token, rate limit and connections.
impl From<crate::runtime::Client> for Client {
    fn from(shared: crate::runtime::Client) -> Self {
        Client {
            api: ApiClient::new(shared, crate::API_PATH),
        }
    }
}

impl From<&crate::runtime::Client> for Client {
    fn from(shared: &crate::runtime::Client) -> Self {
        Client::from(shared.clone())
    }
}

impl AsRef<crate::runtime::Client> for Client {
    fn as_ref(&self) -> &crate::runtime::Client {
        self.shared()
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("api_url", &self.api_url())
            .field("config", self.config())
            .finish()
    }
}

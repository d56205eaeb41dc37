//! Where the API is and how to authenticate: set in code, or read from where SailPoint's own
//! SDKs and CLI read it.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;
use crate::{Error, RetryPolicy};

/// The tenant URL used when none is configured: the spec's default server.
pub const DEFAULT_BASE_URL: &str = "https://example.api.example.com";

/// Where this API version lives under a tenant's base URL.
pub const API_PATH: &str = "/beta";

/// How requests are authenticated.
#[derive(Clone, Default)]
#[non_exhaustive]
pub enum Credentials {
    /// OAuth2 client credentials (a personal access token is such a pair): exchanged for an
    /// access token at `{base}/oauth/token`, cached, and refreshed before it expires.
    ClientCredentials { client_id: String, client_secret: String },
    /// A ready access token, sent as it is.
    AccessToken(String),
    /// No `Authorization` header.
    #[default]
    None,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::ClientCredentials { client_id, .. } => {
                f.debug_struct("ClientCredentials")
                    .field("client_id", client_id)
                    .field("client_secret", &"<redacted>")
                    .finish()
            }
            Credentials::AccessToken(_) => {
                f.debug_tuple("AccessToken").field(&"<redacted>").finish()
            }
            Credentials::None => f.write_str("None"),
        }
    }
}

/// The configuration of a [`Client`](crate::Client).
///
/// ```
/// # fn main() -> Result<(), golden_multi_file::Error> {
/// use std::time::Duration;
/// let config = golden_multi_file::Config::new("https://acme.api.identitynow.com")
///     .client_credentials("client-id", "client-secret")
///     .timeout(Duration::from_secs(30));
/// assert_eq!(config.api_url(), "https://acme.api.identitynow.com/beta");
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Config {
    base_url: String,
    api_url: Option<String>,
    pub(crate) credentials: Credentials,
    pub(crate) token_url: Option<String>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) connect_timeout: Duration,
    pub(crate) user_agent: String,
    pub(crate) retry: RetryPolicy,
    pub(crate) allow_http: bool,
    pub(crate) headers: Headers,
}

/// Headers sent with every request; their values may be secrets, so `Debug` shows names only.
#[derive(Clone, Default)]
pub(crate) struct Headers(pub(crate) Vec<(String, String)>);

impl fmt::Debug for Headers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.0.iter().map(|(name, _)| (name, "<redacted>")))
            .finish()
    }
}

impl Default for Config {
    fn default() -> Self {
        Config::new(DEFAULT_BASE_URL)
    }
}

impl Config {
    /// A configuration for the tenant at `base_url`, such as `https://acme.api.identitynow.com`
    /// (a trailing `/beta` is accepted too), without credentials.
    pub fn new(base_url: impl Into<String>) -> Self {
        let base_url = base_url.into();
        let base_url = base_url.trim_end_matches('/');
        let base_url = base_url.strip_suffix(API_PATH).unwrap_or(base_url).to_string();
        Config {
            base_url,
            api_url: None,
            credentials: Credentials::None,
            token_url: None,
            timeout: Some(Duration::from_secs(60)),
            connect_timeout: Duration::from_secs(10),
            user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"))
                .into(),
            retry: RetryPolicy::default(),
            allow_http: false,
            headers: Headers::default(),
        }
    }

    /// Authenticate with OAuth2 client credentials (or a personal access token's id and secret).
    pub fn client_credentials(
        mut self,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        self.credentials = Credentials::ClientCredentials {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
        };
        self
    }

    /// Authenticate with a ready access token.
    pub fn access_token(mut self, access_token: impl Into<String>) -> Self {
        self.credentials = Credentials::AccessToken(access_token.into());
        self
    }

    /// Where client credentials are exchanged for tokens; `{base}/oauth/token` by default.
    pub fn token_url(mut self, token_url: impl Into<String>) -> Self {
        self.token_url = Some(token_url.into());
        self
    }

    /// How long one request may take in all (60 s by default); `None` for no limit.
    pub fn timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.timeout = timeout.into();
        self
    }

    /// How long connecting may take (10 s by default).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// When and how failed requests are retried; see [`RetryPolicy`].
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Allow a plain `http://` base URL, for a local mock server. Off by default: credentials
    /// never travel unencrypted by accident.
    pub fn allow_http(mut self, allow: bool) -> Self {
        self.allow_http = allow;
        self
    }

    /// Send this header with every request, besides the ones the client sets (a tracing id, a
    /// proxy's, a mock server's `Prefer`). A name or value that is not a valid header makes
    /// [`Client::new`](crate::Client::new) fail.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.0.push((name.into(), value.into()));
        self
    }

    /// Send requests under `api_url` rather than `{base}/beta`: for a server that serves
    /// the API at another place, such as a mock of the spec at its root.
    pub fn with_api_url(mut self, api_url: impl Into<String>) -> Self {
        self.api_url = Some(api_url.into().trim_end_matches('/').to_string());
        self
    }

    /// The tenant's base URL, without the API version.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The URL request paths are appended to: the base URL and `/beta`, unless
    /// [`with_api_url`](Self::with_api_url) says otherwise.
    pub fn api_url(&self) -> String {
        self.api_url.clone().unwrap_or_else(|| format!("{}{API_PATH}", self.base_url))
    }

    pub(crate) fn token_endpoint(&self) -> String {
        self.token_url
            .clone()
            .unwrap_or_else(|| format!("{}/oauth/token", self.base_url))
    }

    /// From the environment variables SailPoint's SDKs and CLI use: `SAIL_BASE_URL` (the tenant
    /// URL without a version), `SAIL_CLIENT_ID` and `SAIL_CLIENT_SECRET`.
    pub fn from_env() -> Result<Self, Error> {
        let variable = |name: &str| {
            std::env::var(name).ok().filter(|v| !v.trim().is_empty())
        };
        let base_url = variable("SAIL_BASE_URL")
            .ok_or_else(|| Error::Config("SAIL_BASE_URL is not set".into()))?;
        let config = Config::new(base_url);
        match (variable("SAIL_CLIENT_ID"), variable("SAIL_CLIENT_SECRET")) {
            (Some(id), Some(secret)) => Ok(config.client_credentials(id, secret)),
            (None, None) => {
                Err(
                    Error::Config(
                        "SAIL_CLIENT_ID and SAIL_CLIENT_SECRET are not set".into(),
                    ),
                )
            }
            (None, Some(_)) => {
                Err(
                    Error::Config(
                        "SAIL_CLIENT_SECRET is set but SAIL_CLIENT_ID is not".into(),
                    ),
                )
            }
            (Some(_), None) => {
                Err(
                    Error::Config(
                        "SAIL_CLIENT_ID is set but SAIL_CLIENT_SECRET is not".into(),
                    ),
                )
            }
        }
    }

    /// From a `config.json` as SailPoint's SDKs read it:
    /// `{"BaseURL": "...", "ClientId": "...", "ClientSecret": "..."}`.
    pub fn from_json_file(path: impl AsRef<Path>) -> Result<Self, Error> {
        #[derive(serde::Deserialize)]
        struct File {
            #[serde(rename = "BaseURL")]
            base_url: String,
            #[serde(rename = "ClientId")]
            client_id: String,
            #[serde(rename = "ClientSecret")]
            client_secret: String,
        }
        let path = path.as_ref();
        let text = read(path)?;
        let file: File = serde_json::from_str(&text)
            .map_err(|e| Error::Config(format!("{}: {e}", path.display())))?;
        Ok(
            Config::new(file.base_url)
                .client_credentials(file.client_id, file.client_secret),
        )
    }

    /// From the `sail` CLI's `~/.sailpoint/config.yaml`: its active environment's `baseurl` and
    /// personal access token (`pat.clientid`, `pat.clientsecret`).
    pub fn from_cli_file(path: impl AsRef<Path>) -> Result<Self, Error> {
        #[derive(serde::Deserialize)]
        struct File {
            activeenvironment: String,
            environments: std::collections::BTreeMap<String, Environment>,
        }
        #[derive(serde::Deserialize)]
        struct Environment {
            baseurl: String,
            pat: Option<Pat>,
        }
        #[derive(serde::Deserialize)]
        struct Pat {
            clientid: String,
            clientsecret: String,
        }
        let path = path.as_ref();
        let text = read(path)?;
        let file: File = serde_norway::from_str(&text)
            .map_err(|e| Error::Config(format!("{}: {e}", path.display())))?;
        let environment = file
            .environments
            .get(&file.activeenvironment)
            .ok_or_else(|| {
                Error::Config(
                    format!(
                        "{}: the active environment `{}` is not among `environments`",
                        path.display(), file.activeenvironment
                    ),
                )
            })?;
        let pat = environment
            .pat
            .as_ref()
            .ok_or_else(|| Error::Config(
                format!(
                    "{}: environment `{}` has no `pat`", path.display(), file
                    .activeenvironment
                ),
            ))?;
        Ok(
            Config::new(&environment.baseurl)
                .client_credentials(&pat.clientid, &pat.clientsecret),
        )
    }

    /// Where SailPoint's SDKs look, in their order: the environment (when `SAIL_BASE_URL` is
    /// set), then `./config.json`, then the CLI's `~/.sailpoint/config.yaml`.
    pub fn load() -> Result<Self, Error> {
        if std::env::var_os("SAIL_BASE_URL").is_some() {
            return Config::from_env();
        }
        let json = PathBuf::from("config.json");
        if json.exists() {
            return Config::from_json_file(json);
        }
        let cli = std::env::var_os("HOME")
            .map(|home| PathBuf::from(home).join(".sailpoint/config.yaml"));
        match cli {
            Some(cli) if cli.exists() => Config::from_cli_file(cli),
            _ => {
                Err(
                    Error::Config(
                        "no configuration: set SAIL_BASE_URL, SAIL_CLIENT_ID and SAIL_CLIENT_SECRET, or write ./config.json or ~/.sailpoint/config.yaml"
                            .into(),
                    ),
                )
            }
        }
    }
}

fn read(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path)
        .map_err(|e| Error::Config(format!("{}: {e}", path.display())))
}

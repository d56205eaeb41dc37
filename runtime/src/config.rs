//! Where the API is and how to authenticate: set in code, or read from where SailPoint's own
//! SDKs and CLI read it.

use std::ffi::OsString;
use std::fmt;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::{Error, RetryPolicy, TokenProvider};

/// SailPoint's rate limit: 100 requests per 10 s per access token, whichever API they call.
const SAILPOINT_RATE_LIMIT: (u32, Duration) = (100, Duration::from_secs(10));

/// The tenant URL used when none is configured: the servers' default in SailPoint's specs.
pub const DEFAULT_BASE_URL: &str = "https://sailpoint.api.identitynow.com";

/// How requests are authenticated.
#[derive(Clone, Default)]
#[non_exhaustive]
pub enum Credentials {
    /// OAuth2 client credentials (a personal access token is such a pair): exchanged for an
    /// access token at `{base}/oauth/token`, cached, and refreshed before it expires.
    ClientCredentials {
        client_id: String,
        client_secret: String,
    },
    /// A ready access token, sent as it is.
    AccessToken(String),
    /// Tokens from a [`TokenProvider`], asked again when one expires or is rejected.
    Provider(Arc<dyn TokenProvider>),
    /// No `Authorization` header.
    #[default]
    None,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::ClientCredentials { client_id, .. } => f
                .debug_struct("ClientCredentials")
                .field("client_id", client_id)
                .field("client_secret", &"<redacted>")
                .finish(),
            Credentials::AccessToken(_) => {
                f.debug_tuple("AccessToken").field(&"<redacted>").finish()
            }
            Credentials::Provider(_) => f.write_str("Provider(..)"),
            Credentials::None => f.write_str("None"),
        }
    }
}

/// The configuration of a [`Client`](crate::Client): built in code
/// (`Config::new(base_url).client_credentials(id, secret)`), or read with
/// [`from_env`](Self::from_env), [`from_cli_file`](Self::from_cli_file) or [`load`](Self::load).
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
    pub(crate) http_client: Option<HttpClient>,
    pub(crate) proxy: Option<Proxy>,
    pub(crate) root_certificates: Certificates,
    pub(crate) identity: Option<Identity>,
    /// At most this many requests per this long.
    pub(crate) rate_limit: Option<(u32, Duration)>,
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

/// An application's own HTTP client; its `Debug` may show default headers, so it is not shown.
#[derive(Clone)]
pub(crate) struct HttpClient(pub(crate) reqwest::Client);

impl fmt::Debug for HttpClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("reqwest::Client { .. }")
    }
}

/// A proxy URL, whose password `Debug` hides.
#[derive(Clone)]
pub(crate) struct Proxy(pub(crate) String);

impl fmt::Debug for Proxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match reqwest::Url::parse(&self.0) {
            Ok(mut url) => {
                if url.password().is_some() {
                    let _ = url.set_password(Some("redacted"));
                }
                f.write_str(url.as_str())
            }
            Err(_) => f.write_str("<not a URL>"),
        }
    }
}

/// PEM bundles of extra root certificates; `Debug` counts them.
#[derive(Clone, Default)]
pub(crate) struct Certificates(pub(crate) Vec<Vec<u8>>);

impl fmt::Debug for Certificates {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} PEM bundle(s)", self.0.len())
    }
}

/// A client certificate chain and its private key, as PEM; `Debug` shows neither.
#[derive(Clone)]
#[cfg_attr(not(any(feature = "rustls", feature = "native-tls")), allow(dead_code))]
pub(crate) struct Identity {
    pub(crate) certificate: Vec<u8>,
    pub(crate) key: Vec<u8>,
}

impl fmt::Debug for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Identity(<redacted>)")
    }
}

impl Default for Config {
    fn default() -> Self {
        Config::new(DEFAULT_BASE_URL)
    }
}

impl Config {
    /// A configuration for the tenant at `base_url`, such as `https://acme.api.identitynow.com`
    /// (a trailing API version, `/beta` or `/v2025`, is accepted too: each crate adds its own),
    /// without credentials.
    pub fn new(base_url: impl Into<String>) -> Self {
        let base_url = without_api_version(base_url.into().trim_end_matches('/')).to_string();
        Config {
            base_url,
            api_url: None,
            credentials: Credentials::None,
            token_url: None,
            timeout: Some(Duration::from_secs(60)),
            connect_timeout: Duration::from_secs(10),
            user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")).into(),
            retry: RetryPolicy::default(),
            allow_http: false,
            headers: Headers::default(),
            http_client: None,
            proxy: None,
            root_certificates: Certificates::default(),
            identity: None,
            rate_limit: Some(SAILPOINT_RATE_LIMIT),
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

    /// Authenticate with tokens from `provider`: see [`TokenProvider`].
    pub fn token_provider(mut self, provider: impl TokenProvider + 'static) -> Self {
        self.credentials = Credentials::Provider(Arc::new(provider));
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

    /// Send every request, the token endpoint's too, through `client` as it is: for a client
    /// shared with the rest of an application, or with settings this configuration lacks.
    ///
    /// The user agent, timeout and connect timeout set here configure the client this crate
    /// builds, so they are not applied to yours (but the timeout bounds token requests); and
    /// setting a [`header`](Self::header), a
    /// [`proxy`](Self::proxy), root certificates or a client identity as well makes
    /// [`Client::new`](crate::Client::new) fail: set them on `client`.
    ///
    /// With the `rustls` feature reqwest has no crypto provider of its own: build `client` after
    /// installing one (`rustls::crypto::ring::default_provider().install_default()`), or with
    /// a TLS configuration of yours (`tls_backend_preconfigured`).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(HttpClient(client));
        self
    }

    /// Send every request through the proxy at `url` (`http://user:password@proxy:3128`; a
    /// user and password in it are sent as the proxy's basic authentication). Without one,
    /// reqwest's own choice applies (the `HTTPS_PROXY`-style environment variables). A URL
    /// that does not parse makes [`Client::new`](crate::Client::new) fail.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = Some(Proxy(url.into()));
        self
    }

    /// Trust the root certificates in `pem` (one or more PEM blocks) besides the platform's,
    /// for a TLS-inspecting proxy or a private CA. May be called again to add more.
    pub fn add_root_certificates(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.root_certificates.0.push(pem.into());
        self
    }

    /// Present a client certificate: `certificate_chain` as PEM (the client's first) and its
    /// PKCS#8 `private_key` as PEM (the same bytes will do when one file holds both).
    pub fn client_identity(
        mut self,
        certificate_chain: impl Into<Vec<u8>>,
        private_key: impl Into<Vec<u8>>,
    ) -> Self {
        self.identity = Some(Identity {
            certificate: certificate_chain.into(),
            key: private_key.into(),
        });
        self
    }

    /// Send at most `requests` requests in any `per`, waiting before one that would exceed it:
    /// by default SailPoint's limit, 100 per 10 s per token. Everything a client and its clones
    /// send counts (listing, other calls, retries, whichever crate of the family sends it), and
    /// the budget is spread: at most a fifth of it goes out at once, and each fifth of the window
    /// is lengthened by 5% for the time requests take to reach the tenant. Lower it when another
    /// program uses the same token (`rate_limit(50, Duration::from_secs(10))` for half).
    pub fn rate_limit(mut self, requests: u32, per: Duration) -> Self {
        self.rate_limit = Some((requests, per));
        self
    }

    /// Send requests as fast as they come, with no budget: for a server without a rate limit,
    /// such as a local mock. A 429 still holds every request back for its `Retry-After`.
    pub fn no_rate_limit(mut self) -> Self {
        self.rate_limit = None;
        self
    }

    /// Send requests under `api_url` rather than the base URL and the API's path (`/beta`): for
    /// a server that serves the API at another place, such as a mock of the spec at its root.
    /// It applies to every API of a client made from this configuration; to send one API
    /// elsewhere, set it on that crate's client instead (its `with_api_url`).
    pub fn with_api_url(mut self, api_url: impl Into<String>) -> Self {
        self.api_url = Some(api_url.into().trim_end_matches('/').to_string());
        self
    }

    /// The tenant's base URL, without the API version.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The URL the request paths of the API at `api_path` (`/beta`; empty for SailPoint's
    /// versioned API) are appended to: the base URL and `api_path`, unless
    /// [`with_api_url`](Self::with_api_url) says otherwise.
    pub fn api_url(&self, api_path: &str) -> String {
        self.api_url
            .clone()
            .unwrap_or_else(|| format!("{}{api_path}", self.base_url))
    }

    pub(crate) fn token_endpoint(&self) -> String {
        self.token_url
            .clone()
            .unwrap_or_else(|| format!("{}/oauth/token", self.base_url))
    }

    /// From the environment variables SailPoint's SDKs and CLI use: `SAIL_BASE_URL` (the tenant
    /// URL without a version), `SAIL_CLIENT_ID` and `SAIL_CLIENT_SECRET`.
    pub fn from_env() -> Result<Self, Error> {
        let variable = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let base_url = variable("SAIL_BASE_URL")
            .ok_or_else(|| Error::Config("SAIL_BASE_URL is not set".into()))?;
        let config = Config::new(base_url);
        match (variable("SAIL_CLIENT_ID"), variable("SAIL_CLIENT_SECRET")) {
            (Some(id), Some(secret)) => Ok(config.client_credentials(id, secret)),
            (None, None) => Err(Error::Config(
                "SAIL_CLIENT_ID and SAIL_CLIENT_SECRET are not set".into(),
            )),
            (None, Some(_)) => Err(Error::Config(
                "SAIL_CLIENT_SECRET is set but SAIL_CLIENT_ID is not".into(),
            )),
            (Some(_), None) => Err(Error::Config(
                "SAIL_CLIENT_ID is set but SAIL_CLIENT_SECRET is not".into(),
            )),
        }
    }

    /// From a `config.json` as SailPoint's SDKs read it:
    /// `{"BaseURL": "...", "ClientId": "...", "ClientSecret": "..."}`. A leading `~` in `path`
    /// is the home folder.
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
        let path = &expand_home(path.as_ref(), home_dir(cfg!(windows), env).as_deref())?;
        let text = read(path)?;
        let file: File = serde_json::from_str(&text)
            .map_err(|e| Error::Config(format!("{}: {e}", path.display())))?;
        Ok(Config::new(file.base_url).client_credentials(file.client_id, file.client_secret))
    }

    /// From the `sail` CLI's `~/.sailpoint/config.yaml`: its active environment's `baseurl` and
    /// personal access token (`pat.clientid`, `pat.clientsecret`). A leading `~` in `path` is
    /// the home folder (`HOME`; on Windows `USERPROFILE`, else `HOMEDRIVE` and `HOMEPATH`).
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
        let path = &expand_home(path.as_ref(), home_dir(cfg!(windows), env).as_deref())?;
        let text = read(path)?;
        let file: File = serde_norway::from_str(&text)
            .map_err(|e| Error::Config(format!("{}: {e}", path.display())))?;
        let environment = file
            .environments
            .get(&file.activeenvironment)
            .ok_or_else(|| {
                Error::Config(format!(
                    "{}: the active environment `{}` is not among `environments`",
                    path.display(),
                    file.activeenvironment
                ))
            })?;
        let pat = environment.pat.as_ref().ok_or_else(|| {
            Error::Config(format!(
                "{}: environment `{}` has no `pat`",
                path.display(),
                file.activeenvironment
            ))
        })?;
        Ok(Config::new(&environment.baseurl).client_credentials(&pat.clientid, &pat.clientsecret))
    }

    /// Where SailPoint's SDKs look, in their order: the environment (when `SAIL_BASE_URL` is
    /// set), then `./config.json`, then the CLI's `~/.sailpoint/config.yaml`.
    // Inline, so that the readers of both files (generic, like `from_json_file`) are compiled
    // only in a program that loads its configuration from them.
    #[inline]
    pub fn load() -> Result<Self, Error> {
        if std::env::var_os("SAIL_BASE_URL").is_some() {
            return Config::from_env();
        }
        let json = PathBuf::from("config.json");
        if json.exists() {
            return Config::from_json_file(json);
        }
        let cli =
            home_dir(cfg!(windows), env).map(|home| home.join(".sailpoint").join("config.yaml"));
        match cli {
            Some(cli) if cli.exists() => Config::from_cli_file(cli),
            _ => Err(Error::Config(
                "no configuration: set SAIL_BASE_URL, SAIL_CLIENT_ID and SAIL_CLIENT_SECRET, or write ./config.json or ~/.sailpoint/config.yaml".into(),
            )),
        }
    }
}

fn env(name: &str) -> Option<OsString> {
    std::env::var_os(name)
}

/// The home folder, from the variables `var` reads: `HOME`; on Windows `USERPROFILE` (where the
/// `sail` CLI writes), else `HOMEDRIVE` and `HOMEPATH`, else `HOME` (Git Bash sets it).
fn home_dir(windows: bool, var: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let set = |name: &str| var(name).filter(|value| !value.is_empty());
    let home = if windows {
        set("USERPROFILE")
            .or_else(|| {
                let mut home = set("HOMEDRIVE")?;
                home.push(set("HOMEPATH")?);
                Some(home)
            })
            .or_else(|| set("HOME"))
    } else {
        set("HOME")
    };
    home.map(PathBuf::from)
}

/// `path` with a leading `~` component replaced by `home` (`~user` is left alone).
fn expand_home(path: &Path, home: Option<&Path>) -> Result<PathBuf, Error> {
    let mut components = path.components();
    match components.next() {
        Some(Component::Normal(first)) if first == "~" => {
            let home = home.ok_or_else(|| {
                Error::Config(format!(
                    "{}: the home folder is not known (HOME, or USERPROFILE on Windows, is not set)",
                    path.display()
                ))
            })?;
            let rest = components.as_path();
            Ok(if rest.as_os_str().is_empty() {
                home.to_path_buf()
            } else {
                home.join(rest)
            })
        }
        _ => Ok(path.to_path_buf()),
    }
}

/// `base_url` without a trailing API version (`/beta`, `/v3`, `/v2025`): what the tenant's URL is
/// for every crate of the family, each of which adds its own.
fn without_api_version(base_url: &str) -> &str {
    match base_url.rsplit_once('/') {
        Some((tenant, version)) if is_api_version(version) && !tenant.ends_with('/') => tenant,
        _ => base_url,
    }
}

/// `beta`, or `v` and digits.
fn is_api_version(segment: &str) -> bool {
    segment == "beta"
        || segment
            .strip_prefix('v')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

fn read(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|e| Error::Config(format!("{}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let pairs: Vec<(String, OsString)> = pairs
            .iter()
            .map(|(name, value)| (name.to_string(), OsString::from(value)))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, value)| value.clone())
        }
    }

    #[test]
    fn a_trailing_api_version_is_left_to_each_crate() {
        for url in [
            "https://acme.api.identitynow.com",
            "https://acme.api.identitynow.com/",
            "https://acme.api.identitynow.com/beta",
            "https://acme.api.identitynow.com/v3/",
            "https://acme.api.identitynow.com/v2025",
        ] {
            assert_eq!(
                Config::new(url).base_url(),
                "https://acme.api.identitynow.com"
            );
        }
        assert_eq!(
            Config::new("http://127.0.0.1:4010/mock/v").base_url(),
            "http://127.0.0.1:4010/mock/v"
        );
        assert_eq!(Config::new("https://v3").base_url(), "https://v3");
        let config = Config::new("https://acme.api.identitynow.com/beta");
        assert_eq!(
            config.api_url("/beta"),
            "https://acme.api.identitynow.com/beta"
        );
        assert_eq!(config.api_url(""), "https://acme.api.identitynow.com");
        let mock = config.with_api_url("http://127.0.0.1:4010/");
        assert_eq!(mock.api_url("/beta"), "http://127.0.0.1:4010");
    }

    #[test]
    fn the_home_folder_is_found_as_each_system_sets_it() {
        let home = |windows, pairs: &[(&str, &str)]| home_dir(windows, vars(pairs));
        assert_eq!(
            home(false, &[("HOME", "/home/ada")]),
            Some("/home/ada".into())
        );
        assert_eq!(home(false, &[("USERPROFILE", r"C:\Users\ada")]), None);
        let windows = [
            ("USERPROFILE", r"C:\Users\ada"),
            ("HOMEDRIVE", "D:"),
            ("HOMEPATH", r"\ada"),
            ("HOME", "/c/git-bash"),
        ];
        assert_eq!(home(true, &windows), Some(r"C:\Users\ada".into()));
        assert_eq!(home(true, &windows[1..]), Some(r"D:\ada".into()));
        assert_eq!(
            home(true, &windows[2..]),
            Some("/c/git-bash".into()),
            "HOMEPATH alone is no home"
        );
        assert_eq!(
            home(true, &[("USERPROFILE", ""), ("HOME", "/h")]),
            Some("/h".into())
        );
        assert_eq!(home(true, &[]), None);
    }

    #[test]
    fn a_leading_tilde_is_the_home_folder() {
        let home = Path::new("/home/ada");
        let expand = |path: &str| expand_home(Path::new(path), Some(home)).unwrap();
        assert_eq!(
            expand("~/.sailpoint/config.yaml"),
            home.join(".sailpoint/config.yaml")
        );
        assert_eq!(expand("~"), home);
        assert_eq!(
            expand("~ada/config.yaml"),
            PathBuf::from("~ada/config.yaml")
        );
        assert_eq!(expand("/etc/~/x"), PathBuf::from("/etc/~/x"));
        assert_eq!(expand("config.json"), PathBuf::from("config.json"));
        let unknown = expand_home(Path::new("~/x"), None).unwrap_err();
        assert!(unknown.to_string().contains("home folder"), "{unknown}");
        assert_eq!(
            expand_home(Path::new("x"), None).unwrap(),
            PathBuf::from("x")
        );
    }
}

//! Access tokens: from client credentials or a [`TokenProvider`], fetched once, shared by
//! concurrent calls, refreshed before they expire and after the API rejects them.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config::{Config, Credentials};
use crate::{Error, RetryPolicy};

/// An access token and, when known, when it expires.
#[derive(Clone)]
pub struct AccessToken {
    value: Arc<str>,
    expires_at: Option<Instant>,
}

impl AccessToken {
    /// A token with no known expiry: used until the API rejects it with a 401.
    pub fn new(value: impl Into<String>) -> Self {
        AccessToken {
            value: Arc::from(value.into()),
            expires_at: None,
        }
    }

    /// The token expires `lifetime` from now (an OAuth2 answer's `expires_in`).
    pub fn expires_in(self, lifetime: Duration) -> Self {
        match Instant::now().checked_add(lifetime) {
            Some(at) => self.expires_at(at),
            // Too far off to represent: as good as never.
            None => self,
        }
    }

    /// The token expires at `at`.
    pub fn expires_at(mut self, at: Instant) -> Self {
        self.expires_at = Some(at);
        self
    }

    /// The token as sent after `Bearer `.
    pub fn secret(&self) -> &str {
        &self.value
    }

    /// When the token expires, if known.
    pub fn expiry(&self) -> Option<Instant> {
        self.expires_at
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("value", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// What [`TokenProvider::token`] returns: a boxed future, so that the trait needs no macro
/// crate and stays usable as `dyn TokenProvider`.
pub type TokenFuture<'a> = Pin<Box<dyn Future<Output = Result<AccessToken, Error>> + Send + 'a>>;

/// A source of access tokens other than client credentials: a vault, another OAuth2 flow, a
/// token another process refreshes. Set it with
/// [`Config::token_provider`](crate::Config::token_provider).
///
/// The client caches the token and asks again when it is about to expire (a tenth of its
/// lifetime before, at most five minutes) or after the API answered 401 to it; concurrent calls
/// wait for one such request. A closure returning a future of `Result<AccessToken, Error>`
/// (`|| async { .. }`) is a provider; so is an [`AccessToken`], which asked again gives itself.
///
/// Implement it with `fn token(&self) -> TokenFuture<'_> { Box::pin(async move { .. }) }`.
pub trait TokenProvider: Send + Sync {
    /// A token to send; an error fails the call that needed it.
    fn token(&self) -> TokenFuture<'_>;
}

impl<F, Fut> TokenProvider for F
where
    F: Fn() -> Fut + Send + Sync,
    Fut: Future<Output = Result<AccessToken, Error>> + Send + 'static,
{
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(self())
    }
}

impl TokenProvider for AccessToken {
    fn token(&self) -> TokenFuture<'_> {
        let token = self.clone();
        Box::pin(async move { Ok(token) })
    }
}

pub(crate) struct Auth {
    source: Source,
    retry: RetryPolicy,
    timeout: Option<Duration>,
    /// Held while a token is fetched, so that concurrent calls wait for that one request.
    cached: tokio::sync::Mutex<Option<Cached>>,
}

enum Source {
    None,
    Provider {
        provider: Arc<dyn TokenProvider>,
        refreshable: bool,
    },
    ClientCredentials {
        client_id: String,
        client_secret: String,
        token_url: String,
    },
}

struct Cached {
    value: Arc<str>,
    refresh_at: Option<Instant>,
}

impl Cached {
    fn new(token: AccessToken) -> Self {
        // Refresh a tenth of the lifetime (at most five minutes) before expiry.
        let refresh_at = token.expires_at.map(|expires_at| {
            let lifetime = expires_at.saturating_duration_since(Instant::now());
            expires_at - (lifetime / 10).min(Duration::from_secs(300))
        });
        Cached {
            value: token.value,
            refresh_at,
        }
    }

    fn fresh(&self) -> bool {
        self.refresh_at.is_none_or(|at| Instant::now() < at)
    }
}

#[derive(serde::Deserialize)]
struct TokenResponse {
    access_token: String,
    expires_in: Option<u64>,
}

impl Auth {
    pub(crate) fn new(config: &Config) -> Self {
        let source = match &config.credentials {
            Credentials::ClientCredentials {
                client_id,
                client_secret,
            } => Source::ClientCredentials {
                client_id: client_id.clone(),
                client_secret: client_secret.clone(),
                token_url: config.token_endpoint(),
            },
            // Asking again would give the same token: a 401 is final.
            Credentials::AccessToken(token) => Source::Provider {
                provider: Arc::new(AccessToken::new(token.as_str())),
                refreshable: false,
            },
            Credentials::Provider(provider) => Source::Provider {
                provider: Arc::clone(provider),
                refreshable: true,
            },
            Credentials::None => Source::None,
        };
        Auth {
            source,
            retry: config.retry.clone(),
            timeout: config.timeout,
            cached: tokio::sync::Mutex::new(None),
        }
    }

    /// Whether a rejected token can be replaced by a fresh one.
    pub(crate) fn refreshable(&self) -> bool {
        match &self.source {
            Source::None => false,
            Source::Provider { refreshable, .. } => *refreshable,
            Source::ClientCredentials { .. } => true,
        }
    }

    /// The token to send, fetching or refreshing it when needed.
    pub(crate) async fn token(&self, http: &reqwest::Client) -> Result<Option<Arc<str>>, Error> {
        if let Source::None = self.source {
            return Ok(None);
        }
        let mut cached = self.cached.lock().await;
        if let Some(token) = cached.as_ref().filter(|t| t.fresh()) {
            return Ok(Some(Arc::clone(&token.value)));
        }
        let token = match &self.source {
            Source::None => return Ok(None),
            Source::Provider { provider, .. } => provider.token().await?,
            Source::ClientCredentials {
                client_id,
                client_secret,
                token_url,
            } => {
                self.fetch(http, token_url, client_id, client_secret)
                    .await?
            }
        };
        let token = Cached::new(token);
        let value = Arc::clone(&token.value);
        *cached = Some(token);
        Ok(Some(value))
    }

    /// Forgets `rejected` (if it is still the cached token), so the next call fetches anew.
    pub(crate) async fn reject(&self, rejected: &str) {
        let mut cached = self.cached.lock().await;
        if cached.as_ref().is_some_and(|t| &*t.value == rejected) {
            *cached = None;
        }
    }

    /// Exchanges client credentials for a token, retrying as the policy allows. Getting a
    /// token changes nothing on the server, so every status the policy retries is retried.
    async fn fetch(
        &self,
        http: &reqwest::Client,
        token_url: &str,
        client_id: &str,
        client_secret: &str,
    ) -> Result<AccessToken, Error> {
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", client_id),
            ("client_secret", client_secret),
        ];
        let mut attempt = 0;
        loop {
            attempt += 1;
            let started = Instant::now();
            let mut request = http.post(token_url).form(&form);
            // Set per request: an application's own HTTP client may have no timeout.
            if let Some(timeout) = self.timeout {
                request = request.timeout(timeout);
            }
            let response = match request.send().await {
                Ok(response) => response,
                Err(source) => match self.retry.after_error(attempt, &source, true) {
                    Some(wait) => {
                        tracing::debug!(attempt, error = %source, "retrying the token request");
                        tokio::time::sleep(wait).await;
                        continue;
                    }
                    None => {
                        return Err(Error::TokenRequest {
                            url: token_url.to_owned(),
                            source,
                        });
                    }
                },
            };
            let status = response.status().as_u16();
            if !response.status().is_success() {
                if let Some(wait) =
                    self.retry
                        .after_status(attempt, status, response.headers(), true)
                {
                    tracing::debug!(attempt, status, "retrying the token request");
                    tokio::time::sleep(wait).await;
                    continue;
                }
                let headers = Box::new(response.headers().clone());
                let body = response
                    .bytes()
                    .await
                    .map_or_else(|_| Vec::new(), |b| b.to_vec());
                return Err(Error::TokenStatus {
                    url: token_url.to_owned(),
                    status,
                    headers,
                    body,
                });
            }
            let body = response
                .bytes()
                .await
                .map_err(|source| Error::TokenRequest {
                    url: token_url.to_owned(),
                    source,
                })?;
            let token: TokenResponse = serde_json::from_slice(&body)
                .map_err(|e| Error::Auth(format!("the token response is not understood: {e}")))?;
            tracing::debug!(
                elapsed_ms = started.elapsed().as_millis() as u64,
                attempt,
                expires_in = token.expires_in,
                "fetched an access token"
            );
            let lifetime = Duration::from_secs(token.expires_in.unwrap_or(600));
            let token = AccessToken::new(token.access_token);
            return Ok(match started.checked_add(lifetime) {
                Some(at) => token.expires_at(at),
                None => token,
            });
        }
    }
}

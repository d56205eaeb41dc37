//! Access tokens from client credentials: fetched once, shared by concurrent calls, refreshed
//! before they expire.

use std::sync::Arc;
use std::time::{Duration, Instant};
use crate::config::{Config, Credentials};
use crate::Error;

pub(crate) struct Auth {
    credentials: Credentials,
    token_url: String,
    /// Held while a token is fetched, so that concurrent calls wait for that one request.
    cached: tokio::sync::Mutex<Option<Token>>,
}

struct Token {
    value: Arc<str>,
    refresh_at: Instant,
}

#[derive(serde::Deserialize)]
struct TokenResponse {
    access_token: String,
    expires_in: Option<u64>,
}

impl Auth {
    pub(crate) fn new(config: &Config) -> Self {
        Auth {
            credentials: config.credentials.clone(),
            token_url: config.token_endpoint(),
            cached: tokio::sync::Mutex::new(None),
        }
    }

    /// Whether a rejected token can be replaced by a fresh one.
    pub(crate) fn refreshable(&self) -> bool {
        matches!(self.credentials, Credentials::ClientCredentials { .. })
    }

    /// The token to send, fetching or refreshing it when needed.
    pub(crate) async fn token(
        &self,
        http: &reqwest::Client,
    ) -> Result<Option<Arc<str>>, Error> {
        let (client_id, client_secret) = match &self.credentials {
            Credentials::ClientCredentials { client_id, client_secret } => {
                (client_id, client_secret)
            }
            Credentials::AccessToken(token) => return Ok(Some(Arc::from(token.as_str()))),
            Credentials::None => return Ok(None),
        };
        let mut cached = self.cached.lock().await;
        if let Some(token) = cached.as_ref().filter(|t| Instant::now() < t.refresh_at) {
            return Ok(Some(Arc::clone(&token.value)));
        }
        let token = self.fetch(http, client_id, client_secret).await?;
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

    async fn fetch(
        &self,
        http: &reqwest::Client,
        client_id: &str,
        client_secret: &str,
    ) -> Result<Token, Error> {
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", client_id),
            ("client_secret", client_secret),
        ];
        let started = Instant::now();
        let response = http
            .post(&self.token_url)
            .form(&form)
            .send()
            .await
            .map_err(|e| Error::Auth(
                format!("the token request to {} failed: {e}", self.token_url),
            ))?;
        let status = response.status();
        let body = response
            .bytes()
            .await
            .map_err(|e| Error::Auth(format!("reading the token response: {e}")))?;
        if !status.is_success() {
            return Err(
                Error::Auth(
                    format!(
                        "{} answered {status}: {}", self.token_url,
                        String::from_utf8_lossy(& body)
                    ),
                ),
            );
        }
        let token: TokenResponse = serde_json::from_slice(&body)
            .map_err(|e| Error::Auth(
                format!("the token response is not understood: {e}"),
            ))?;
        tracing::debug!(
            elapsed_ms = started.elapsed().as_millis() as u64, expires_in = token
            .expires_in, "fetched an access token"
        );
        let lifetime = Duration::from_secs(token.expires_in.unwrap_or(600));
        let margin = (lifetime / 10).min(Duration::from_secs(300));
        Ok(Token {
            value: Arc::from(token.access_token),
            refresh_at: started + lifetime - margin,
        })
    }
}

//! The client every API area borrows: configuration, tokens, the connection pool, and the
//! send loop (authentication, retries, tracing) every operation goes through.

use std::fmt;
use std::sync::Arc;
use std::time::Instant;
use crate::auth::Auth;
use crate::error::{OperationError, SdkError, ServiceError};
use crate::{Config, Error};

/// A client for Multi File Fixture. Cheap to clone: clones share one connection pool and one token.
///
/// Each API area is a method: `client.identities()`.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    config: Config,
    api_url: String,
    http: reqwest::Client,
    auth: Auth,
}

impl Client {
    /// A client with `config`; fails if the configuration cannot work (a base URL that is not
    /// an https URL, say).
    pub fn new(config: Config) -> Result<Self, Error> {
        let api_url = config.api_url();
        let url = reqwest::Url::parse(&api_url)
            .map_err(|e| Error::Config(
                format!("the base URL `{}` is not a URL: {e}", config.base_url()),
            ))?;
        match url.scheme() {
            "https" => {}
            "http" if config.allow_http => {}
            "http" => {
                return Err(
                    Error::Config(
                        format!(
                            "the base URL `{}` is plain http; use https, or allow_http(true) for a local server",
                            config.base_url()
                        ),
                    ),
                );
            }
            other => {
                return Err(
                    Error::Config(
                        format!(
                            "the base URL `{}` has the scheme `{other}`, not https",
                            config.base_url()
                        ),
                    ),
                );
            }
        }
        if rustls::crypto::CryptoProvider::get_default().is_none() {
            let _ = rustls::crypto::ring::default_provider().install_default();
        }
        let mut http = reqwest::Client::builder()
            .user_agent(&config.user_agent)
            .connect_timeout(config.connect_timeout)
            .default_headers(default_headers(&config)?);
        if let Some(timeout) = config.timeout {
            http = http.timeout(timeout);
        }
        let http = http
            .build()
            .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?;
        let auth = Auth::new(&config);
        Ok(Client {
            inner: Arc::new(Inner {
                config,
                api_url,
                http,
                auth,
            }),
        })
    }

    /// A client configured from the environment: see [`Config::from_env`].
    pub fn from_env() -> Result<Self, Error> {
        Client::new(Config::from_env()?)
    }

    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    pub(crate) fn request(
        &self,
        method: reqwest::Method,
        path: &str,
    ) -> reqwest::RequestBuilder {
        self.inner.http.request(method, format!("{}{path}", self.inner.api_url))
    }

    /// Sends `request` with a token, retrying as the policy allows; a status outside 2xx comes
    /// back as the operation's [`SdkError::Service`].
    pub(crate) async fn execute<E: OperationError>(
        &self,
        operation: &'static str,
        request: reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, SdkError<E>> {
        let http_error = |source| SdkError::Other(Error::Http { operation, source });
        let request = request.build().map_err(http_error)?;
        let method = request.method().clone();
        let idempotent = method.is_idempotent();
        let repeatable = request.try_clone().is_some();
        let retry = &self.inner.config.retry;
        let mut original = Some(request);
        let mut refreshed = false;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut this_try = match original
                .as_ref()
                .and_then(reqwest::Request::try_clone)
            {
                Some(copy) => copy,
                None => {
                    match original.take() {
                        Some(request) => request,
                        None => {
                            return Err(
                                SdkError::Other(
                                    Error::Config(
                                        "a streamed request body cannot be sent twice".into(),
                                    ),
                                ),
                            );
                        }
                    }
                }
            };
            let token = self.inner.auth.token(&self.inner.http).await?;
            if let Some(token) = &token {
                let value = reqwest::header::HeaderValue::from_str(
                        &format!("Bearer {token}"),
                    )
                    .map_err(|_| Error::Auth(
                        "the access token is not a valid header value".into(),
                    ))?;
                this_try.headers_mut().insert(reqwest::header::AUTHORIZATION, value);
            }
            let started = Instant::now();
            let result = self.inner.http.execute(this_try).await;
            let elapsed_ms = started.elapsed().as_millis() as u64;
            match result {
                Ok(response) => {
                    let status = response.status().as_u16();
                    tracing::debug!(
                        operation, % method, status, attempt, elapsed_ms, "response"
                    );
                    if response.status().is_success() {
                        return Ok(response);
                    }
                    if status == 401 && !refreshed && repeatable
                        && self.inner.auth.refreshable()
                    {
                        if let Some(token) = &token {
                            self.inner.auth.reject(token).await;
                        }
                        refreshed = true;
                        attempt -= 1;
                        continue;
                    }
                    match retry
                        .after_status(attempt, status, response.headers(), idempotent)
                        .filter(|_| repeatable)
                    {
                        Some(wait) => {
                            tracing::debug!(
                                operation, status, attempt, wait_ms = wait.as_millis() as
                                u64, "retrying"
                            );
                            tokio::time::sleep(wait).await;
                        }
                        None => return Err(service_error(operation, response).await),
                    }
                }
                Err(error) => {
                    tracing::debug!(
                        operation, % method, attempt, elapsed_ms, error = % error,
                        "request failed"
                    );
                    match retry
                        .after_error(attempt, &error, idempotent)
                        .filter(|_| repeatable)
                    {
                        Some(wait) => tokio::time::sleep(wait).await,
                        None => return Err(http_error(error)),
                    }
                }
            }
        }
    }
}

async fn service_error<E: OperationError>(
    operation: &'static str,
    response: reqwest::Response,
) -> SdkError<E> {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = match response.bytes().await {
        Ok(body) => body.to_vec(),
        Err(source) => return SdkError::Other(Error::Http { operation, source }),
    };
    match E::decode(status, &body) {
        Ok(error) => {
            SdkError::Service(
                Box::new(ServiceError {
                    operation,
                    status,
                    headers,
                    body,
                    error,
                }),
            )
        }
        Err(failure) => {
            SdkError::Other(Error::Decode {
                operation,
                status,
                path: failure.path,
                message: failure.message,
                body,
            })
        }
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client").field("config", &self.inner.config).finish()
    }
}

/// The configured extra headers, checked.
fn default_headers(config: &Config) -> Result<reqwest::header::HeaderMap, Error> {
    let mut headers = reqwest::header::HeaderMap::new();
    for (name, value) in &config.headers.0 {
        let header = reqwest::header::HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| Error::Config(format!("`{name}` is not a valid header name")))?;
        let value = reqwest::header::HeaderValue::from_str(value)
            .map_err(|_| Error::Config(
                format!("the value of the header `{name}` is not a valid header value"),
            ))?;
        headers.append(header, value);
    }
    Ok(headers)
}

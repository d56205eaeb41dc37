//! The client every API area borrows: configuration, tokens, the connection pool, and the
//! send loop (authentication, retries, tracing) every operation goes through.

use std::fmt;
use std::sync::Arc;
use std::time::Instant;

use crate::auth::Auth;
use crate::error::{OperationError, SdkError, ServiceError};
use crate::rate_limit::RateLimiter;
use crate::request::Options;
use crate::{Config, Error};

/// The client every crate of the family shares: configuration, one connection pool, one token
/// cache and one rate limit for a tenant. Cheap to clone: clones share all of it.
///
/// Each generated crate's `Client` wraps one (`sailpoint_beta::Client::from(shared.clone())`),
/// so that the beta API and the versioned API can be called through one token and one budget.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    config: Config,
    http: reqwest::Client,
    auth: Auth,
    /// Waited on before each attempt: the token's budget, and the pause a 429 asks for.
    rate_limit: RateLimiter,
}

impl Client {
    /// A client with `config`; fails if the configuration cannot work (a base URL that is not
    /// an https URL, say).
    pub fn new(config: Config) -> Result<Self, Error> {
        check_url(&config, config.base_url())?;
        check_url(&config, &config.api_url(""))?;
        let http = crate::transport::http_client(&config, default_headers(&config)?)?;
        let auth = Auth::new(&config);
        let rate_limit = RateLimiter::new(config.rate_limit);
        Ok(Client {
            inner: Arc::new(Inner {
                config,
                http,
                auth,
                rate_limit,
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

    /// Whether `self` and `other` are clones of one client, sharing its token and rate limit.
    pub fn shares_with(&self, other: &Client) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }

    /// What the rate limit allows a listing: requests at once and per second; `None` without one.
    pub(crate) fn budget(&self) -> Option<crate::pagination::Budget> {
        let limiter = &self.inner.rate_limit;
        Some(crate::pagination::Budget {
            burst: limiter.burst()?,
            per_second: limiter.rate()?,
        })
    }

    /// A request to `path` under the tenant's base URL (`/v3/search`), for raw requests.
    pub(crate) fn base_request(
        &self,
        method: reqwest::Method,
        path: &str,
    ) -> reqwest::RequestBuilder {
        let base_url = self.inner.config.base_url();
        self.inner.http.request(method, format!("{base_url}{path}"))
    }

    /// A request to `url`, for operations: see [`ApiClient`](crate::ApiClient).
    pub(crate) fn request(&self, method: reqwest::Method, url: String) -> reqwest::RequestBuilder {
        self.inner.http.request(method, url)
    }

    /// Sends the request `build` makes, with a token, retrying as the policy allows; a status
    /// outside 2xx comes back as the operation's [`SdkError::Service`]. The request is built
    /// anew for each attempt, so that a body that streams (a multipart upload) can be sent again.
    pub(crate) async fn execute<E: OperationError>(
        &self,
        operation: &'static str,
        options: &Options,
        build: &(dyn Fn() -> Result<reqwest::RequestBuilder, Error> + Sync),
    ) -> Result<reqwest::Response, SdkError<E>> {
        match self.attempts(operation, options, build).await {
            Ok(response) => Ok(response),
            Err(Failed::Error(error)) => Err(SdkError::Other(error)),
            Err(Failed::Status(response)) => Err(service_error(operation, response).await),
        }
    }

    /// The send loop of [`execute`](Self::execute), the same for every operation: it is
    /// compiled once, not once per operation's error type.
    async fn attempts(
        &self,
        operation: &'static str,
        options: &Options,
        build: &(dyn Fn() -> Result<reqwest::RequestBuilder, Error> + Sync),
    ) -> Result<reqwest::Response, Failed> {
        let http_error = |source| Error::Http { operation, source };
        let retry = &self.inner.config.retry;
        let first_started = Instant::now();
        let timed_out = || Error::Timeout {
            operation,
            after: first_started.elapsed(),
        };
        // Whether waiting `wait` before another attempt still ends before the deadline.
        let in_time = |wait: std::time::Duration| {
            options
                .deadline
                .is_none_or(|deadline| first_started.elapsed() + wait < deadline)
        };
        let mut refreshed = false;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut request = build()?.build().map_err(http_error)?;
            // The configured timeout, set here too for a client the application built.
            if let Some(timeout) = options.timeout.or(self.inner.config.timeout) {
                *request.timeout_mut() = Some(timeout);
            }
            let method = request.method().clone();
            let idempotent = method.is_idempotent();
            let started = Instant::now();
            let sent = async {
                let token = match options.anonymous {
                    true => None,
                    false => self.inner.auth.token(&self.inner.http).await?,
                };
                if let Some(token) = &token {
                    let value = reqwest::header::HeaderValue::from_str(&format!("Bearer {token}"))
                        .map_err(|_| {
                            Error::Auth("the access token is not a valid header value".into())
                        })?;
                    request
                        .headers_mut()
                        .insert(reqwest::header::AUTHORIZATION, value);
                }
                self.inner.rate_limit.acquire().await;
                Ok::<_, Error>((token, self.inner.http.execute(request).await))
            };
            let (token, result) = match options.deadline {
                Some(deadline) => {
                    let remaining = deadline.saturating_sub(first_started.elapsed());
                    tokio::time::timeout(remaining, sent)
                        .await
                        .map_err(|_| timed_out())??
                }
                None => sent.await?,
            };
            let elapsed_ms = started.elapsed().as_millis() as u64;
            match result {
                Ok(response) => {
                    let status = response.status().as_u16();
                    tracing::debug!(operation, %method, status, attempt, elapsed_ms, "response");
                    if response.status().is_success() {
                        return Ok(response);
                    }
                    if status == 401 && !refreshed && self.inner.auth.refreshable() {
                        if let Some(token) = &token {
                            self.inner.auth.reject(token).await;
                        }
                        refreshed = true;
                        attempt -= 1;
                        continue;
                    }
                    match retry
                        .after_status(attempt, status, response.headers(), idempotent)
                        .filter(|&wait| in_time(wait))
                    {
                        Some(wait) => {
                            if status == 429 {
                                self.inner.rate_limit.pause(wait);
                            }
                            tracing::debug!(
                                operation,
                                status,
                                attempt,
                                wait_ms = wait.as_millis() as u64,
                                "retrying"
                            );
                            tokio::time::sleep(wait).await;
                        }
                        None => {
                            if status == 429 {
                                // Not retried, but the tenant's wait still holds for the token.
                                let wait = crate::retry::retry_after(response.headers());
                                self.inner
                                    .rate_limit
                                    .pause(wait.unwrap_or_default().min(retry.max_wait));
                            }
                            return Err(Failed::Status(response));
                        }
                    }
                }
                Err(error) => {
                    tracing::debug!(operation, %method, attempt, elapsed_ms, error = %error, "request failed");
                    match retry
                        .after_error(attempt, &error, idempotent)
                        .filter(|&wait| in_time(wait))
                    {
                        Some(wait) => tokio::time::sleep(wait).await,
                        None => return Err(Failed::Error(http_error(error))),
                    }
                }
            }
        }
    }
}

/// How the send loop ended, short of a success.
enum Failed {
    /// No response to give: the error says why.
    Error(Error),
    /// The server answered with a status outside 2xx, retried as far as the policy allows.
    Status(reqwest::Response),
}

impl From<Error> for Failed {
    fn from(error: Error) -> Self {
        Failed::Error(error)
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
    let error = match E::decode(status, &body) {
        Ok(error) => error,
        Err(_) if !is_json(&body) => E::undeclared(),
        Err(failure) => {
            return SdkError::Other(Error::Decode {
                operation,
                status,
                path: failure.path,
                message: failure.message,
                body,
            });
        }
    };
    SdkError::Service(Box::new(ServiceError {
        operation,
        status,
        headers,
        body,
        error,
    }))
}

/// Whether `body` is one JSON value: a body that is not is no spec's error type, but one that is
/// and does not decode is a mismatch with the spec worth reporting as such.
fn is_json(body: &[u8]) -> bool {
    serde_json::from_slice::<serde::de::IgnoredAny>(body).is_ok()
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.inner.config)
            .finish()
    }
}

/// Fails unless `url` parses and is https (or http where the configuration allows it).
fn check_url(config: &Config, url: &str) -> Result<(), Error> {
    let parsed = reqwest::Url::parse(url)
        .map_err(|e| Error::Config(format!("the base URL `{url}` is not a URL: {e}")))?;
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if config.allow_http => Ok(()),
        "http" => Err(Error::Config(format!(
            "the base URL `{url}` is plain http; use https, or allow_http(true) for a local server"
        ))),
        other => Err(Error::Config(format!(
            "the base URL `{url}` has the scheme `{other}`, not https"
        ))),
    }
}

/// The configured extra headers, checked.
fn default_headers(config: &Config) -> Result<reqwest::header::HeaderMap, Error> {
    let mut headers = reqwest::header::HeaderMap::new();
    for (name, value) in &config.headers.0 {
        let (name, value) = header(name, value)?;
        headers.append(name, value);
    }
    Ok(headers)
}

/// A header a caller gave as text, checked.
pub(crate) fn header(
    name: &str,
    value: &str,
) -> Result<(reqwest::header::HeaderName, reqwest::header::HeaderValue), Error> {
    let header = reqwest::header::HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| Error::Config(format!("`{name}` is not a valid header name")))?;
    let value = reqwest::header::HeaderValue::from_str(value).map_err(|_| {
        Error::Config(format!(
            "the value of the header `{name}` is not a valid header value"
        ))
    })?;
    Ok((header, value))
}

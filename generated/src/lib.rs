//! A typed async client for Identity Security Cloud Beta API (3.1.0-beta), generated from its OpenAPI spec:
//! 559 operations in 73 API areas, 1516 model types.
//!
//! ```no_run
//! use sailpoint_beta::{Client, Config};
//!
//! # async fn run() -> Result<(), sailpoint_beta::Error> {
//! // SAIL_BASE_URL, SAIL_CLIENT_ID and SAIL_CLIENT_SECRET, as SailPoint's SDKs and CLI use them.
//! let client = Client::new(Config::from_env()?)?;
//! let response = client.identities().list_identities().limit(10).send().await?;
//! println!("{response:#?}");
//! # Ok(())
//! # }
//! ```
//!
//! The client fetches OAuth2 tokens with the client credentials and refreshes them before they
//! expire; retries 429s after their `Retry-After` and 502/503/504s and connection failures with
//! backoff ([`RetryPolicy`]); returns each operation's error statuses typed
//! ([`SdkError::Service`]); reads paged lists as streams (`.items()`); and logs each request
//! with `tracing`, never to stdout.
//!
//! Each API area is a cargo feature (all are on by default): with `default-features = false`
//! and, say, `features = ["access-model-metadata"]`, only that area and the models it uses are
//! compiled. The `webhooks` feature brings in the payload types of the events the API sends to
//! subscribers.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(not(feature = "full"), allow(dead_code))]

mod auth;
mod client;
mod config;
mod error;
mod pagination;
mod request;
mod retry;
mod string_enum;
pub mod apis;
pub mod models;
pub use client::Client;

pub use config::{API_PATH, Config, Credentials, DEFAULT_BASE_URL};

pub use error::{DecodeFailure, Error, OperationError, SdkError, ServiceError};

pub use pagination::Page;

pub use retry::RetryPolicy;

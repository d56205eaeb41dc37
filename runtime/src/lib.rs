//! The runtime of the generated SailPoint SDK crates (`sailpoint-beta`, `sailpoint`): the
//! configuration, the [`Client`] they share (one connection pool, one token cache, one rate
//! limit for a tenant), errors, responses and pagination.
//!
//! Each generated crate re-exports what its users need (`sailpoint_beta::Config`,
//! `sailpoint::Error`) and this crate as `runtime`: needing to depend on it directly is a missed
//! re-export. To share one client between crates, make it once and hand each crate a clone:
//!
//! ```ignore
//! let shared = sailpoint_runtime::Client::new(sailpoint_runtime::Config::from_env()?)?;
//! let beta = sailpoint_beta::Client::from(shared.clone());
//! let api = sailpoint::Client::from(shared);
//! ```

mod api_client;
mod auth;
mod client;
mod config;
mod error;
mod json_path;
mod rate_limit;
mod raw;
mod response;
mod retry;
mod transport;

// What the generated code calls, and not part of any crate's API: public so that generated
// crates can call it, hidden because users need not. It changes only with a new minor version
// of this crate (see the README).
#[doc(hidden)]
pub mod datetime;
#[doc(hidden)]
pub mod lenient;
#[doc(hidden)]
pub mod object;
#[doc(hidden)]
pub mod pagination;
#[doc(hidden)]
pub mod request;
#[doc(hidden)]
pub mod search_after;
#[doc(hidden)]
pub mod string_enum;
#[doc(hidden)]
pub mod union;

#[doc(hidden)]
pub use api_client::ApiClient;
pub use auth::{AccessToken, TokenFuture, TokenProvider};
pub use client::Client;
pub use config::{Config, Credentials, DEFAULT_BASE_URL};
pub use error::{DecodeFailure, Error, OperationError, SdkError, ServiceError};
pub use pagination::Page;
pub use raw::{RawRequest, RawResponse};
/// The HTTP method of a [`RawRequest`].
pub use reqwest::Method;
pub use response::{ByteStream, Response};
pub use retry::RetryPolicy;

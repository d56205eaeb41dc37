//! The runtime of the generated SailPoint SDK crates, built and tested on its own.
//!
//! Every file here but this one, `spec.rs` and `apis.rs` is copied verbatim into each generated crate,
//! whose `lib.rs` declares the same modules. What differs per API is what the generator writes
//! beside them: `spec.rs` (the API's base URL and path), `apis` and `models`. The stand-ins here
//! are an API with one operation (`apis.rs`) at SailPoint's beta path.

mod auth;
mod client;
mod config;
mod error;
mod json_path;
mod rate_limit;
mod raw;
mod response;
mod retry;
mod spec;
mod transport;

// Helpers the generated code calls: public so that an API which calls only some of them does not
// leave the rest dead, hidden because they are not part of any crate's API.
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
pub mod string_enum;
#[doc(hidden)]
pub mod union;

pub mod apis;

pub use auth::{AccessToken, TokenFuture, TokenProvider};
pub use client::Client;
pub use config::{API_PATH, Config, Credentials, DEFAULT_BASE_URL};
pub use error::{DecodeFailure, Error, OperationError, SdkError, ServiceError};
pub use pagination::Page;
pub use raw::{RawRequest, RawResponse};
/// The HTTP method of a [`RawRequest`].
pub use reqwest::Method;
pub use response::{ByteStream, Response};
pub use retry::RetryPolicy;

#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
// With only some API areas enabled, the runtime has helpers none of them calls.
#![cfg_attr(not(feature = "full"), allow(dead_code))]

// The runtime, the same in every crate of this generator (its `templates/runtime`). Modules of
// helpers the generated code calls are public so that an API which calls only some of them does
// not leave the rest dead, and hidden because they are not part of the crate's API.
{% for module in runtime %}
{% if module.helpers %}
#[doc(hidden)]
pub mod {{ module.name }};
{% else %}
mod {{ module.name }};
{% endif %}
{% endfor %}
mod spec;

pub mod apis;
pub mod models;

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

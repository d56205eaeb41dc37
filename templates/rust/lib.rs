#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
// With only some API areas enabled, the runtime has helpers none of them calls.
#![cfg_attr(not(feature = "full"), allow(dead_code))]

mod auth;
mod client;
mod config;
{% if date_times %}
mod datetime;
{% endif %}
{% if lenient %}
mod lenient;
{% endif %}
mod error;
mod pagination;
mod request;
mod retry;
mod string_enum;
{% if unions %}
mod union;
{% endif %}

pub mod apis;
pub mod models;

pub use client::Client;
pub use config::{API_PATH, Config, Credentials, DEFAULT_BASE_URL};
pub use error::{DecodeFailure, Error, OperationError, SdkError, ServiceError};
pub use pagination::Page;
pub use retry::RetryPolicy;

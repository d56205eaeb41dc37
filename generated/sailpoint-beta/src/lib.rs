#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(not(feature = "full"), allow(dead_code))]

mod auth;
mod client;
mod config;
#[doc(hidden)]
pub mod datetime;
mod error;
mod json_path;
#[doc(hidden)]
pub mod lenient;
#[doc(hidden)]
pub mod object;
#[doc(hidden)]
pub mod pagination;
mod rate_limit;
mod raw;
#[doc(hidden)]
pub mod request;
mod response;
mod retry;
#[doc(hidden)]
pub mod string_enum;
mod transport;
#[doc(hidden)]
pub mod union;
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

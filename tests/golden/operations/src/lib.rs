#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(not(feature = "full"), allow(dead_code))]

mod auth;
mod client;
mod config;
mod lenient;
mod error;
mod pagination;
mod request;
mod retry;
mod string_enum;
mod union;
pub mod apis;
pub mod models;
pub use client::Client;

pub use config::{API_PATH, Config, Credentials, DEFAULT_BASE_URL};

pub use error::{DecodeFailure, Error, OperationError, SdkError, ServiceError};

pub use pagination::Page;

pub use retry::RetryPolicy;

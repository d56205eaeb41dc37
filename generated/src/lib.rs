//! A typed async client for Identity Security Cloud Beta API (3.1.0-beta), generated from its OpenAPI spec:
//! 559 operations in 73 API areas, 2560 model types.
//!
//! ```no_run
//! # async fn run() -> Result<(), sailpoint_beta::Error> {
//! let client = sailpoint_beta::Client::new("https://sailpoint.api.identitynow.com/beta", "ACCESS-TOKEN")?;
//! let response = client.identities().list_identities().limit(10).send().await?;
//! println!("{response:#?}");
//! # Ok(())
//! # }
//! ```
//!
//! Each API area is a cargo feature (all are on by default): with `default-features = false`
//! and, say, `features = ["access-model-metadata"]`, only that area and the models it uses are
//! compiled. The `webhooks` feature brings in the payload types of the events the API sends to
//! subscribers.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(not(feature = "full"), allow(dead_code))]

mod client;
mod error;
mod request;
mod string_enum;
pub mod apis;
pub mod models;
pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL};

pub use error::Error;

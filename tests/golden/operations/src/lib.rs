//! A typed async client for Operations Fixture (1.0.0), generated from its OpenAPI spec:
//! 16 operations in 2 API areas, 19 model types.
//!
//! ```no_run
//! # async fn run() -> Result<(), golden_operations::Error> {
//! let client = golden_operations::Client::new("https://example.api.example.com/beta", "ACCESS-TOKEN")?;
//! let response = client.access_model_metadata().list_access_model_metadata_attributes().limit(10).send().await?;
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

//! A typed async client for SailPoint Identity Security Cloud's **beta** API (3.1.0-beta),
//! generated from SailPoint's OpenAPI spec: 559 operations in 73 API areas,
//! 2557 model types.
//!
//! ```no_run
//! # async fn run() -> Result<(), sailpoint_beta::Error> {
//! let client = sailpoint_beta::Client::new("https://acme.api.identitynow.com/beta", "ACCESS-TOKEN")?;
//! let identities = client.identities().list_identities().limit(250).send().await?;
//! for identity in identities {
//!     println!("{}", identity.name);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! Each API area is a cargo feature (all are on by default): with `default-features = false`
//! and `features = ["identities"]`, only that area and the models it uses are compiled.
//! The `webhooks` feature brings in the payload types of SailPoint's event triggers.

#![cfg_attr(docsrs, feature(doc_cfg))]
mod client;
mod error;
mod request;
mod string_enum;
pub mod apis;
pub mod models;
pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL};

pub use error::Error;

//! A typed async client for {{ title }} ({{ version }}), generated from its OpenAPI spec:
//! {{ operation_count }} operations in {{ tag_count }} API areas, {{ type_count }} model types.
//!
//! ```no_run
//! # async fn run() -> Result<(), {{ lib_name }}::Error> {
//! let client = {{ lib_name }}::Client::new("{{ example_base_url }}", "ACCESS-TOKEN")?;
{% match example %}
{% when Some with (call) %}
//! let response = client.{{ call }}.send().await?;
//! println!("{response:#?}");
{% when None %}
//! println!("{client:?}");
{% endmatch %}
//! # Ok(())
//! # }
//! ```
//!
//! Each API area is a cargo feature (all are on by default): with `default-features = false`
//! and, say, `features = ["{{ first_feature }}"]`, only that area and the models it uses are
//! compiled. The `webhooks` feature brings in the payload types of the events the API sends to
//! subscribers.

#![cfg_attr(docsrs, feature(doc_cfg))]
// With only some API areas enabled, the runtime has helpers none of them calls.
#![cfg_attr(not(feature = "full"), allow(dead_code))]

mod client;
mod error;
mod request;
mod string_enum;

pub mod apis;
pub mod models;

pub use client::{Client, ClientBuilder, DEFAULT_BASE_URL};
pub use error::Error;

//! The API areas, one module per tag of the spec. Each adds an accessor to [`crate::Client`].

#[cfg(feature = "identities")]
pub mod identities;
#[cfg(feature = "identities")]
pub use identities::IdentitiesApi;

#[cfg(feature = "sources")]
pub mod sources;
#[cfg(feature = "sources")]
pub use sources::SourcesApi;

#[cfg(feature = "search")]
pub mod search;
#[cfg(feature = "search")]
pub use search::SearchApi;

#[cfg(any(feature = "identities", feature = "search", feature = "sources"))]
pub mod errors;

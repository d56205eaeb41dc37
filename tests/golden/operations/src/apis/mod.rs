//! The API areas, one module per tag of the spec. Each adds an accessor to [`crate::Client`].

#[cfg(feature = "access-model-metadata")]
pub mod access_model_metadata;
#[cfg(feature = "access-model-metadata")]
pub use access_model_metadata::AccessModelMetadataApi;

#[cfg(feature = "identities")]
pub mod identities;
#[cfg(feature = "identities")]
pub use identities::IdentitiesApi;

#[cfg(any(feature = "access-model-metadata", feature = "identities"))]
pub mod errors;

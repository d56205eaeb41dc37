//! The API areas, one module per tag of the spec. Each adds an accessor to [`crate::Client`].

#[cfg(feature = "defects")]
pub mod defects;
#[cfg(feature = "defects")]
pub use defects::DefectsApi;

#[cfg(feature = "defects")]
pub mod errors;

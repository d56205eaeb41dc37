//! The API areas, one module per tag of the spec. Each adds an accessor to [`crate::Client`].

#[cfg(feature = "shapes")]
pub mod shapes;
#[cfg(feature = "shapes")]
pub use shapes::ShapesApi;

#[cfg(feature = "shapes")]
pub mod errors;

//! Turns SailPoint's multi-file beta OpenAPI spec into the `sailpoint-beta` Rust crate.
//!
//! The pipeline, one module a stage: [`load`] reads the spec and follows its `$ref`s,
//! [`model`] builds an intermediate model of operations and types, [`render`] turns the model
//! into files, and [`write`] puts them on disk atomically or compares them with what is there.

pub mod error;
pub mod load;
pub mod model;

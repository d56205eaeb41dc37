//! `TransformRead`, from `beta/schemas/TransformRead.yaml`.

use crate::models::{TransformAttributes, TransformType};

/// `TransformRead` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransformRead {
    /// Unique name of this transform
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// The type of transform operation
    pub r#type: TransformType,
    /// Meta-data about the transform. Values in this list are specific to the type of transform to be executed.
    #[serde(default)]
    pub attributes: Option<TransformAttributes>,
    /// Unique ID of this transform
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// Indicates whether this is an internal SailPoint-created transform or a customer-created transform
    #[serde(default, deserialize_with = "crate::lenient::boolean")]
    pub internal: bool,
}

impl TransformRead {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(
        name: impl Into<String>,
        r#type: TransformType,
        id: impl Into<String>,
        internal: bool,
    ) -> Self {
        TransformRead {
            name: name.into(),
            r#type,
            attributes: None,
            id: id.into(),
            internal,
        }
    }
}

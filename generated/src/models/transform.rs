//! `Transform`, from `beta/schemas/Transform.yaml`.

use crate::models::{TransformAttributes, TransformType};

/// The representation of an internally- or customer-defined transform.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Transform {
    /// Unique name of this transform
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// The type of transform operation
    pub r#type: TransformType,
    /// Meta-data about the transform. Values in this list are specific to the type of transform to be executed.
    #[serde(default)]
    pub attributes: Option<TransformAttributes>,
}

impl Transform {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>, r#type: TransformType) -> Self {
        Transform {
            name: name.into(),
            r#type,
            attributes: None,
        }
    }
}

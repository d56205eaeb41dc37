//! `Transform`, from `beta/schemas/Transform.yaml`.

use crate::models::{TransformAttributes, TransformType};

/// The representation of an internally- or customer-defined transform.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Transform {
    /// Unique name of this transform
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub name: String,
    /// The type of transform operation
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TransformType>,
    /// Meta-data about the transform. Values in this list are specific to the type of transform to be executed.
    #[serde(default)]
    pub attributes: Option<TransformAttributes>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Transform {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(name: impl Into<String>, r#type: TransformType) -> Self {
        Transform {
            name: name.into(),
            r#type: Some(r#type),
            attributes: None,
            additional_properties: Default::default(),
        }
    }
}

//! `V3ManualWorkItemDetailsOriginalOwner`, from `v3/schemas/ManualWorkItemDetails.yaml#/properties/originalOwner`.

use crate::models::V3ManualWorkItemDetailsOriginalOwnerType;

/// Identity of original work item owner, if the work item has been forwarded.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V3ManualWorkItemDetailsOriginalOwner {
    /// DTO type of original work item owner's identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V3ManualWorkItemDetailsOriginalOwnerType>,
    /// ID of original work item owner's identity.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Display name of original work item owner.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3ManualWorkItemDetailsOriginalOwner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V3ManualWorkItemDetailsOriginalOwner {
            r#type: None,
            id: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}

//! `ApprovalItems`, from `beta/schemas/ApprovalItemDetails.yaml`.

use crate::models::WorkItemState;

/// `ApprovalItems` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApprovalItems {
    /// The approval item's ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The account referenced by the approval item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub account: Option<String>,
    /// The name of the application/source
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub application: Option<String>,
    /// The attribute's name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The attribute's operation
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub operation: Option<String>,
    /// The attribute's value
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<WorkItemState>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl ApprovalItems {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        ApprovalItems {
            id: None,
            account: None,
            application: None,
            name: None,
            operation: None,
            value: None,
            state: None,
            additional_properties: Default::default(),
        }
    }
}

//! `AccessRequestItemResponse`, from `beta/schemas/AccessRequestItemResponse.yaml`.

use crate::models::{AccessRequestItemResponseDecision, ApprovalInfoResponse};

/// `AccessRequestItemResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessRequestItemResponse {
    /// the access request item operation
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub operation: Option<String>,
    /// the access item type
    #[serde(
        rename = "accessItemType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub access_item_type: Option<String>,
    /// the name of access request item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// the final decision for the access request
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<AccessRequestItemResponseDecision>,
    /// the description of access request item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// the source id
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
    /// the source Name
    #[serde(
        rename = "sourceName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    #[serde(rename = "approvalInfos", default, skip_serializing_if = "Option::is_none")]
    pub approval_infos: Option<Vec<ApprovalInfoResponse>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessRequestItemResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessRequestItemResponse {
            operation: None,
            access_item_type: None,
            name: None,
            decision: None,
            description: None,
            source_id: None,
            source_name: None,
            approval_infos: None,
            additional_properties: Default::default(),
        }
    }
}

//! `AccountRequestInfo`, from `v3/schemas/AccountRequestInfo.yaml`.

use crate::models::RequestableObjectType;

/// If an account activity item is associated with an access request, captures details of that request.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccountRequestInfo {
    /// Id of requested object
    #[serde(
        rename = "requestedObjectId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub requested_object_id: Option<String>,
    /// Human-readable name of requested object
    #[serde(
        rename = "requestedObjectName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub requested_object_name: Option<String>,
    #[serde(
        rename = "requestedObjectType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_object_type: Option<RequestableObjectType>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccountRequestInfo {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccountRequestInfo {
            requested_object_id: None,
            requested_object_name: None,
            requested_object_type: None,
            additional_properties: Default::default(),
        }
    }
}

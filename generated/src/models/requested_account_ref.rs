//! `RequestedAccountRef`, from `v3/schemas/RequestedAccountRef.yaml`.

use crate::models::V3DtoType;

/// `RequestedAccountRef` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RequestedAccountRef {
    /// Display name of the account for the user
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The type of item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V3DtoType>,
    /// The uuid for the account
    #[serde(
        rename = "accountUuid",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub account_uuid: Option<String>,
    /// The native identity for the account
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub account_id: Option<String>,
    /// Display name of the source for the account
    #[serde(
        rename = "sourceName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RequestedAccountRef {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RequestedAccountRef {
            name: None,
            r#type: None,
            account_uuid: None,
            account_id: None,
            source_name: None,
            additional_properties: Default::default(),
        }
    }
}

//! `IdentityHistoryResponse`, from `beta/schemas/IdentityHistoryResponse.yaml`.

/// `IdentityHistoryResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityHistoryResponse {
    /// the identity ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// the display name of the identity
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// the date when the identity record was created
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub snapshot: Option<String>,
    /// the date when the identity was deleted
    #[serde(
        rename = "deletedDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub deleted_date: Option<String>,
    /// A map containing the count of each access item
    #[serde(
        rename = "accessItemCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_item_count: Option<std::collections::BTreeMap<String, i32>>,
    /// A map containing the identity attributes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityHistoryResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityHistoryResponse {
            id: None,
            display_name: None,
            snapshot: None,
            deleted_date: None,
            access_item_count: None,
            attributes: None,
            additional_properties: Default::default(),
        }
    }
}

//! `AccessItemAppResponse`, from `beta/schemas/AccessItemAppResponse.yaml`.

/// `AccessItemAppResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessItemAppResponse {
    /// the access item id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// the access item type. entitlement in this case
    #[serde(
        rename = "accessType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub access_type: Option<String>,
    /// the access item display name
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// the associated source name if it exists
    #[serde(
        rename = "sourceName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_name: Option<String>,
    /// the app role id
    #[serde(
        rename = "appRoleId",
        default,
        deserialize_with = "crate::lenient::string_option"
    )]
    pub app_role_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessItemAppResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessItemAppResponse {
            id: None,
            access_type: None,
            display_name: None,
            source_name: None,
            app_role_id: None,
            additional_properties: Default::default(),
        }
    }
}

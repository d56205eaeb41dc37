//! `RoleInsightsRole`, from `beta/schemas/RoleInsightsRole.yaml`.

/// `RoleInsightsRole` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleInsightsRole {
    /// Role name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Role id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Role description
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Role owner name
    #[serde(
        rename = "ownerName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub owner_name: Option<String>,
    /// Role owner id
    #[serde(
        rename = "ownerId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub owner_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleInsightsRole {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleInsightsRole {
            name: None,
            id: None,
            description: None,
            owner_name: None,
            owner_id: None,
            additional_properties: Default::default(),
        }
    }
}

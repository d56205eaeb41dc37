//! `RoleMiningPotentialRoleSourceUsage`, from `beta/schemas/RoleMiningPotentialRoleSourceUsage.yaml`.

/// `RoleMiningPotentialRoleSourceUsage` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningPotentialRoleSourceUsage {
    /// The identity ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Display name for the identity
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
    /// Email address for the identity
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub email: Option<String>,
    /// The number of days there has been usage of the source by the identity.
    #[serde(rename = "usageCount", default, skip_serializing_if = "Option::is_none")]
    pub usage_count: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMiningPotentialRoleSourceUsage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningPotentialRoleSourceUsage {
            id: None,
            display_name: None,
            email: None,
            usage_count: None,
            additional_properties: Default::default(),
        }
    }
}

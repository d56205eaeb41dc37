//! `RoleMiningPotentialRoleEditEntitlements`, from `beta/schemas/RoleMiningPotentialRoleEditEntitlements.yaml`.

/// `RoleMiningPotentialRoleEditEntitlements` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMiningPotentialRoleEditEntitlements {
    /// The list of entitlement ids to be edited
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<String>>,
    /// If true, add ids to be exclusion list. If false, remove ids from the exclusion list.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub exclude: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMiningPotentialRoleEditEntitlements {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningPotentialRoleEditEntitlements {
            ids: None,
            exclude: None,
            additional_properties: Default::default(),
        }
    }
}

//! `RoleMiningPotentialRoleEntitlements`, from `beta/schemas/RoleMiningPotentialRoleEntitlements.yaml`.

/// `RoleMiningPotentialRoleEntitlements` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RoleMiningPotentialRoleEntitlements {
    /// Id of the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl RoleMiningPotentialRoleEntitlements {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningPotentialRoleEntitlements {
            id: None,
            name: None,
        }
    }
}

//! `RoleMiningPotentialRolePotentialRoleRef`, from `beta/schemas/RoleMiningPotentialRole.yaml#/properties/potentialRoleRef`.

/// The potential role reference
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RoleMiningPotentialRolePotentialRoleRef {
    /// Id of the potential role
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the potential role
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl RoleMiningPotentialRolePotentialRoleRef {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningPotentialRolePotentialRoleRef {
            id: None,
            name: None,
        }
    }
}

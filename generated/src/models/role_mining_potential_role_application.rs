//! `RoleMiningPotentialRoleApplication`, from `beta/schemas/RoleMiningPotentialRoleApplication.yaml`.

/// `RoleMiningPotentialRoleApplication` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RoleMiningPotentialRoleApplication {
    /// Id of the application
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the application
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl RoleMiningPotentialRoleApplication {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMiningPotentialRoleApplication {
            id: None,
            name: None,
        }
    }
}

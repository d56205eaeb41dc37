//! `AuthProfileSummary`, from `beta/schemas/AuthProfileSummary.yaml`.

/// `AuthProfileSummary` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuthProfileSummary {
    /// Tenant name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub tenant: Option<String>,
    /// Identity ID.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
}

impl AuthProfileSummary {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AuthProfileSummary {
            tenant: None,
            id: None,
        }
    }
}

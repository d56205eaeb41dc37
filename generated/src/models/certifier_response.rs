//! `CertifierResponse`, from `beta/schemas/CertifierResponse.yaml`.

/// `CertifierResponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CertifierResponse {
    /// the id of the certifier
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// the name of the certifier
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub display_name: Option<String>,
}

impl CertifierResponse {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        CertifierResponse {
            id: None,
            display_name: None,
        }
    }
}

//! `DomainAddress`, from `beta/schemas/DomainAddress.yaml`.

/// `DomainAddress` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DomainAddress {
    /// A domain address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub domain: Option<String>,
}

impl DomainAddress {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        DomainAddress { domain: None }
    }
}

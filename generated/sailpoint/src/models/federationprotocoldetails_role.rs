//! `FederationprotocoldetailsRole`, from `apis/global-tenant-security-settings/schemas/federationprotocoldetails.yaml#/properties/role`.

/// Federation protocol role
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FederationprotocoldetailsRole {
    /// `SAML_IDP`
    SamlIdp,
    /// `SAML_SP`
    SamlSp,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FederationprotocoldetailsRole {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FederationprotocoldetailsRole::SamlIdp => "SAML_IDP",
            FederationprotocoldetailsRole::SamlSp => "SAML_SP",
            FederationprotocoldetailsRole::Unknown(value) => value,
        }
    }
}

impl From<&str> for FederationprotocoldetailsRole {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SAML_IDP" => FederationprotocoldetailsRole::SamlIdp,
            "SAML_SP" => FederationprotocoldetailsRole::SamlSp,
            other => FederationprotocoldetailsRole::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FederationprotocoldetailsRole);

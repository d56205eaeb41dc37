//! `SodpolicyOwnerRefType`, from `apis/sod-policies/schemas/sodpolicy.yaml#/properties/ownerRef/properties/type`.

/// Owner type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodpolicyOwnerRefType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodpolicyOwnerRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodpolicyOwnerRefType::Identity => "IDENTITY",
            SodpolicyOwnerRefType::GovernanceGroup => "GOVERNANCE_GROUP",
            SodpolicyOwnerRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodpolicyOwnerRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SodpolicyOwnerRefType::Identity,
            "GOVERNANCE_GROUP" => SodpolicyOwnerRefType::GovernanceGroup,
            other => SodpolicyOwnerRefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodpolicyOwnerRefType);

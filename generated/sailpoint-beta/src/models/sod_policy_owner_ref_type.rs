//! `SodPolicyOwnerRefType`, from `beta/schemas/SodPolicy.yaml#/properties/ownerRef/properties/type`.

/// Owner type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodPolicyOwnerRefType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodPolicyOwnerRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodPolicyOwnerRefType::Identity => "IDENTITY",
            SodPolicyOwnerRefType::GovernanceGroup => "GOVERNANCE_GROUP",
            SodPolicyOwnerRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodPolicyOwnerRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SodPolicyOwnerRefType::Identity,
            "GOVERNANCE_GROUP" => SodPolicyOwnerRefType::GovernanceGroup,
            other => SodPolicyOwnerRefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodPolicyOwnerRefType);

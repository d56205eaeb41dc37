//! `AdditionalOwnerRefType`, from `v3/schemas/access/AdditionalOwnerRef.yaml#/properties/type`.

/// Type of the additional owner; IDENTITY for an identity, GOVERNANCE_GROUP for a governance group.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AdditionalOwnerRefType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AdditionalOwnerRefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AdditionalOwnerRefType::Identity => "IDENTITY",
            AdditionalOwnerRefType::GovernanceGroup => "GOVERNANCE_GROUP",
            AdditionalOwnerRefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AdditionalOwnerRefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AdditionalOwnerRefType::Identity,
            "GOVERNANCE_GROUP" => AdditionalOwnerRefType::GovernanceGroup,
            other => AdditionalOwnerRefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AdditionalOwnerRefType);

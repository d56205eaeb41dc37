//! `AdditionalownerrefType`, from `apis/shared/schemas/additionalownerref.yaml#/properties/type`.

/// Type of the additional owner; IDENTITY for an identity, GOVERNANCE_GROUP for a governance group.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AdditionalownerrefType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AdditionalownerrefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AdditionalownerrefType::Identity => "IDENTITY",
            AdditionalownerrefType::GovernanceGroup => "GOVERNANCE_GROUP",
            AdditionalownerrefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AdditionalownerrefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AdditionalownerrefType::Identity,
            "GOVERNANCE_GROUP" => AdditionalownerrefType::GovernanceGroup,
            other => AdditionalownerrefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AdditionalownerrefType);

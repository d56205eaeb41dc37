//! `SodpolicySecondaryOwnerRefsInnerType`, from `apis/sod-policies/schemas/sodpolicy.yaml#/properties/secondaryOwnerRefs/items/properties/type`.

/// Secondary Owner Type
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SodpolicySecondaryOwnerRefsInnerType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SodpolicySecondaryOwnerRefsInnerType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SodpolicySecondaryOwnerRefsInnerType::Identity => "IDENTITY",
            SodpolicySecondaryOwnerRefsInnerType::GovernanceGroup => "GOVERNANCE_GROUP",
            SodpolicySecondaryOwnerRefsInnerType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SodpolicySecondaryOwnerRefsInnerType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SodpolicySecondaryOwnerRefsInnerType::Identity,
            "GOVERNANCE_GROUP" => SodpolicySecondaryOwnerRefsInnerType::GovernanceGroup,
            other => SodpolicySecondaryOwnerRefsInnerType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SodpolicySecondaryOwnerRefsInnerType);

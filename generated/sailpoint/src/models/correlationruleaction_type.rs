//! `CorrelationruleactionType`, from `apis/machine-identities/schemas/correlationruleaction.yaml#/properties/type`.

/// The target owner type resolved by this action.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CorrelationruleactionType {
    /// `IDENTITY`
    Identity,
    /// `ACCOUNT`
    Account,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CorrelationruleactionType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CorrelationruleactionType::Identity => "IDENTITY",
            CorrelationruleactionType::Account => "ACCOUNT",
            CorrelationruleactionType::GovernanceGroup => "GOVERNANCE_GROUP",
            CorrelationruleactionType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CorrelationruleactionType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => CorrelationruleactionType::Identity,
            "ACCOUNT" => CorrelationruleactionType::Account,
            "GOVERNANCE_GROUP" => CorrelationruleactionType::GovernanceGroup,
            other => CorrelationruleactionType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CorrelationruleactionType);

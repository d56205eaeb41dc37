//! `Accessrequestdynamicapprover2Type`, from `apis/triggers/schemas/accessrequestdynamicapprover-2.yaml#/properties/type`.

/// The type of object being referenced.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Accessrequestdynamicapprover2Type {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Accessrequestdynamicapprover2Type {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Accessrequestdynamicapprover2Type::Identity => "IDENTITY",
            Accessrequestdynamicapprover2Type::GovernanceGroup => "GOVERNANCE_GROUP",
            Accessrequestdynamicapprover2Type::Unknown(value) => value,
        }
    }
}

impl From<&str> for Accessrequestdynamicapprover2Type {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Accessrequestdynamicapprover2Type::Identity,
            "GOVERNANCE_GROUP" => Accessrequestdynamicapprover2Type::GovernanceGroup,
            other => Accessrequestdynamicapprover2Type::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Accessrequestdynamicapprover2Type);

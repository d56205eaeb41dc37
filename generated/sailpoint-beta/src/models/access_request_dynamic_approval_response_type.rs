//! `AccessRequestDynamicApprovalResponseType`, from `beta/schemas/trigger/example-input/AccessRequestDynamicApprovalResponse.yaml#/properties/type`.

/// Type of approver to add to the approval process. If there is none, send an empty value "".
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessRequestDynamicApprovalResponseType {
    /// `IDENTITY`
    Identity,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessRequestDynamicApprovalResponseType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessRequestDynamicApprovalResponseType::Identity => "IDENTITY",
            AccessRequestDynamicApprovalResponseType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            AccessRequestDynamicApprovalResponseType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessRequestDynamicApprovalResponseType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessRequestDynamicApprovalResponseType::Identity,
            "GOVERNANCE_GROUP" => {
                AccessRequestDynamicApprovalResponseType::GovernanceGroup
            }
            other => AccessRequestDynamicApprovalResponseType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessRequestDynamicApprovalResponseType);

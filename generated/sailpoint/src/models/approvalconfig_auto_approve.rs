//! `ApprovalconfigAutoApprove`, from `apis/approvals/schemas/approvalconfig.yaml#/properties/autoApprove`.

/// OFF will prevent the approval request from being assigned to the requester or requestee by assigning it to their manager instead.
/// DIRECT when the requester != requestee this will cause steps assigned directly to the requester to be auto-approved.
/// INDIRECT when the requester != requestee this will cause steps assigned to the requester or a group containing the requester to be auto-approved.
/// This field will only be effective if requestedTarget.reauthRequired is set to false, otherwise the approval will have to be manually approved.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalconfigAutoApprove {
    /// `OFF`
    Off,
    /// `DIRECT`
    Direct,
    /// `INDIRECT`
    Indirect,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ApprovalconfigAutoApprove {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalconfigAutoApprove::Off => "OFF",
            ApprovalconfigAutoApprove::Direct => "DIRECT",
            ApprovalconfigAutoApprove::Indirect => "INDIRECT",
            ApprovalconfigAutoApprove::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalconfigAutoApprove {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "OFF" => ApprovalconfigAutoApprove::Off,
            "DIRECT" => ApprovalconfigAutoApprove::Direct,
            "INDIRECT" => ApprovalconfigAutoApprove::Indirect,
            other => ApprovalconfigAutoApprove::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ApprovalconfigAutoApprove);

//! `ApprovalSchemeForRoleApproverType`, from `v3/schemas/access/ApprovalSchemeForRole.yaml#/properties/approverType`.

/// Describes the individual or group that is responsible for an approval step. Values are as follows.
///
/// **OWNER**: Owner of the associated Role
///
/// **MANAGER**: Manager of the Identity making the request
///
/// **GOVERNANCE_GROUP**: A Governance Group, the ID of which is specified by the **approverId** field
///
/// **WORKFLOW**: A Workflow, the ID of which is specified by the **approverId** field. Workflow is exclusive to other types of approvals and License required.
///
/// **ALL_OWNERS**: All owners of the Role, including the primary owner and any secondary owners
///
/// **ADDITIONAL_OWNER**: An additional owner of the Role, the ID of which is specified by the **approverId** field
///
/// **ADDITIONAL_GOVERNANCE_GROUP**: An additional Governance Group, the ID of which is specified by the **approverId** field
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ApprovalSchemeForRoleApproverType {
    /// `OWNER`
    Owner,
    /// `MANAGER`
    Manager,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `WORKFLOW`
    Workflow,
    /// `ALL_OWNERS`
    AllOwners,
    /// `ADDITIONAL_OWNER`
    AdditionalOwner,
    /// `ADDITIONAL_GOVERNANCE_GROUP`
    AdditionalGovernanceGroup,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl ApprovalSchemeForRoleApproverType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalSchemeForRoleApproverType::Owner => "OWNER",
            ApprovalSchemeForRoleApproverType::Manager => "MANAGER",
            ApprovalSchemeForRoleApproverType::GovernanceGroup => "GOVERNANCE_GROUP",
            ApprovalSchemeForRoleApproverType::Workflow => "WORKFLOW",
            ApprovalSchemeForRoleApproverType::AllOwners => "ALL_OWNERS",
            ApprovalSchemeForRoleApproverType::AdditionalOwner => "ADDITIONAL_OWNER",
            ApprovalSchemeForRoleApproverType::AdditionalGovernanceGroup => {
                "ADDITIONAL_GOVERNANCE_GROUP"
            }
            ApprovalSchemeForRoleApproverType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalSchemeForRoleApproverType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "OWNER" => ApprovalSchemeForRoleApproverType::Owner,
            "MANAGER" => ApprovalSchemeForRoleApproverType::Manager,
            "GOVERNANCE_GROUP" => ApprovalSchemeForRoleApproverType::GovernanceGroup,
            "WORKFLOW" => ApprovalSchemeForRoleApproverType::Workflow,
            "ALL_OWNERS" => ApprovalSchemeForRoleApproverType::AllOwners,
            "ADDITIONAL_OWNER" => ApprovalSchemeForRoleApproverType::AdditionalOwner,
            "ADDITIONAL_GOVERNANCE_GROUP" => {
                ApprovalSchemeForRoleApproverType::AdditionalGovernanceGroup
            }
            other => ApprovalSchemeForRoleApproverType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ApprovalSchemeForRoleApproverType);

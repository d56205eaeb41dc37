//! `ApprovalschemeforroleApproverType`, from `apis/roles/schemas/approvalschemeforrole.yaml#/properties/approverType`.

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
pub enum ApprovalschemeforroleApproverType {
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

impl ApprovalschemeforroleApproverType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            ApprovalschemeforroleApproverType::Owner => "OWNER",
            ApprovalschemeforroleApproverType::Manager => "MANAGER",
            ApprovalschemeforroleApproverType::GovernanceGroup => "GOVERNANCE_GROUP",
            ApprovalschemeforroleApproverType::Workflow => "WORKFLOW",
            ApprovalschemeforroleApproverType::AllOwners => "ALL_OWNERS",
            ApprovalschemeforroleApproverType::AdditionalOwner => "ADDITIONAL_OWNER",
            ApprovalschemeforroleApproverType::AdditionalGovernanceGroup => {
                "ADDITIONAL_GOVERNANCE_GROUP"
            }
            ApprovalschemeforroleApproverType::Unknown(value) => value,
        }
    }
}

impl From<&str> for ApprovalschemeforroleApproverType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "OWNER" => ApprovalschemeforroleApproverType::Owner,
            "MANAGER" => ApprovalschemeforroleApproverType::Manager,
            "GOVERNANCE_GROUP" => ApprovalschemeforroleApproverType::GovernanceGroup,
            "WORKFLOW" => ApprovalschemeforroleApproverType::Workflow,
            "ALL_OWNERS" => ApprovalschemeforroleApproverType::AllOwners,
            "ADDITIONAL_OWNER" => ApprovalschemeforroleApproverType::AdditionalOwner,
            "ADDITIONAL_GOVERNANCE_GROUP" => {
                ApprovalschemeforroleApproverType::AdditionalGovernanceGroup
            }
            other => ApprovalschemeforroleApproverType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(ApprovalschemeforroleApproverType);

//! `AccessprofileapprovalschemeApproverType`, from `apis/access-profiles/schemas/accessprofileapprovalscheme.yaml#/properties/approverType`.

/// Describes the individual or group that is responsible for an approval step. These are the possible values:
/// **APP_OWNER**: The owner of the Application
///
/// **OWNER**: Owner of the associated Access Profile or Role
///
/// **SOURCE_OWNER**: Owner of the Source associated with an Access Profile
///
/// **MANAGER**: Manager of the Identity making the request
///
/// **GOVERNANCE_GROUP**: A Governance Group, the ID of which is specified by the **approverId** field
///
/// **WORKFLOW**: A Workflow, the ID of which is specified by the **approverId** field. Workflow is exclusive to other types of approvals and License required.
///
/// **ALL_OWNERS**: All owners of the Access Profile, including the primary owner and any secondary owners
///
/// **ADDITIONAL_OWNER**: An additional owner of the Access Profile, the ID of which is specified by the **approverId** field
///
/// **ADDITIONAL_GOVERNANCE_GROUP**: An additional Governance Group, the ID of which is specified by the **approverId** field
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessprofileapprovalschemeApproverType {
    /// `APP_OWNER`
    AppOwner,
    /// `OWNER`
    Owner,
    /// `SOURCE_OWNER`
    SourceOwner,
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

impl AccessprofileapprovalschemeApproverType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessprofileapprovalschemeApproverType::AppOwner => "APP_OWNER",
            AccessprofileapprovalschemeApproverType::Owner => "OWNER",
            AccessprofileapprovalschemeApproverType::SourceOwner => "SOURCE_OWNER",
            AccessprofileapprovalschemeApproverType::Manager => "MANAGER",
            AccessprofileapprovalschemeApproverType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            AccessprofileapprovalschemeApproverType::Workflow => "WORKFLOW",
            AccessprofileapprovalschemeApproverType::AllOwners => "ALL_OWNERS",
            AccessprofileapprovalschemeApproverType::AdditionalOwner => {
                "ADDITIONAL_OWNER"
            }
            AccessprofileapprovalschemeApproverType::AdditionalGovernanceGroup => {
                "ADDITIONAL_GOVERNANCE_GROUP"
            }
            AccessprofileapprovalschemeApproverType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessprofileapprovalschemeApproverType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APP_OWNER" => AccessprofileapprovalschemeApproverType::AppOwner,
            "OWNER" => AccessprofileapprovalschemeApproverType::Owner,
            "SOURCE_OWNER" => AccessprofileapprovalschemeApproverType::SourceOwner,
            "MANAGER" => AccessprofileapprovalschemeApproverType::Manager,
            "GOVERNANCE_GROUP" => {
                AccessprofileapprovalschemeApproverType::GovernanceGroup
            }
            "WORKFLOW" => AccessprofileapprovalschemeApproverType::Workflow,
            "ALL_OWNERS" => AccessprofileapprovalschemeApproverType::AllOwners,
            "ADDITIONAL_OWNER" => {
                AccessprofileapprovalschemeApproverType::AdditionalOwner
            }
            "ADDITIONAL_GOVERNANCE_GROUP" => {
                AccessprofileapprovalschemeApproverType::AdditionalGovernanceGroup
            }
            other => AccessprofileapprovalschemeApproverType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessprofileapprovalschemeApproverType);

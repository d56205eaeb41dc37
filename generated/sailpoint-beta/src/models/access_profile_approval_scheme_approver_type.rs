//! `AccessProfileApprovalSchemeApproverType`, from `v3/schemas/access/AccessProfileApprovalScheme.yaml#/properties/approverType`.

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
pub enum AccessProfileApprovalSchemeApproverType {
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

impl AccessProfileApprovalSchemeApproverType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessProfileApprovalSchemeApproverType::AppOwner => "APP_OWNER",
            AccessProfileApprovalSchemeApproverType::Owner => "OWNER",
            AccessProfileApprovalSchemeApproverType::SourceOwner => "SOURCE_OWNER",
            AccessProfileApprovalSchemeApproverType::Manager => "MANAGER",
            AccessProfileApprovalSchemeApproverType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            AccessProfileApprovalSchemeApproverType::Workflow => "WORKFLOW",
            AccessProfileApprovalSchemeApproverType::AllOwners => "ALL_OWNERS",
            AccessProfileApprovalSchemeApproverType::AdditionalOwner => {
                "ADDITIONAL_OWNER"
            }
            AccessProfileApprovalSchemeApproverType::AdditionalGovernanceGroup => {
                "ADDITIONAL_GOVERNANCE_GROUP"
            }
            AccessProfileApprovalSchemeApproverType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessProfileApprovalSchemeApproverType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APP_OWNER" => AccessProfileApprovalSchemeApproverType::AppOwner,
            "OWNER" => AccessProfileApprovalSchemeApproverType::Owner,
            "SOURCE_OWNER" => AccessProfileApprovalSchemeApproverType::SourceOwner,
            "MANAGER" => AccessProfileApprovalSchemeApproverType::Manager,
            "GOVERNANCE_GROUP" => {
                AccessProfileApprovalSchemeApproverType::GovernanceGroup
            }
            "WORKFLOW" => AccessProfileApprovalSchemeApproverType::Workflow,
            "ALL_OWNERS" => AccessProfileApprovalSchemeApproverType::AllOwners,
            "ADDITIONAL_OWNER" => {
                AccessProfileApprovalSchemeApproverType::AdditionalOwner
            }
            "ADDITIONAL_GOVERNANCE_GROUP" => {
                AccessProfileApprovalSchemeApproverType::AdditionalGovernanceGroup
            }
            other => AccessProfileApprovalSchemeApproverType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessProfileApprovalSchemeApproverType);

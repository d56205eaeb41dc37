//! `DimensionsAccessprofileapprovalschemeApproverType`, from `apis/dimensions/schemas/accessprofileapprovalscheme.yaml#/properties/approverType`.

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
pub enum DimensionsAccessprofileapprovalschemeApproverType {
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

impl DimensionsAccessprofileapprovalschemeApproverType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DimensionsAccessprofileapprovalschemeApproverType::AppOwner => "APP_OWNER",
            DimensionsAccessprofileapprovalschemeApproverType::Owner => "OWNER",
            DimensionsAccessprofileapprovalschemeApproverType::SourceOwner => {
                "SOURCE_OWNER"
            }
            DimensionsAccessprofileapprovalschemeApproverType::Manager => "MANAGER",
            DimensionsAccessprofileapprovalschemeApproverType::GovernanceGroup => {
                "GOVERNANCE_GROUP"
            }
            DimensionsAccessprofileapprovalschemeApproverType::Workflow => "WORKFLOW",
            DimensionsAccessprofileapprovalschemeApproverType::AllOwners => "ALL_OWNERS",
            DimensionsAccessprofileapprovalschemeApproverType::AdditionalOwner => {
                "ADDITIONAL_OWNER"
            }
            DimensionsAccessprofileapprovalschemeApproverType::AdditionalGovernanceGroup => {
                "ADDITIONAL_GOVERNANCE_GROUP"
            }
            DimensionsAccessprofileapprovalschemeApproverType::Unknown(value) => value,
        }
    }
}

impl From<&str> for DimensionsAccessprofileapprovalschemeApproverType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APP_OWNER" => DimensionsAccessprofileapprovalschemeApproverType::AppOwner,
            "OWNER" => DimensionsAccessprofileapprovalschemeApproverType::Owner,
            "SOURCE_OWNER" => {
                DimensionsAccessprofileapprovalschemeApproverType::SourceOwner
            }
            "MANAGER" => DimensionsAccessprofileapprovalschemeApproverType::Manager,
            "GOVERNANCE_GROUP" => {
                DimensionsAccessprofileapprovalschemeApproverType::GovernanceGroup
            }
            "WORKFLOW" => DimensionsAccessprofileapprovalschemeApproverType::Workflow,
            "ALL_OWNERS" => DimensionsAccessprofileapprovalschemeApproverType::AllOwners,
            "ADDITIONAL_OWNER" => {
                DimensionsAccessprofileapprovalschemeApproverType::AdditionalOwner
            }
            "ADDITIONAL_GOVERNANCE_GROUP" => {
                DimensionsAccessprofileapprovalschemeApproverType::AdditionalGovernanceGroup
            }
            other => {
                DimensionsAccessprofileapprovalschemeApproverType::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(DimensionsAccessprofileapprovalschemeApproverType);

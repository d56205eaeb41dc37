//! `EntitlementapprovalschemeApproverType`, from `apis/shared/schemas/entitlementapprovalscheme.yaml#/properties/approverType`.

/// Describes the individual or group that is responsible for an approval step. Values are as follows.
///
/// **ENTITLEMENT_OWNER**: Owner of the associated Entitlement
///
/// **SOURCE_OWNER**: Owner of the associated Source
///
/// **MANAGER**: Manager of the Identity for whom the request is being made
///
/// **GOVERNANCE_GROUP**: A Governance Group, the ID of which is specified by the **approverId** field
///
/// **WORKFLOW**: A Workflow, the ID of which is specified by the **approverId** field, Workflows are exclusive to other types of approvals and License required.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntitlementapprovalschemeApproverType {
    /// `ENTITLEMENT_OWNER`
    EntitlementOwner,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `MANAGER`
    Manager,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `WORKFLOW`
    Workflow,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl EntitlementapprovalschemeApproverType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementapprovalschemeApproverType::EntitlementOwner => {
                "ENTITLEMENT_OWNER"
            }
            EntitlementapprovalschemeApproverType::SourceOwner => "SOURCE_OWNER",
            EntitlementapprovalschemeApproverType::Manager => "MANAGER",
            EntitlementapprovalschemeApproverType::GovernanceGroup => "GOVERNANCE_GROUP",
            EntitlementapprovalschemeApproverType::Workflow => "WORKFLOW",
            EntitlementapprovalschemeApproverType::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementapprovalschemeApproverType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT_OWNER" => {
                EntitlementapprovalschemeApproverType::EntitlementOwner
            }
            "SOURCE_OWNER" => EntitlementapprovalschemeApproverType::SourceOwner,
            "MANAGER" => EntitlementapprovalschemeApproverType::Manager,
            "GOVERNANCE_GROUP" => EntitlementapprovalschemeApproverType::GovernanceGroup,
            "WORKFLOW" => EntitlementapprovalschemeApproverType::Workflow,
            other => EntitlementapprovalschemeApproverType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EntitlementapprovalschemeApproverType);

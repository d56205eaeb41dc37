//! `EntitlementApprovalSchemeApproverType`, from `beta/schemas/EntitlementApprovalScheme.yaml#/properties/approverType`.

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
pub enum EntitlementApprovalSchemeApproverType {
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

impl EntitlementApprovalSchemeApproverType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            EntitlementApprovalSchemeApproverType::EntitlementOwner => {
                "ENTITLEMENT_OWNER"
            }
            EntitlementApprovalSchemeApproverType::SourceOwner => "SOURCE_OWNER",
            EntitlementApprovalSchemeApproverType::Manager => "MANAGER",
            EntitlementApprovalSchemeApproverType::GovernanceGroup => "GOVERNANCE_GROUP",
            EntitlementApprovalSchemeApproverType::Workflow => "WORKFLOW",
            EntitlementApprovalSchemeApproverType::Unknown(value) => value,
        }
    }
}

impl From<&str> for EntitlementApprovalSchemeApproverType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT_OWNER" => {
                EntitlementApprovalSchemeApproverType::EntitlementOwner
            }
            "SOURCE_OWNER" => EntitlementApprovalSchemeApproverType::SourceOwner,
            "MANAGER" => EntitlementApprovalSchemeApproverType::Manager,
            "GOVERNANCE_GROUP" => EntitlementApprovalSchemeApproverType::GovernanceGroup,
            "WORKFLOW" => EntitlementApprovalSchemeApproverType::Workflow,
            other => EntitlementApprovalSchemeApproverType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(EntitlementApprovalSchemeApproverType);

//! `EntitlementApprovalScheme`, from `beta/schemas/EntitlementApprovalScheme.yaml`.

use crate::models::EntitlementApprovalSchemeApproverType;

/// `EntitlementApprovalScheme` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EntitlementApprovalScheme {
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
    #[serde(rename = "approverType", default, skip_serializing_if = "Option::is_none")]
    pub approver_type: Option<EntitlementApprovalSchemeApproverType>,
    /// Id of the specific approver, used only when approverType is GOVERNANCE_GROUP or WORKFLOW
    #[serde(
        rename = "approverId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub approver_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl EntitlementApprovalScheme {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        EntitlementApprovalScheme {
            approver_type: None,
            approver_id: None,
            additional_properties: Default::default(),
        }
    }
}

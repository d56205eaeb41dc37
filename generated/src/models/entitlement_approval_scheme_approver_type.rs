//! `EntitlementApprovalSchemeApproverType`, from `beta/schemas/EntitlementApprovalScheme.yaml`.
crate::string_enum! {
    #[doc =
    " Describes the individual or group that is responsible for an approval step. Values are as follows."]
    #[doc = " "] #[doc = " **ENTITLEMENT_OWNER**: Owner of the associated Entitlement"]
    #[doc = " "] #[doc = " **SOURCE_OWNER**: Owner of the associated Source"] #[doc =
    " "] #[doc =
    " **MANAGER**: Manager of the Identity for whom the request is being made"] #[doc =
    " "] #[doc =
    " **GOVERNANCE_GROUP**: A Governance Group, the ID of which is specified by the **approverId** field"]
    #[doc = " "] #[doc =
    " **WORKFLOW**: A Workflow, the ID of which is specified by the **approverId** field, Workflows are exclusive to other types of approvals and License required."]
    pub enum EntitlementApprovalSchemeApproverType { #[doc = " `ENTITLEMENT_OWNER`"]
    EntitlementOwner = "ENTITLEMENT_OWNER", #[doc = " `SOURCE_OWNER`"] SourceOwner =
    "SOURCE_OWNER", #[doc = " `MANAGER`"] Manager = "MANAGER", #[doc =
    " `GOVERNANCE_GROUP`"] GovernanceGroup = "GOVERNANCE_GROUP", #[doc = " `WORKFLOW`"]
    Workflow = "WORKFLOW", }
}
